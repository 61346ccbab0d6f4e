// SPDX-License-Identifier: GPL-3.0-or-later
// DbWorker through its DbClient handle, against the real sandbox server.
#include "TestSandbox.h"

#include "TestPgBouncer.h"

#include "db/Connection.h"
#include "db/DbClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <thread>

using namespace sg;

class tst_DbWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbClient> connectedClient(const ConnectionOptions& options = test::sandboxOptions())
    {
        auto client = std::make_unique<DbClient>(QStringLiteral("test"));
        QSignalSpy up(client.get(), &DbClient::connected);
        client->open(options);
        if (!up.wait(15000))
            qWarning("client did not connect: %s", qPrintable(client->lastError().userMessage()));
        return client;
    }

    /// Submits and waits for the reply with that id.
    static DbReply run(DbClient& client, DbRequest request, int waitMs = 20000)
    {
        DbReply got;
        bool done = false;
        QMetaObject::Connection c = QObject::connect(&client, &DbClient::replied, [&](const DbReply& r) {
            if (r.id == request.id) {
                got = r;
                done = true;
            }
        });
        request.id = client.submit(request);
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            qWarning("no reply within %d ms", waitMs);
        QObject::disconnect(c);
        return got;
    }
    static DbReply run(DbClient& client, const QString& sql, const QList<QVariant>& params = {},
                       int timeoutMs = 0)
    {
        DbRequest r;
        r.tag = QStringLiteral("test");
        r.sql = sql;
        r.params = params;
        r.timeoutMs = timeoutMs;
        return run(client, r);
    }

    static void console(const test::TestPgBouncer& bouncer, const QString& command)
    {
        Connection c;
        DbError e;
        if (!c.open(bouncer.consoleOptions(), &e))
            qFatal("console: %s", qPrintable(e.userMessage()));
        DbRequest r;
        r.sql = command;
        c.execute(r, &e);
        if (e.isError())
            qFatal("%s: %s", qPrintable(command), qPrintable(e.userMessage()));
    }

