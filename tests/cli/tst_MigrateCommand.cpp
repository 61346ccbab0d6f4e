// SPDX-License-Identifier: GPL-3.0-or-later
// `sightglass migrate` as a CI pipeline runs it: the real binary, a real server, exit codes 0/1/2.
#include "TestSandbox.h"

#include "db/Connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

class tst_MigrateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out, m_err;

    int run(const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(test::sandbox().clientEnvironment());
        p.start(QStringLiteral(SG_BINARY), QStringList{QStringLiteral("migrate")} + args);
        p.waitForFinished(120000);
        m_out = QString::fromUtf8(p.readAllStandardOutput());
        m_err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString conninfo() const { return test::sandbox().conninfo(QStringLiteral("cli migrations")); }

    void addFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        DbRequest r;
        r.sql = QStringLiteral("CREATE DATABASE \"cli migrations\"");
        c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        const QString shop = QStringLiteral(SG_MIGRATIONS "/shop");
        for (const QString& f : QDir(shop).entryList(QDir::Files))
            QVERIFY(QFile::copy(shop + QLatin1Char('/') + f, m_dir.filePath(f)));
    }

    void lintsOfflineAndFailsOnTheChosenSeverity()
    {
        QCOMPARE(run({"lint", m_dir.path()}), 0);
        QVERIFY2(m_out.contains(QLatin1String("4 migration(s)")), qPrintable(m_out));
        QVERIFY(m_out.contains(QLatin1String("SHARE UPDATE EXCLUSIVE on public.orders")));
        // orders is created by 001 in the same run, so only a table from before the run counts.
        addFile("005_risky.sql", "ALTER TABLE public.invoices ALTER COLUMN note SET NOT NULL;\n");
        QCOMPARE(run({"lint", m_dir.path()}), 0); // warnings only; the default --fail-on is error
        QCOMPARE(run({"lint", m_dir.path(), "--fail-on", "warning", "--json"}), 1);
        const QJsonObject json = QJsonDocument::fromJson(m_out.toUtf8()).object();
        bool found = false;
        for (const QJsonValue& f : json.value("findings").toArray())
            found = found || f.toObject().value("rule").toString() == QLatin1String("set-not-null");
        QVERIFY2(found, qPrintable(m_out));
        QVERIFY(QFile::remove(m_dir.filePath("005_risky.sql")));
    }

    void appliesAndReportsStatusForCi()
    {
        QCOMPARE(run({"status", m_dir.path(), "-c", conninfo()}), 0);
        QVERIFY(m_out.contains(QLatin1String("pending")));
        QCOMPARE(run({"rehearse", m_dir.path(), "-c", conninfo()}), 0);
        QVERIFY2(m_out.contains(QLatin1String("Rehearsal passed")), qPrintable(m_out + m_err));
        QCOMPARE(run({"apply", m_dir.path(), "-c", conninfo(), "--json"}), 0);
        const QJsonObject result = QJsonDocument::fromJson(m_out.toUtf8()).object().value("result").toObject();
        QVERIFY(result.value("ok").toBool());
        QCOMPARE(result.value("versions").toArray().size(), 4);
        QCOMPARE(run({"apply", m_dir.path(), "-c", conninfo()}), 0);
        QVERIFY(m_out.contains(QLatin1String("Nothing to do")));
        QCOMPARE(run({"status", m_dir.path(), "-c", conninfo()}), 0);
        QCOMPARE(m_out.count(QLatin1String("applied")), 4);
    }

    void refusesAMigrationThatWillFailAndTouchesNothing()
    {
        addFile("005_require_note.sql", "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS flag int;\n"
                                        "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL;\n");
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandbox().options(QStringLiteral("cli migrations")), &e));
        DbRequest r;
        r.sql = QStringLiteral("INSERT INTO public.orders (customer_id) VALUES (1)");
        c.execute(r, &e);
        QVERIFY(!e.isError());
        QCOMPARE(run({"apply", m_dir.path(), "-c", conninfo()}), 1);
        QVERIFY2(m_out.contains(QLatin1String("SET NOT NULL will fail")), qPrintable(m_out));
        QVERIFY(m_err.contains(QLatin1String("Nothing was changed")));
        r.sql = QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE column_name = 'flag'");
        QCOMPARE(c.execute(r, &e).value(0, 0).toInt(), 0);
        QVERIFY(QFile::remove(m_dir.filePath("005_require_note.sql")));
    }

    void rollsBackAndExitsTwoOnErrors()
    {
        QCOMPARE(run({"rollback", m_dir.path(), "-c", conninfo(), "--steps", "1"}), 0);
        QVERIFY2(m_out.contains(QLatin1String("Rolled back 1 migration")), qPrintable(m_out + m_err));
        QCOMPARE(run({"status", m_dir.path(), "-c", conninfo(), "--json"}), 0);
        const QJsonArray migrations = QJsonDocument::fromJson(m_out.toUtf8()).object().value("migrations").toArray();
        QCOMPARE(migrations.last().toObject().value("state").toString(), QStringLiteral("pending"));

        // Errors: no server, a wrong password, a bad option, no folder.
        QCOMPARE(run({"status", m_dir.path(), "-c", "host=127.0.0.1 port=1 connect_timeout=2"}), 2);
        QVERIFY(!m_err.isEmpty());
        QCOMPARE(run({"status", m_dir.path(), "-c", conninfo() + " user=nobody password=wrong passfile=/dev/null"}), 2);
        QVERIFY2(m_err.contains(QLatin1String("nobody")) || m_err.contains(QLatin1String("password")), qPrintable(m_err));
        QCOMPARE(run({"apply", m_dir.path()}), 2);
        QVERIFY(m_err.contains(QLatin1String("needs --connect")));
        QCOMPARE(run({"lint", m_dir.path(), "--fail-on", "fatal"}), 2);
        QCOMPARE(run({"frobnicate", m_dir.path()}), 2);
        QCOMPARE(run({"status", m_dir.filePath("nowhere"), "-c", conninfo()}), 2);
        QVERIFY(m_err.contains(QLatin1String("is not a folder")));
        // A duplicate version is a problem status reports (exit 1) and apply refuses.
        addFile("4_duplicate.sql", "SELECT 1;\n");
        QCOMPARE(run({"status", m_dir.path(), "-c", conninfo()}), 1);
        QVERIFY2(m_out.contains(QLatin1String("both have version")), qPrintable(m_out));
        QCOMPARE(run({"apply", m_dir.path(), "-c", conninfo()}), 2);
        QVERIFY(QFile::remove(m_dir.filePath("4_duplicate.sql")));
    }

    void lintNamesAnAppliedMigrationThatWasEdited()
    {
        QCOMPARE(run({"status", m_dir.path(), "-c", conninfo()}), 0);
        QFile applied(m_dir.filePath("001_create_orders.sql"));
        QVERIFY(applied.open(QIODevice::ReadOnly));
        const QByteArray original = applied.readAll();
        applied.close();
        addFile("001_create_orders.sql", original + "CREATE INDEX ON public.orders (note);\n");
        QCOMPARE(run({"lint", m_dir.path(), "-c", conninfo()}), 1);
        QVERIFY2(m_out.contains(QLatin1String("001 changed since applied")), qPrintable(m_out));
        QCOMPARE(run({"lint", m_dir.path()}), 0); // offline nothing is known about what was applied
        addFile("001_create_orders.sql", original);
        QCOMPARE(run({"lint", m_dir.path(), "-c", conninfo()}), 0);
    }

    void refusesAFileThatIsNotUtf8()
    {
        addFile("006_cafe.sql", "-- menu\nCREATE TABLE caf\xe9 (id int);\n"); // Latin-1
        QCOMPARE(run({"lint", m_dir.path()}), 1);
        QVERIFY2(m_out.contains(QLatin1String("006_cafe.sql is not valid UTF-8: line 2, byte offset 24 (0xe9)")),
                 qPrintable(m_out));
        QVERIFY(m_out.contains(QLatin1String("[encoding]")));
        QVERIFY(run({"apply", m_dir.path(), "-c", conninfo()}) != 0);
        QVERIFY(m_err.contains(QLatin1String("Nothing was changed")));
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandbox().options(QStringLiteral("cli migrations")), &e));
        DbRequest r;
        r.sql = QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE 'caf%'");
        QCOMPARE(c.execute(r, &e).value(0, 0).toInt(), 0);
        // U+FFFD spelled out in valid UTF-8 is text like any other.
        addFile("006_cafe.sql", "SELECT '\xEF\xBF\xBD';\n");
        QCOMPARE(run({"lint", m_dir.path()}), 0);
        QVERIFY(QFile::remove(m_dir.filePath("006_cafe.sql")));
    }
};

QTEST_GUILESS_MAIN(tst_MigrateCommand)
#include "tst_MigrateCommand.moc"
