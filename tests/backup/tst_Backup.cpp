// SPDX-License-Identifier: GPL-3.0-or-later
// Backups and restores through the real pg_dump, pg_restore, psql and gzip, against the sandbox.
#include "TestSandbox.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/BackupVerifier.h"
#include "backup/PgTools.h"
#include "backup/ProgramRun.h"
#include "backup/RestoreJob.h"
#include "db/Connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sg;

namespace {

const QString kSource = QStringLiteral("Backup \"Source\"");

void exec(const QString& db, const QString& sql)
{
    Connection c;
    DbError e;
    ConnectionOptions o = test::sandboxOptions(db);
    o.session.statementTimeoutMs = 0;
    if (!c.open(o, &e))
        qFatal("%s", qPrintable(e.userMessage()));
    DbRequest r;
    r.sql = sql;
    c.execute(r, &e);
    if (e.isError())
        qFatal("%s: %s", qPrintable(sql.left(200)), qPrintable(e.userMessage()));
}

QString scalar(const QString& db, const QString& sql)
{
    Connection c;
    DbError e;
    if (!c.open(test::sandboxOptions(db), &e))
        return QStringLiteral("connect failed: ") + e.userMessage();
    DbRequest r;
    r.sql = sql;
    const ResultSet rs = c.execute(r, &e);
    return e.isError() ? e.userMessage() : rs.value(0, 0).toString();
}

/// A plain pg_dump of \a db with what differs between two copies of the same data removed
/// (comments, psql's per-run \restrict key), for comparing a restore with its source.
QString normalisedDump(const QString& db)
{
    ConnectionOptions o = test::sandboxOptions(db);
    QString password;
    QProcess p;
    p.setProcessEnvironment(ProgramRun::clientEnvironment({}, QStringLiteral("test")));
    p.start(
        test::sandbox().program(QStringLiteral("pg_dump")),
        {QStringLiteral("--no-owner"), QStringLiteral("--dbname"), BackupJob::programConninfo(o, &password)});
    p.waitForFinished(120000);
    QStringList kept;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("\\restrict")) ||
            line.startsWith(QLatin1String("\\unrestrict")))
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    BackupOptions options(BackupFormat format = BackupFormat::Custom,
                          const QString& sub = QStringLiteral("out"))
    {
        BackupOptions o;
        o.database = kSource;
        o.format = format;
        o.directory = m_dir.filePath(sub);
        return o;
    }

    BackupJob::Result backup(const BackupOptions& o)
    {
        BackupJob job(test::sandboxOptions(), o);
        return job.run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"Backup \"\"Source\"\"\""));
        QFile sql(QStringLiteral(SG_TEST_DATA "/awkward_content.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        exec(kSource, QString::fromUtf8(sql.readAll()));
    }

    void roundTripRestoresEverything()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupJob::Result r = backup(options());
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(QFileInfo::exists(r.path));
        QVERIFY(r.path.endsWith(QLatin1String(".dump")));
        QVERIFY(r.path.contains(QLatin1String("Backup__Source__manual_")));
        const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(r.path), nullptr);
        QVERIFY(meta);
        QCOMPARE(meta->database, kSource);
        QCOMPARE(meta->sha256.size(), 64);
        QCOMPARE(meta->rowCounts.value(QStringLiteral("public.big")), 100000);
        QCOMPARE(meta->rowCounts.value(QStringLiteral("Order Ref.Mixed Case")), 500);
        QCOMPARE(meta->rowCounts.value(QStringLiteral("public.a\"; DROP TABLE x; --")), 2);
        QVERIFY(meta->pgDumpVersion.startsWith(QLatin1String("1")));
        QVERIFY(!filesIn(options().directory).join(QLatin1Char(' ')).contains(QLatin1String(".partial")));

        RestoreJob::Options o;
        o.backupPath = r.path;
        o.newDatabase = QStringLiteral("Restored \"Copy\"");
        RestoreJob restore(test::sandboxOptions(), o);
        double lastProgress = 0;
        restore.setProgressHandler([&](double f, const QString&) { lastProgress = f; });
        const RestoreJob::Result rr = restore.run();
        QVERIFY2(rr.ok, qPrintable(rr.message + rr.errors.join(QLatin1Char('\n'))));
        QCOMPARE(lastProgress, 1.0);
        QCOMPARE(normalisedDump(o.newDatabase), normalisedDump(kSource));
        QCOMPARE(scalar(o.newDatabase, QStringLiteral("SELECT encode(lo_get(blob), 'hex') FROM docs")),
                 QStringLiteral("deadbeef"));
    }

    void directoryAndPlainFormatsRoundTrip()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        BackupOptions dir = options(BackupFormat::Directory, QStringLiteral("formats"));
        dir.jobs = 2;
        BackupOptions plain = options(BackupFormat::PlainGzip, QStringLiteral("formats"));
        plain.kind = BackupKind::Daily;
        for (const BackupOptions& o : {dir, plain}) {
            const BackupJob::Result r = backup(o);
            QVERIFY2(r.ok, qPrintable(r.message));
            BackupVerifier v(r.path);
            const BackupVerifier::Result full = v.full(test::sandboxOptions());
            QVERIFY2(full.ok, qPrintable(full.message + full.mismatches.join(QLatin1Char('\n'))));
            QVERIFY(full.message.contains(QLatin1String("recorded row counts")));
            const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(r.path), nullptr);
            QCOMPARE(meta->verifyResult, QStringLiteral("full: ok"));
        }
        // the scratch databases are gone
        QCOMPARE(scalar(QStringLiteral("postgres"),
                        QStringLiteral(
                            "SELECT count(*) FROM pg_database WHERE datname LIKE 'sightglass_verify_%'")),
                 QStringLiteral("0"));
    }

    void progressFollowsTheTables()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        BackupJob job(test::sandboxOptions(), options(BackupFormat::Custom, QStringLiteral("progress")));
        QList<double> fractions;
        QStringList tables;
        job.setProgressHandler([&](double f, const QString& t) {
            fractions << f;
            tables << t;
        });
        QVERIFY(job.run().ok);
        QVERIFY(tables.contains(QStringLiteral("public.big")));
        QVERIFY(tables.contains(QStringLiteral("Order Ref.Mixed Case")));
        QCOMPARE(fractions.last(), 1.0);
        for (int i = 1; i < fractions.size(); ++i)
            QVERIFY(fractions.at(i) >= fractions.at(i - 1));
    }

    void cancelLeavesNothingThatLooksValid()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupOptions o = options(BackupFormat::Custom, QStringLiteral("cancelled"));
        BackupJob job(test::sandboxOptions(), o);
        job.setProgressHandler([&](double, const QString&) { job.cancel(); });
        const BackupJob::Result r = job.run();
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.message.contains(QLatin1String("cancelled")));
        QCOMPARE(filesIn(o.directory), QStringList());
    }

    void serverGoneMidBackupLeavesNothing()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupOptions o = options(BackupFormat::Custom, QStringLiteral("gone"));
        BackupJob job(test::sandboxOptions(), o);
        bool killed = false;
        job.setProgressHandler([&](double, const QString&) {
            if (killed)
                return;
            killed = true;
            // The server ends every session of the backup (pg_dump's, the row counter's, ours).
            scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                              "WHERE application_name = 'sightglass backup'"));
        });
        const BackupJob::Result r = job.run();
        QVERIFY(killed);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("nothing was kept")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("terminat")) || r.message.contains(QLatin1String("closed")),
                 qPrintable(r.message));
        QCOMPARE(filesIn(o.directory), QStringList());
    }

    void corruptBackupIsCaughtByVerify()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupJob::Result r = backup(options(BackupFormat::Custom, QStringLiteral("corrupt")));
        QVERIFY(r.ok);
        QVERIFY(BackupVerifier(r.path).quick().ok);

        // Truncated: the checksum no longer matches.
        QFile f(r.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        BackupVerifier::Result v = BackupVerifier(r.path).quick();
        QVERIFY(!v.ok);
        QVERIFY2(v.message.contains(QLatin1String("checksum does not match")), qPrintable(v.message));
        QVERIFY(BackupMetadata::read(BackupMetadata::sidecarPath(r.path), nullptr)
                    ->verifyResult.startsWith(QLatin1String("quick: ")));

        // Damaged with a matching record (say the record was rewritten): the archive's table of
        // contents still reads, but a full verification cannot restore it.
        auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(r.path), nullptr);
        meta->sha256 = BackupMetadata::sha256Of(r.path, nullptr);
        QVERIFY(meta->write(BackupMetadata::sidecarPath(r.path), nullptr));
        v = BackupVerifier(r.path).full(test::sandboxOptions());
        QVERIFY(!v.ok);
        QVERIFY2(v.message.contains(QLatin1String("does not restore")), qPrintable(v.message));
        QVERIFY2(v.message.contains(QLatin1String("end of file")), qPrintable(v.message));

        // Not an archive at all.
        QFile garbage(r.path);
        QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
        garbage.write("this is not a backup");
        garbage.close();
        meta->sha256 = BackupMetadata::sha256Of(r.path, nullptr);
        QVERIFY(meta->write(BackupMetadata::sidecarPath(r.path), nullptr));
        v = BackupVerifier(r.path).quick();
        QVERIFY(!v.ok);
        QVERIFY2(v.message.contains(QLatin1String("does not read back")), qPrintable(v.message));

        // An unreadable record.
        QFile side(BackupMetadata::sidecarPath(r.path));
        QVERIFY(side.open(QIODevice::WriteOnly | QIODevice::Truncate));
        side.write("{ not json");
        side.close();
        v = BackupVerifier(r.path).quick();
        QVERIFY(!v.ok);
        QVERIFY2(v.message.contains(QLatin1String("not a Sightglass backup record")), qPrintable(v.message));
    }

    void fullDiskSaysWhyAndLeavesNothing()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        if (geteuid() != 0)
            QSKIP("needs root to mount a 1 MB tmpfs");
        const QString mount = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(mount));
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mount}) != 0)
            QSKIP("this machine does not allow mounting a tmpfs");
        BackupOptions o = options(BackupFormat::Custom, QStringLiteral("full"));
        o.compression = 0; // 100,000 md5 strings: several MB
        const BackupJob::Result r = backup(o);
        const QStringList left = filesIn(mount);
        QProcess::execute(QStringLiteral("umount"), {mount});
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("No space left on device")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("nothing was kept")), qPrintable(r.message));
        QCOMPARE(left, QStringList());
    }

    void restoreRefusesUnsafeRequests()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupJob::Result r = backup(options(BackupFormat::Custom, QStringLiteral("refuse")));
        QVERIFY(r.ok);
        RestoreJob::Options o;
        QCOMPARE(RestoreJob::validate(o), QStringLiteral("Choose the backup to restore.")); // nothing typed yet
        o.backupPath = r.path;
        o.existingDatabase = kSource;
        QVERIFY(RestoreJob::validate(o).contains(QLatin1String("type its name")));
        o.confirmedName = kSource;
        QVERIFY(RestoreJob::validate(o).isEmpty());
        o.singleTransaction = true;
        o.jobs = 2;
        QVERIFY(RestoreJob::validate(o).contains(QLatin1String("single transaction")));

        RestoreJob::Options clash;
        clash.backupPath = r.path;
        clash.newDatabase = kSource; // exists
        const RestoreJob::Result rr = RestoreJob(test::sandboxOptions(), clash).run();
        QVERIFY(!rr.ok);
        QVERIFY2(rr.message.contains(QLatin1String("already exists")), qPrintable(rr.message));
        QCOMPARE(scalar(kSource, QStringLiteral("SELECT count(*) FROM public.big")),
                 QStringLiteral("100000"));

        BackupOptions plain = options(BackupFormat::PlainGzip, QStringLiteral("refuse"));
        const BackupJob::Result p = backup(plain);
        QVERIFY(p.ok);
        RestoreJob::Options over;
        over.backupPath = p.path;
        over.existingDatabase = over.confirmedName = kSource;
        QVERIFY(RestoreJob::validate(over).contains(QLatin1String("only into a new database")));
    }

    void restoreOverExistingDatabase()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"over target\""));
        BackupOptions b = options(BackupFormat::Custom, QStringLiteral("over"));
        b.includeTables = {QStringLiteral("public.big")};
        const BackupJob::Result r = backup(b);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(BackupMetadata::read(BackupMetadata::sidecarPath(r.path), nullptr)->rowCounts.keys(),
                 QStringList{QStringLiteral("public.big")});
        RestoreJob::Options o;
        o.backupPath = r.path;
        o.existingDatabase = o.confirmedName = QStringLiteral("over target");
        o.singleTransaction = true;
        for (int round = 0; round < 2; ++round) { // twice: the second run replaces what the first made
            const RestoreJob::Result rr = RestoreJob(test::sandboxOptions(), o).run();
            QVERIFY2(rr.ok, qPrintable(rr.message + rr.errors.join(QLatin1Char('\n'))));
        }
        QCOMPARE(scalar(QStringLiteral("over target"), QStringLiteral("SELECT count(*) FROM public.big")),
                 QStringLiteral("100000"));
    }

    void selectiveRestoreFromTheTableOfContents()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupJob::Result r = backup(options(BackupFormat::Custom, QStringLiteral("toc")));
        QVERIFY(r.ok);
        QString error;
        const auto toc =
            RestoreJob::readToc(r.path, test::sandbox().program(QStringLiteral("pg_restore")), &error);
        QVERIFY2(!toc.isEmpty(), qPrintable(error));
        RestoreJob::Options o;
        o.backupPath = r.path;
        o.newDatabase = QStringLiteral("only mixed case");
        bool sawData = false;
        for (const RestoreJob::TocEntry& e : toc) {
            if (e.type == QLatin1String("SCHEMA") && e.name == QLatin1String("Order Ref"))
                o.onlyEntries.insert(e.id);
            if ((e.type == QLatin1String("TABLE") || e.type == QLatin1String("TABLE DATA")) &&
                e.schema == QLatin1String("Order Ref")) {
                QCOMPARE(e.name, QStringLiteral("Mixed Case"));
                o.onlyEntries.insert(e.id);
                sawData |= e.type == QLatin1String("TABLE DATA");
            }
        }
        QVERIFY(sawData);
        const RestoreJob::Result rr = RestoreJob(test::sandboxOptions(), o).run();
        QVERIFY2(rr.ok, qPrintable(rr.message + rr.errors.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(o.newDatabase, QStringLiteral("SELECT count(*) FROM \"Order Ref\".\"Mixed Case\"")),
                 QStringLiteral("500"));
        QCOMPARE(scalar(o.newDatabase, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'big'")),
                 QStringLiteral("0"));
    }

    void failedRestoreNamesTheFailingObject()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        BackupOptions b = options(BackupFormat::Custom, QStringLiteral("fail"));
        b.dataOnly = true; // into an empty database: there is no table to copy into
        const BackupJob::Result r = backup(b);
        QVERIFY2(r.ok, qPrintable(r.message));
        RestoreJob::Options o;
        o.backupPath = r.path;
        o.newDatabase = QStringLiteral("empty target");
        const RestoreJob::Result rr = RestoreJob(test::sandboxOptions(), o).run();
        QVERIFY(!rr.ok);
        const QString all = rr.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("does not exist")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("TOC entry")), qPrintable(all));
        QVERIFY2(rr.message.contains(QLatin1String("stays there")), qPrintable(rr.message));
    }

    void wrongPasswordIsClear()
    {
        ConnectionOptions bad = test::sandboxOptions();
        bad.remove(QStringLiteral("passfile"));
        bad.setValue(QStringLiteral("password"), QStringLiteral("wrong"));
        const BackupJob::Result r =
            BackupJob(bad, options(BackupFormat::Custom, QStringLiteral("badpw"))).run();
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(r.message));
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("badpw"))), QStringList());
    }

    void passwordNeverOnTheCommandLine()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("password"), QStringLiteral("s3cret"));
        QString password;
        const QString conninfo = BackupJob::programConninfo(o, &password);
        QCOMPARE(password, QStringLiteral("s3cret"));
        QVERIFY(!conninfo.contains(QLatin1String("s3cret")));
        QVERIFY(!conninfo.contains(QLatin1String("password")));
    }

    void aNewerServerGetsAClearRefusal()
    {
        if (test::pgDumpReadsTheServer())
            QSKIP("a pg_dump that reads this server is installed; the refusal needs a newer server");
        const QString dir = m_dir.filePath(QStringLiteral("newer"));
        const BackupJob::Result r = BackupJob(test::sandboxOptions(), options(BackupFormat::Custom, QStringLiteral("newer"))).run();
        QVERIFY(!r.ok);
        // Which version it needs, and where to point Sightglass at one: never a wrong dump.
        QVERIFY2(r.message.contains(QStringLiteral("PostgreSQL %1").arg(test::serverMajor())) &&
                     r.message.contains(QLatin1String("setting for PostgreSQL programs")),
                 qPrintable(r.message));
        QCOMPARE(filesIn(dir), QStringList());
    }

    void anArchiveOfAnOlderServerRestoresAndVerifiesHere()
    {
        // pg_restore must be as new as the archive's pg_dump, not as the server: a 15 archive goes
        // into any newer server (and a 13 or 14 one, as far as its contents allow).
        SandboxServer old(SandboxServer::systemBinDir());
        QString error;
        QVERIFY2(old.start(&error), qPrintable(error));
        {
            Connection c;
            DbError e;
            QVERIFY(c.open(old.options(), &e));
            DbRequest r;
            r.sql = QStringLiteral("CREATE DATABASE \"Old \"\"Shop\"\"\"");
            c.execute(r, &e);
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
            Connection shop;
            QVERIFY(shop.open(old.options(QStringLiteral("Old \"Shop\"")), &e));
            r.sql = QStringLiteral("CREATE SCHEMA \"Order Ref\"; "
                                   "CREATE TABLE \"Order Ref\".\"a\"\"; DROP TABLE x; --\" "
                                   "(id int PRIMARY KEY, note text); "
                                   "INSERT INTO \"Order Ref\".\"a\"\"; DROP TABLE x; --\" "
                                   "SELECT g, 'row ' || g FROM generate_series(1, 2500) g");
            shop.execute(r, &e);
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        }
        BackupOptions bo;
        bo.database = QStringLiteral("Old \"Shop\"");
        bo.directory = m_dir.filePath(QStringLiteral("from-old"));
        const BackupJob::Result b = BackupJob(old.options(), bo).run();
        QVERIFY2(b.ok, qPrintable(b.message));

        RestoreJob::Options o;
        o.backupPath = b.path;
        o.newDatabase = QStringLiteral("From \"Older\"");
        const RestoreJob::Result rr = RestoreJob(test::sandboxOptions(), o).run();
        QVERIFY2(rr.ok, qPrintable(rr.message + rr.errors.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(o.newDatabase, QStringLiteral("SELECT count(*) || ' ' || max(note) FROM "
                                                      "\"Order Ref\".\"a\"\"; DROP TABLE x; --\"")),
                 QStringLiteral("2500 row 999"));

        const BackupVerifier::Result v = BackupVerifier(b.path).full(test::sandboxOptions());
        QVERIFY2(v.ok, qPrintable(v.message + v.mismatches.join(QLatin1Char('\n'))));
    }

    void commandLineRunListVerifyPrune()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const QString dir = m_dir.filePath(QStringLiteral("cli"));
        auto run = [](const QStringList& args, QString* out, QString* err) {
            QProcess p;
            p.start(QStringLiteral(SG_BINARY), args);
            p.waitForFinished(120000);
            *out = QString::fromUtf8(p.readAllStandardOutput());
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        const QString conninfo = test::sandbox().conninfo(kSource);
        QString out, err;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("--connect"),
                          conninfo, QStringLiteral("--dir"), dir, QStringLiteral("--kind"),
                          QStringLiteral("daily"), QStringLiteral("--format"), QStringLiteral("plain")},
                         &out, &err),
                     0);
            QVERIFY2(out.contains(QLatin1String("Verified")), qPrintable(out + err));
        }
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("prune"), dir, QStringLiteral("--keep-daily"),
                      QStringLiteral("1"), QStringLiteral("--dry-run")},
                     &out, &err),
                 0);
        QCOMPARE(out.count(QLatin1String("would delete")), 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("list"), dir, QStringLiteral("--json")}, &out,
                     &err),
                 0);
        const QJsonArray backups =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 3);
        const QString newest = backups.at(0).toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), newest}, &out, &err), 0);
        QCOMPARE(run({QStringLiteral("restore"), newest, QStringLiteral("--connect"), conninfo,
                      QStringLiteral("--new-db"), QStringLiteral("from cli")},
                     &out, &err),
                 0);
        QCOMPARE(scalar(QStringLiteral("from cli"), QStringLiteral("SELECT count(*) FROM public.big")),
                 QStringLiteral("100000"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("prune"), dir, QStringLiteral("--keep-daily"),
                      QStringLiteral("1")},
                     &out, &err),
                 0);
        QCOMPARE(out.count(QLatin1String("deleted")), 2);
        QCOMPARE(BackupCatalog::list(dir).size(), 1);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("bogus")}, &out, &err), 2);
        QCOMPARE(
            run({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("--dir"), dir}, &out, &err),
            2);
        QVERIFY(err.contains(QLatin1String("--connect and --dir are required")));
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_Backup.moc"
