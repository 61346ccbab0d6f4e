// SPDX-License-Identifier: GPL-3.0-or-later
// Retention with synthetic dates, the choice of pg_dump by version, options and cron lines, and
// reading pg_restore's table of contents. No server needed.
#include "backup/BackupCatalog.h"
#include "backup/BackupOptions.h"
#include "backup/PgTools.h"
#include "backup/RestoreJob.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

class tst_BackupPolicy : public QObject
{
    Q_OBJECT

    static void plant(const QString& dir, BackupKind kind, int daysAgo,
                      const QString& database = QStringLiteral("shop"))
    {
        BackupMetadata m;
        m.options.kind = kind;
        m.options.database = database;
        m.database = database;
        m.started = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        m.finished = m.started.addSecs(60);
        m.fileName = m.options.fileName(m.started);
        const QString path = QDir(dir).filePath(m.fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PGDMP");
        f.close();
        QVERIFY(m.write(BackupMetadata::sidecarPath(path), nullptr));
    }

private Q_SLOTS:
    void retentionKeepsTheNewestPerKindAndNeverManual()
    {
        QTemporaryDir dir;
        for (int d = 0; d < 10; ++d)
            plant(dir.path(), BackupKind::Daily, d);
        for (int w = 0; w < 6; ++w)
            plant(dir.path(), BackupKind::Weekly, 7 * w + 3);
        for (int m = 0; m < 3; ++m)
            plant(dir.path(), BackupKind::Manual, 400 + m); // very old, and still never deleted
        QFile stranger(QDir(dir.path()).filePath(QStringLiteral("someone_elses.dump")));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.close();

        QStringList unrecognised;
        QList<BackupCatalog::Entry> entries = BackupCatalog::list(dir.path(), &unrecognised);
        QCOMPARE(entries.size(), 19);
        QCOMPARE(unrecognised, QStringList{QStringLiteral("someone_elses.dump")});
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(entries.at(i - 1).metadata.started >= entries.at(i).metadata.started);

        BackupCatalog::applyPolicy(entries, RetentionPolicy{});
        int keptDaily = 0, keptWeekly = 0, keptManual = 0, dropped = 0;
        for (const auto& e : entries) {
            if (!e.keep) {
                ++dropped;
                QVERIFY(e.metadata.options.kind != BackupKind::Manual);
                continue;
            }
            keptDaily += e.metadata.options.kind == BackupKind::Daily;
            keptWeekly += e.metadata.options.kind == BackupKind::Weekly;
            keptManual += e.metadata.options.kind == BackupKind::Manual;
        }
        QCOMPARE(keptDaily, 7);
        QCOMPARE(keptWeekly, 4);
        QCOMPARE(keptManual, 3);
        QCOMPARE(dropped, 5);
        // the oldest dailies go, the newest stay
        for (const auto& e : entries) {
            if (e.metadata.options.kind == BackupKind::Daily)
                QCOMPARE(e.keep, e.metadata.started > QDateTime::currentDateTimeUtc().addDays(-7));
        }

        QStringList errors;
        const QStringList deleted = BackupCatalog::prune(entries, &errors);
        QCOMPARE(errors, QStringList());
        QCOMPARE(deleted.size(), 5);
        QCOMPARE(BackupCatalog::list(dir.path()).size(), 14);
        QVERIFY(stranger.exists());
        for (const QString& d : deleted)
            QVERIFY(!QFile::exists(BackupMetadata::sidecarPath(d)));
    }

    void policyIsSavedPerFolder()
    {
        QTemporaryDir dir;
        QCOMPARE(RetentionPolicy::load(dir.path()).keepDaily, 7);
        QVERIFY((RetentionPolicy{2, 1}).save(dir.path(), nullptr));
        QCOMPARE(RetentionPolicy::load(dir.path()).keepDaily, 2);
        QCOMPARE(RetentionPolicy::load(dir.path()).keepWeekly, 1);
        QCOMPARE(BackupCatalog::list(dir.path()).size(), 0); // the policy file is not a backup
    }

    void pgDumpMatchingTheServerIsChosen()
    {
        const QList<PgTools::Program> found{
            {QStringLiteral("/opt/pg17/pg_dump"), 17, QStringLiteral("17.2")},
            {QStringLiteral("/opt/pg16/pg_dump"), 16, QStringLiteral("16.6")},
            {QStringLiteral("/opt/pg13/pg_dump"), 13, QStringLiteral("13.18")}};
        QString error;
        QCOMPARE(PgTools::choose(found, QStringLiteral("pg_dump"), 16, &error).major, 16);
        QCOMPARE(PgTools::choose(found, QStringLiteral("pg_dump"), 14, &error).major,
                 16); // the oldest newer one
        QCOMPARE(PgTools::choose(found, QStringLiteral("pg_dump"), 13, &error).major, 13);
        QVERIFY(PgTools::choose(found.mid(1), QStringLiteral("pg_dump"), 18, &error).path.isEmpty());
        QVERIFY2(error.contains(QLatin1String("PostgreSQL 18")) && error.contains(QLatin1String("16.6")) &&
                     error.contains(QLatin1String("older")),
                 qPrintable(error));
        QVERIFY(PgTools::choose({}, QStringLiteral("pg_dump"), 15, &error).path.isEmpty());
        QVERIFY(error.contains(QLatin1String("not found")));
        const PgTools::Program p = PgTools::parseVersion(
            QStringLiteral("x"), QStringLiteral("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n"));
        QCOMPARE(p.major, 15);
        QCOMPARE(p.version, QStringLiteral("15.20"));
        // what this machine has
        const auto installed = PgTools::find(QStringLiteral("pg_dump"));
        QVERIFY(!installed.isEmpty());
        QVERIFY(installed.first().major >= 13);
    }

    void optionsBecomeArgumentsNamesAndCronLines()
    {
        BackupOptions o;
        o.database = QStringLiteral("a\"; DROP TABLE x; --");
        o.directory = QStringLiteral("/var/backups/pg it's");
        o.kind = BackupKind::Daily;
        o.format = BackupFormat::Directory;
        o.jobs = 4;
        o.excludeTables = {QStringLiteral("public.\"Audit Log\"")};
        o.noOwner = true;
        QCOMPARE(o.validate(), QString());
        const QStringList a = o.pgDumpArguments();
        QVERIFY(a.contains(QStringLiteral("--format=directory")));
        QVERIFY(a.contains(QStringLiteral("--jobs=4")));
        QVERIFY(a.contains(QStringLiteral("--exclude-table=public.\"Audit Log\"")));
        const QString name = o.fileName(QDateTime(QDate(2026, 11, 22), QTime(1, 30), Qt::UTC));
        QCOMPARE(name, QStringLiteral("a___DROP_TABLE_x__--_daily_20261122-013000Z.dir"));
        QCOMPARE(o.fileName(QDateTime(QDate(2026, 11, 22), QTime(1, 30), Qt::UTC), 2),
                 QStringLiteral("a___DROP_TABLE_x__--_daily_20261122-013000Z-2.dir"));
        const QString cron =
            o.cronLine(QStringLiteral("/usr/bin/sightglass"), QStringLiteral("host=db dbname=shop"));
        QVERIFY2(cron.startsWith(QLatin1String(
                     "30 2 * * * /usr/bin/sightglass backup run --connect 'host=db dbname=shop' "
                     "--dir '/var/backups/pg it'\\''s' --kind daily --format directory")),
                 qPrintable(cron));
        QVERIFY(cron.contains(QLatin1String("--exclude-table 'public.\"Audit Log\"'")));

        o.format = BackupFormat::Custom;
        QVERIFY(o.validate().contains(QLatin1String("directory format")));
        o.jobs = 1;
        o.schemaOnly = o.dataOnly = true;
        QVERIFY(!o.validate().isEmpty());
        const BackupOptions back = BackupOptions::fromJson(o.toJson());
        QCOMPARE(back.database, o.database);
        QCOMPARE(back.excludeTables, o.excludeTables);
        QCOMPARE(back.kind, BackupKind::Daily);
    }

    void tableOfContentsIsParsed()
    {
        const QString list =
            QStringLiteral(";\n; Archive created at 2026-11-22 01:00:00 UTC\n;\n"
                           "5; 2615 16390 SCHEMA - Order Ref sightglass\n"
                           "218; 1259 16391 TABLE Order Ref Mixed Case sightglass\n"
                           "3360; 0 16391 TABLE DATA Order Ref Mixed Case sightglass\n"
                           "3212; 2606 16398 CONSTRAINT public big big_pkey sightglass\n"
                           "3215; 2606 16405 FK CONSTRAINT public child child_parent_fkey sightglass\n");
        const auto toc = RestoreJob::parseToc(list);
        QCOMPARE(toc.size(), 5);
        QCOMPARE(toc.at(0).type, QStringLiteral("SCHEMA"));
        QCOMPARE(toc.at(2).id, 3360);
        QCOMPARE(toc.at(2).type, QStringLiteral("TABLE DATA"));
        QCOMPARE(toc.at(4).type, QStringLiteral("FK CONSTRAINT"));
        QCOMPARE(toc.at(4).schema, QStringLiteral("public"));
        QCOMPARE(toc.at(4).name, QStringLiteral("child child_parent_fkey"));
        // names with spaces: the schema is known from its SCHEMA entry
        QCOMPARE(toc.at(0).name, QStringLiteral("Order Ref"));
        QCOMPARE(toc.at(2).schema, QStringLiteral("Order Ref"));
        QCOMPARE(toc.at(2).name, QStringLiteral("Mixed Case"));
    }
};

QTEST_GUILESS_MAIN(tst_BackupPolicy)
#include "tst_BackupPolicy.moc"
