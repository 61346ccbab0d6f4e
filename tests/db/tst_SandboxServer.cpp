// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Connection.h"
#include "db/DemoEnvironment.h"
#include "db/SandboxServer.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace sg;

namespace {
ResultSet exec(const ConnectionOptions& o, const QString& sql, DbError* e)
{
    Connection c;
    if (!c.open(o, e))
        return {};
    DbRequest r;
    r.sql = sql;
    return c.execute(r, e);
}
} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aStandbyNeedsARunningPrimaryAndANewServer()
    {
        // Refused with a reason, before anything is created: a stopped primary, a standby in use.
        SandboxServer stopped, standby;
        QString error;
        QVERIFY(!stopped.startStandby(standby, {}, &error));
        QCOMPARE(error, QStringLiteral("the primary is not running"));
        QVERIFY(!standby.isRunning());
        SandboxServer primary;
        QVERIFY2(primary.start(&error), qPrintable(error));
        QVERIFY2(primary.startStandby(standby, {}, &error), qPrintable(error));
        QVERIFY(standby.isRunning());
        QVERIFY(!primary.startStandby(standby, {}, &error));
        QCOMPARE(error, QStringLiteral("the standby already has a data directory"));
    }

    void startsConfiguredAndCleansUp()
    {
        QString root;
        {
            SandboxServer server;
            QString error;
            QVERIFY2(server.start(&error), qPrintable(error));
            root = server.rootDir();
            QVERIFY(QDir(root + QStringLiteral("/data")).exists());
            DbError e;
            const ResultSet rs = exec(server.options(),
                                      QStringLiteral("SELECT current_setting('shared_preload_libraries'), "
                                                     "current_setting('track_io_timing'), "
                                                     "current_setting('listen_addresses')"),
                                      &e);
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
            QCOMPARE(rs.value(0, 0).toString(), QStringLiteral("pg_stat_statements"));
            QCOMPARE(rs.value(0, 1).toString(), QStringLiteral("on"));
            QCOMPARE(rs.value(0, 2).toString(), QStringLiteral("127.0.0.1"));
            // Password authentication is on: no password, no entry.
            ConnectionOptions nopass = server.options();
            nopass.remove(QStringLiteral("passfile"));
            nopass.setValue(QStringLiteral("passfile"), QStringLiteral("/nonexistent"));
            exec(nopass, QStringLiteral("SELECT 1"), &e);
            QCOMPARE(e.kind, DbError::Kind::Authentication);
        }
        QVERIFY2(!QDir(root).exists(), qPrintable(root));
    }

    void stopKeepsDataForRestart()
    {
        SandboxServer server;
        QString error;
        QVERIFY(server.start(&error));
        DbError e;
        exec(server.options(), QStringLiteral("CREATE TABLE survives (id int)"), &e);
        QVERIFY(!e.isError());
        const int port = server.port();
        QVERIFY(server.stop(&error));
        exec(server.options(), QStringLiteral("SELECT 1"), &e);
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QVERIFY(server.start(&error));
        QCOMPARE(server.port(), port);
        e = {};
        const ResultSet rs =
            exec(server.options(), QStringLiteral("SELECT to_regclass('survives') IS NOT NULL"), &e);
        QVERIFY(rs.value(0, 0).toBool());
    }

    void missingBinariesGiveAClearError()
    {
        SandboxServer server(QStringLiteral("/nonexistent/bin"));
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(QStringLiteral("no PostgreSQL server binaries")), qPrintable(error));
    }

    void demoLoadsPlantedProblems()
    {
        SandboxServer server;
        QString error;
        QVERIFY(server.start(&error));
        QVERIFY2(DemoEnvironment::load(server, &error), qPrintable(error));
        DbError e;
        const ResultSet rs =
            exec(server.options(QString::fromLatin1(DemoEnvironment::DatabaseName)), QStringLiteral(R"(
            SELECT (SELECT count(*) FROM pgbench_accounts),
                   (SELECT count(*) FROM pg_indexes WHERE indexname = 'pgbench_history_mtime_idx'),
                   (SELECT count(*) FROM pg_indexes WHERE tablename = 'pgbench_tellers' AND indexdef LIKE '%(bid)'),
                   (SELECT count(*) FROM pg_constraint WHERE contype = 'f'),
                   (SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'demo_bloat'),
                   (SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'),
                   (SELECT count(*) FROM "Order Ref"."a""; DROP TABLE x; --"))"),
                 &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QCOMPARE(rs.value(0, 0).toLongLong(), 200000);
        QCOMPARE(rs.value(0, 1).toLongLong(), 1);
        QCOMPARE(rs.value(0, 2).toLongLong(), 2);     // the duplicate pair
        QVERIFY(rs.value(0, 3).toLongLong() >= 4);    // pgbench --foreign-keys
        QVERIFY(rs.value(0, 4).toLongLong() > 50000); // the bloated table
        QCOMPARE(rs.value(0, 5).toLongLong(), 1);
        QCOMPARE(rs.value(0, 6).toLongLong(), 500);
    }

    void killedOwnerLeavesNoServer()
    {
        // A child process owns a sandbox and is killed with SIGKILL: no chance to clean up.
        QProcess owner;
        owner.start(QStringLiteral(SG_BINARY),
                    {QStringLiteral("sandbox"), QStringLiteral("--seconds"), QStringLiteral("120")});
        QVERIFY(owner.waitForStarted());
        QVERIFY(owner.waitForReadyRead(60000));
        const QString conninfo = QString::fromUtf8(owner.readLine()).trimmed();
        DbError e;
        const ConnectionOptions o = ConnectionOptions::parse(conninfo, &e);
        QVERIFY2(o.isValid(), qPrintable(conninfo));
        const QString root = QFileInfo(o.value(QStringLiteral("passfile"))).absolutePath();
        exec(o, QStringLiteral("SELECT 1"), &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));

        owner.kill();
        owner.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(root).exists(), 20000);
        e = {};
        exec(o, QStringLiteral("SELECT 1"), &e);
        QCOMPARE(e.kind, DbError::Kind::Connection); // nobody listens any more
    }
};

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"