private Q_SLOTS:
    void probesCapabilities()
    {
        auto client = connectedClient();
        const Capabilities& c = client->capabilities();
        QVERIFY(c.serverVersionNum >= 130000);
        QVERIFY(c.isSuperuser);
        QVERIFY(c.canSeeAllSessions());
        QVERIFY(c.maxConnections > 0);
        QVERIFY2(c.sharedPreloadLibraries.contains(QStringLiteral("pg_stat_statements")),
                 qPrintable(c.sharedPreloadLibraries));
        QVERIFY(c.availableExtensions.contains(QStringLiteral("pgstattuple")));
        QVERIFY(c.installedExtensions.contains(QStringLiteral("plpgsql")));
        QCOMPARE(client->state(), ConnectionState::Connected);
    }

    void returnsTypedSnapshots()
    {
        auto client = connectedClient();
        const DbReply r =
            run(*client,
                QStringLiteral("SELECT 42::int AS i, 2.5::float8 AS f, 12345678901234567890.5::numeric AS n, "
                               "true AS b, 'text'::text AS t, NULL::int AS z"));
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.tag, QStringLiteral("test"));
        const ResultSet& rs = r.result;
        QCOMPARE(rs.rowCount(), 1);
        QCOMPARE(rs.columnName(0), QStringLiteral("i"));
        QCOMPARE(rs.value(0, 0).typeId(), int(QMetaType::LongLong));
        QCOMPARE(rs.value(0, 0).toLongLong(), 42);
        QCOMPARE(rs.value(0, 1).toDouble(), 2.5);
        QCOMPARE(rs.value(0, 2).toString(), QStringLiteral("12345678901234567890.5")); // precision kept
        QCOMPARE(rs.value(0, 3).toBool(), true);
        QCOMPARE(rs.value(0, 4).toString(), QStringLiteral("text"));
        QVERIFY(rs.value(0, 5).isNull());
        QVERIFY(ResultSet::isNumericType(rs.columnType(2)));
    }

    void bindsParameters()
    {
        auto client = connectedClient();
        const QString hostile = QStringLiteral("a\"; DROP TABLE x; --'");
        const DbReply r =
            run(*client,
                QStringLiteral(
                    "SELECT $1::text AS s, $2::int + 1 AS n, $3::text IS NULL AS isnull, $4::bool AS b"),
                {hostile, 41, QVariant(), true});
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.result.value(0, 0).toString(), hostile);
        QCOMPARE(r.result.value(0, 1).toLongLong(), 42);
        QCOMPARE(r.result.value(0, 2).toBool(), true);
        QCOMPARE(r.result.value(0, 3).toBool(), true);
    }

    void structuredErrors()
    {
        auto client = connectedClient();
        DbReply r =
            run(*client, QStringLiteral("SELECT * FROM pg_class WHERE relname = 'x' ORDER BY nosuchcolumn"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, DbError::Kind::Query);
        QCOMPARE(r.error.sqlState, QStringLiteral("42703"));
        QVERIFY(r.error.position > 0);
        r = run(*client, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', "
                                        "HINT = 'the hint', ERRCODE = 'P0001'; END $$"));
        QCOMPARE(r.error.sqlState, QStringLiteral("P0001"));
        QCOMPARE(r.error.message, QStringLiteral("boom"));
        QCOMPARE(r.error.detail, QStringLiteral("the detail"));
        QCOMPARE(r.error.hint, QStringLiteral("the hint"));
        QVERIFY(r.error.userMessage().contains(QStringLiteral("Hint: the hint")));
        // The session is still usable after an error.
        QVERIFY(run(*client, QStringLiteral("SELECT 1")).ok());
    }

    void forwardsNotices()
    {
        auto client = connectedClient();
        QSignalSpy notices(client.get(), &DbClient::notice);
        const DbReply r =
            run(*client,
                QStringLiteral(
                    "DO $$ BEGIN RAISE NOTICE 'hello from the server'; RAISE WARNING 'careful'; END $$"));
        QVERIFY(r.ok());
        QCOMPARE(r.notices.size(), 2);
        QCOMPARE(r.notices.at(0).message, QStringLiteral("hello from the server"));
        QCOMPARE(r.notices.at(0).severity, QStringLiteral("NOTICE"));
        QCOMPARE(r.notices.at(1).severity, QStringLiteral("WARNING"));
        QCOMPARE(notices.size(), 2);
    }

    void answersInOrder()
    {
        auto client = connectedClient();
        QList<quint64> order;
        connect(client.get(), &DbClient::replied, this, [&](const DbReply& r) { order << r.id; });
        QList<quint64> ids;
        ids << client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(0.2)"));
        ids << client->submit(QStringLiteral("t"), QStringLiteral("SELECT 2"));
        ids << client->submit(QStringLiteral("t"), QStringLiteral("SELECT 3"));
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 10000);
        QCOMPARE(order, ids);
    }

    void cancelsLongQueryAndStaysUsable()
    {
        auto client = connectedClient();
        DbReply got;
        connect(client.get(), &DbClient::replied, this, [&](const DbReply& r) { got = r; });
        const quint64 id = client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(60)"));
        QVERIFY(test::waitUntilRunning(QStringLiteral("SELECT pg_sleep(60)")));
        QElapsedTimer clock;
        clock.start();
        client->cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(got.id, id, 10000);
        QVERIFY(clock.elapsed() < 10000); // far from the 60 s it would otherwise take
        QCOMPARE(got.error.kind, DbError::Kind::Cancelled);
        QCOMPARE(got.error.sqlState, QStringLiteral("57014"));
        QVERIFY(run(*client, QStringLiteral("SELECT 1")).ok());
    }

    void cancelsQueuedRequestBeforeItRuns()
    {
        auto client = connectedClient();
        QList<DbReply> replies;
        connect(client.get(), &DbClient::replied, this, [&](const DbReply& r) { replies << r; });
        client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(0.5)"));
        const quint64 queued =
            client->submit(QStringLiteral("t"), QStringLiteral("CREATE TABLE never_created (id int)"));
        client->cancel(queued);
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, 10000);
        QCOMPARE(replies.at(1).error.kind, DbError::Kind::Cancelled);
        const DbReply check = run(*client, QStringLiteral("SELECT to_regclass('never_created') IS NULL"));
        QCOMPARE(check.result.value(0, 0).toBool(), true);
    }

    void cancelsOfFinishedRequestsAreForgotten()
    {
        auto client = connectedClient();
        for (int i = 0; i < 20; ++i) {
            DbRequest r;
            r.sql = QStringLiteral("SELECT 1");
            const DbReply reply = run(*client, r);
            QVERIFY(reply.ok());
            client->cancel(reply.id); // too late: it is done
        }
        QCOMPARE(client->pendingCancels(), 0);
        QVERIFY(run(*client, QStringLiteral("SELECT 2")).ok()); // and no stray cancel hits the next one
    }

    void cancelDuringAReconnectIsNotLost()
    {
        // A slow reconnect on demand: the capability probe of a new session reads pg_extension,
        // which the test holds locked. A cancel that arrives while the request waits for its new
        // session must still keep it from running.
        ConnectionOptions options = test::sandboxOptions();
        options.session.applicationName = QStringLiteral("tst-reconnect");
        auto client = connectedClient(options);
        Connection holder;
        DbError e;
        QVERIFY(holder.open(test::sandboxOptions(), &e));
        DbRequest lock;
        lock.sql = QStringLiteral("BEGIN; LOCK TABLE pg_catalog.pg_extension IN ACCESS EXCLUSIVE MODE");
        holder.execute(lock, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        DbRequest kill;
        kill.sql = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE application_name = 'tst-reconnect'");
        Connection truth;
        QVERIFY(truth.open(test::sandboxOptions(), &e));
        truth.execute(kill, &e);
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == ConnectionState::Lost, 5000);
        // Before the backoff timer: the request itself reconnects, and waits in the probe.
        DbReply got;
        connect(client.get(), &DbClient::replied, this, [&](const DbReply& r) { got = r; });
        const quint64 id = client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(3)"));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'tst-reconnect' AND wait_event_type = 'Lock'")));
        client->cancel(id);
        DbRequest commit;
        commit.sql = QStringLiteral("COMMIT");
        holder.execute(commit, &e);
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.id, id, 10000);
        QVERIFY2(got.error.kind == DbError::Kind::Cancelled, qPrintable(got.error.userMessage()));
        QVERIFY2(got.error.message.contains(QLatin1String("before it started")), qPrintable(got.error.message));
        QVERIFY(clock.elapsed() < 2500); // it did not sleep its 3 s
        QVERIFY(run(*client, QStringLiteral("SELECT 1")).ok());
    }

    void cancelNeverBlocksTheCaller()
    {
        // PQcancel opens a connection and waits for the other side to close it. With pgbouncer
        // stopped (SIGSTOP) that wait is endless: the caller (the UI thread) must not be in it.
        test::TestPgBouncer bouncer(test::sandbox());
        QString error;
        QVERIFY2(bouncer.start(&error), qPrintable(error));
        auto client = connectedClient(bouncer.pooledOptions());
        DbReply got;
        connect(client.get(), &DbClient::replied, this, [&](const DbReply& r) { got = r; });
        const quint64 id = client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(2)"));
        QVERIFY(test::waitUntilRunning(QStringLiteral("SELECT pg_sleep(2)")));
        const pid_t pid = pid_t(bouncer.pid());
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        std::thread wakeUp([pid] { // so a blocking cancel fails the test instead of hanging it
            std::this_thread::sleep_for(std::chrono::seconds(4));
            ::kill(pid, SIGCONT);
        });
        QElapsedTimer clock;
        clock.start();
        client->cancel(id);
        const qint64 blockedMs = clock.elapsed();
        wakeUp.join();
        QVERIFY2(blockedMs < 1000, qPrintable(QString::number(blockedMs)));
        QTRY_COMPARE_WITH_TIMEOUT(got.id, id, 10000);
    }

    void requestTimeout()
    {
        auto client = connectedClient();
        const DbReply r = run(*client, QStringLiteral("SELECT pg_sleep(30)"), {}, 300);
        QCOMPARE(r.error.kind, DbError::Kind::Timeout);
        QVERIFY(run(*client, QStringLiteral("SELECT 1")).ok());
    }

    void sessionStatementTimeout()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.session.statementTimeoutMs = 200;
        auto client = connectedClient(o);
        const DbReply r = run(*client, QStringLiteral("SELECT pg_sleep(5)"));
        QCOMPARE(r.error.kind, DbError::Kind::Timeout);
        QCOMPARE(r.error.sqlState, QStringLiteral("57014"));
    }

    void wrongPasswordIsReportedNotRetried()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.remove(QStringLiteral("passfile"));
        o.setValue(QStringLiteral("password"), QStringLiteral("wrong"));
        DbClient client(QStringLiteral("test"));
        QSignalSpy states(&client, &DbClient::stateChanged);
        client.open(o);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Disconnected, 10000);
        QCOMPARE(client.lastError().kind, DbError::Kind::Authentication);
        QCOMPARE(client.lastError().sqlState, QStringLiteral("28P01"));
        const DbReply r = run(client, QStringLiteral("SELECT 1"));
        QCOMPARE(r.error.kind, DbError::Kind::Connection);
    }

    void uiThreadKeepsTicking()
    {
        auto client = connectedClient();
        QElapsedTimer clock;
        clock.start();
        QList<qint64> ticks;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] { ticks << clock.elapsed(); });
        timer.start();
        const DbReply r = run(*client, QStringLiteral("SELECT pg_sleep(5)"));
        timer.stop();
        QVERIFY(r.ok());
        // Ticks in every half second of the five: the event loop never waited on the query.
        for (int bucket = 0; bucket < 10; ++bucket) {
            const bool any = std::any_of(ticks.begin(), ticks.end(), [&](qint64 t) {
                return t >= bucket * 500 && t < (bucket + 1) * 500;
            });
            QVERIFY2(any, qPrintable(QStringLiteral("no tick between %1 and %2 ms")
                                         .arg(bucket * 500)
                                         .arg((bucket + 1) * 500)));
        }
        QVERIFY(ticks.size() > 200);
    }

    // Last: stops and starts the shared sandbox.
    void serverRestartMidSession()
    {
        auto client = connectedClient();
        QList<ConnectionState> states;
        connect(client.get(), &DbClient::stateChanged, this, [&](ConnectionState s) { states << s; });
        DbReply during;
        connect(client.get(), &DbClient::replied, this, [&](const DbReply& r) { during = r; });
        const quint64 id = client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(30)"));
        QVERIFY(test::waitUntilRunning(QStringLiteral("SELECT pg_sleep(30)")));

        QString error;
        QVERIFY2(test::sandbox().stop(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(during.id, id, 15000);
        QCOMPARE(during.error.kind, DbError::Kind::ConnectionLost);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(ConnectionState::Lost), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(ConnectionState::Reconnecting), 5000);

        QVERIFY2(test::sandbox().start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connected, 20000);
        const int lost = int(states.indexOf(ConnectionState::Lost));
        QVERIFY(lost < states.lastIndexOf(ConnectionState::Reconnecting));
        QCOMPARE(states.last(), ConnectionState::Connected);
        const DbReply after = run(*client, QStringLiteral("SELECT 'back'"));
        QVERIFY2(after.ok(), qPrintable(after.error.userMessage()));
        QCOMPARE(after.result.value(0, 0).toString(), QStringLiteral("back"));
    }

    void idleSessionNoticesServerGoingAway()
    {
        auto client = connectedClient();
        QString error;
        QVERIFY(test::sandbox().stop(&error));
        // Nothing was asked: the worker sees the socket close on its own.
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == ConnectionState::Lost ||
                                     client->state() == ConnectionState::Reconnecting,
                                 5000);
        QVERIFY(test::sandbox().start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connected, 20000);
        QVERIFY(run(*client, QStringLiteral("SELECT 1")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_DbWorker)
#include "tst_DbWorker.moc"
