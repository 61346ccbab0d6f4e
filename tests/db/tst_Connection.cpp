// SPDX-License-Identifier: GPL-3.0-or-later
// Connection against the real sandbox server: session settings, bad input, quoting.
#include "TestSandbox.h"

#include "db/Connection.h"

#include <chrono>
#include <QElapsedTimer>
#include <QTest>

#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sg;

namespace {
/// A loopback port that accepts connections and never answers the startup packet.
struct SilentListener
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int port = 0;
    SilentListener()
    {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && ::listen(fd, 4) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
    }
    ~SilentListener() { ::close(fd); }
};

ResultSet exec(Connection& c, const QString& sql, const QList<QVariant>& params = {},
               DbError* error = nullptr)
{
    DbRequest r;
    r.sql = sql;
    r.params = params;
    DbError local;
    ResultSet rs = c.execute(r, error ? error : &local);
    if (!error && local.isError())
        qWarning("query failed: %s", qPrintable(local.message));
    return rs;
}
} // namespace

class tst_Connection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCancelStillOnItsWayNeverHitsTheNextStatement()
    {
        // The server signals a cancel twice, and under load the second can come late. Here the
        // cancel itself comes late: it goes out 400 ms after it was asked for, when the statement
        // it was meant for is done. The next statement waits for it, so the cancel finds the
        // session idle (and is dropped) instead of cancelling a statement nobody cancelled.
        Connection c;
        DbError e;
        QVERIFY2(c.open(test::sandboxOptions(), &e), qPrintable(e.userMessage()));
        c.cancelInBackground([] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            return true;
        });
        QElapsedTimer clock;
        clock.start();
        exec(c, QStringLiteral("SELECT pg_sleep(0.8)"), {}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QVERIFY(clock.elapsed() >= 400); // it did wait for the cancel to be sent
    }

    void setsSessionDefaults()
    {
        Connection c;
        DbError e;
        QVERIFY2(c.open(test::sandboxOptions(), &e), qPrintable(e.userMessage()));
        const ResultSet rs = exec(c, QStringLiteral("SELECT current_setting('application_name'), "
                                                    "current_setting('statement_timeout'), "
                                                    "current_setting('default_transaction_read_only')"));
        QCOMPARE(rs.value(0, 0).toString(), QStringLiteral("sightglass"));
        QCOMPARE(rs.value(0, 1).toString(), QStringLiteral("30s"));
        QCOMPARE(rs.value(0, 2).toString(), QStringLiteral("off"));
        QVERIFY(c.serverVersion() >= 130000);
    }

    void readOnlySessionRefusesWrites()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.session.readOnly = true;
        Connection c;
        DbError e;
        QVERIFY(c.open(o, &e));
        exec(c, QStringLiteral("CREATE TABLE must_not_exist (id int)"), {}, &e);
        QCOMPARE(e.kind, DbError::Kind::Query);
        QCOMPARE(e.sqlState, QStringLiteral("25006")); // read_only_sql_transaction
    }

    void wrongPassword()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.remove(QStringLiteral("passfile"));
        o.setValue(QStringLiteral("password"), QStringLiteral("definitely-wrong"));
        Connection c;
        DbError e;
        QVERIFY(!c.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::Authentication);
        QCOMPARE(e.sqlState, QStringLiteral("28P01"));
        QVERIFY2(e.message.contains(QStringLiteral("password authentication failed")), qPrintable(e.message));
        QVERIFY(!c.isOpen());
    }

    void unknownHost()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("host"), QStringLiteral("no-such-host.invalid"));
        Connection c;
        DbError e;
        QVERIFY(!c.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QCOMPARE(e.sqlState, QStringLiteral("08001"));
        QVERIFY(!e.hint.isEmpty());
    }

    void refusedPort()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("port"), QStringLiteral("1")); // nothing listens on port 1
        Connection c;
        DbError e;
        QVERIFY(!c.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QVERIFY2(e.hint.contains(QStringLiteral("server running")), qPrintable(e.userMessage()));
    }

    void sslRequiredButUnavailable()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("sslmode"), QStringLiteral("require")); // the sandbox has no SSL
        Connection c;
        DbError e;
        QVERIFY(!c.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QCOMPARE(e.sqlState, QStringLiteral("08P01"));
        QVERIFY2(e.message.contains(QStringLiteral("SSL")), qPrintable(e.message));
        QVERIFY2(e.hint.contains(QStringLiteral("does not accept encrypted connections")),
                 qPrintable(e.hint));
    }

    void connectTimeoutIsHonoured()
    {
        SilentListener silent;
        QVERIFY(silent.port > 0);
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("port"), QString::number(silent.port));
        o.setValue(QStringLiteral("connect_timeout"), QStringLiteral("2"));
        Connection c;
        DbError e;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!c.open(o, &e));
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QVERIFY2(e.message.contains(QStringLiteral("timeout")), qPrintable(e.message));
    }

    void connectTimeoutZeroWaitsForEver()
    {
        // libpq's meaning: 0 is no limit. Still waiting after 3 s (past the 2 s minimum), it ends
        // only when abandoned.
        SilentListener silent;
        QVERIFY(silent.port > 0);
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("port"), QString::number(silent.port));
        o.setValue(QStringLiteral("connect_timeout"), QStringLiteral("0"));
        std::atomic<bool> abort{false};
        Connection c;
        c.setAbortFlag(&abort);
        std::thread stopper([&abort] {
            std::this_thread::sleep_for(std::chrono::milliseconds(3000));
            abort = true;
        });
        QElapsedTimer clock;
        clock.start();
        DbError e;
        QVERIFY(!c.open(o, &e));
        stopper.join();
        QVERIFY2(e.message.contains(QStringLiteral("abandoned")), qPrintable(e.message));
        QVERIFY(clock.elapsed() >= 2900);
    }

    void noPasswordAtAllAsksForOne()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.remove(QStringLiteral("passfile"));
        o.setValue(QStringLiteral("passfile"), QStringLiteral("/dev/null"));
        Connection c;
        DbError e;
        QVERIFY(!c.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::Authentication);
        QCOMPARE(e.sqlState, QStringLiteral("28P01")); // what makes the window ask for a password
    }

    void wrongPasswordOnAGermanServer()
    {
        // The server's messages in German: the kind must come from the SQLSTATE, not the words.
        // Debian's server, on every run of the matrix: the npm builds have no translations.
        SandboxServer german(SandboxServer::systemBinDir());
        german.setSetting(QStringLiteral("lc_messages"), QStringLiteral("de_DE.UTF-8"));
        QString error;
        QVERIFY2(german.start(&error), qPrintable(QStringLiteral("%1 (./sg generates the de_DE.UTF-8 locale)").arg(error)));
        ConnectionOptions o = german.options();
        o.remove(QStringLiteral("passfile"));
        o.setValue(QStringLiteral("password"), QStringLiteral("definitely-wrong"));
        Connection c;
        DbError e;
        QVERIFY(!c.open(o, &e));
        QVERIFY2(e.message.contains(QStringLiteral("Passwort")), qPrintable(e.message)); // really German
        QCOMPARE(e.kind, DbError::Kind::Authentication);
        QCOMPARE(e.sqlState, QStringLiteral("28P01"));
        QVERIFY2(!e.message.contains(QStringLiteral("28P01")) && !e.message.contains(QStringLiteral(".c:")),
                 qPrintable(e.message)); // the code and libpq's LOCATION line are not shown
        QVERIFY(!c.open(german.options(QStringLiteral("keine_db")), &e));
        QCOMPARE(e.sqlState, QStringLiteral("3D000"));
        QCOMPARE(e.kind, DbError::Kind::Connection);
    }

    void abandonedConnectReturnsPromptly()
    {
        std::atomic<bool> abort{true};
        Connection c;
        c.setAbortFlag(&abort);
        DbError e;
        QVERIFY(!c.open(test::sandboxOptions(), &e));
        QVERIFY(e.message.contains(QStringLiteral("abandoned")));
    }

    void missingDatabase()
    {
        Connection c;
        DbError e;
        QVERIFY(!c.open(test::sandboxOptions(QStringLiteral("no_such_db")), &e));
        QCOMPARE(e.sqlState, QStringLiteral("3D000"));
    }

    void hostileIdentifiersAreQuoted()
    {
        Connection c;
        DbError e;
        QVERIFY(c.open(test::sandboxOptions(), &e));
        const QStringList names = {QStringLiteral("Order Ref"), QStringLiteral("a\"; DROP TABLE x; --"),
                                   QStringLiteral("Größe"), QStringLiteral("MixedCase")};
        for (const QString& name : names) {
            const QString q = c.escapeIdentifier(name);
            exec(c, QStringLiteral("CREATE TABLE %1 (id int)").arg(q), {}, &e);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            const ResultSet rs =
                exec(c, QStringLiteral("SELECT relname FROM pg_class WHERE relname = $1"), {name});
            QCOMPARE(rs.rowCount(), 1);
            exec(c, QStringLiteral("DROP TABLE %1").arg(q));
        }
        QCOMPARE(c.escapeLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }
};

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_Connection.moc"
