// SPDX-License-Identifier: GPL-3.0-or-later
// The wait profile against a real server with planted load: sessions blocked on a row lock, in
// pg_sleep, on the CPU, one waiting for its client in a COPY, and idle transactions that are no load.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "monitor/WaitProfiler.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sg;

namespace {

ConnectionOptions appOptions(const QString& app)
{
    ConnectionOptions o = test::sandboxOptions();
    o.session.applicationName = app;
    return o;
}

ResultSet rows(const QStringList& columns, const QList<QList<QVariant>>& values)
{
    ResultSet::Data d;
    for (const QString& c : columns)
        d.columns.append({c, 0});
    d.rows = values;
    return ResultSet(std::move(d));
}

ResultSet sessions(const QList<QStringList>& classEventApp)
{
    QList<QList<QVariant>> values;
    for (const QStringList& s : classEventApp)
        values.append({QStringLiteral("client backend"), s.at(0), s.at(1), QVariant(),
                       QStringLiteral("SELECT 1"), s.at(2), QStringLiteral("u"), QStringLiteral("d")});
    return rows({QStringLiteral("backend_type"), QStringLiteral("wait_class"), QStringLiteral("wait_event"),
                 QStringLiteral("query_id"), QStringLiteral("query"), QStringLiteral("application"),
                 QStringLiteral("usr"), QStringLiteral("db")},
                values);
}

const WaitProfile::Top* find(const QList<WaitProfile::Top>& tops, const QString& name)
{
    for (const WaitProfile::Top& t : tops)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class tst_WaitProfile : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_admin, m_holder, m_idleTx;
    std::vector<std::unique_ptr<DbClient>> m_load;
    QProcess m_copy;

    DbClient* run(const QString& app, const QString& sql)
    {
        auto client = std::make_unique<DbClient>(app);
        client->open(appOptions(app));
        if (!QTest::qWaitFor([&] { return client->state() == ConnectionState::Connected; }, 10000))
            qFatal("%s did not connect", qPrintable(app));
        client->submit(QStringLiteral("load"), sql);
        m_load.push_back(std::move(client));
        return m_load.back().get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = std::make_unique<Connection>();
        DbError e;
        QVERIFY2(m_admin->open(appOptions(QStringLiteral("tst-admin")), &e), qPrintable(e.userMessage()));
        SG_VERIFY_EXEC(*m_admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        SG_VERIFY_EXEC(*m_admin, QStringLiteral("CREATE TABLE \"Order Ref\" (id int PRIMARY KEY, v int);"
                                                "INSERT INTO \"Order Ref\" VALUES (1, 0)"));
        // The row lock: its holder is idle in a transaction (no load), its two waiters are Lock.
        m_holder = std::make_unique<Connection>();
        QVERIFY(m_holder->open(appOptions(QStringLiteral("tst-holder")), &e));
        SG_VERIFY_EXEC(*m_holder, QStringLiteral("BEGIN; UPDATE \"Order Ref\" SET v = 1 WHERE id = 1"));
        m_idleTx = std::make_unique<Connection>();
        QVERIFY(m_idleTx->open(appOptions(QStringLiteral("tst-idle-tx")), &e));
        SG_VERIFY_EXEC(*m_idleTx, QStringLiteral("BEGIN; SELECT 1"));
        for (int i = 0; i < 2; ++i)
            run(QStringLiteral("tst-lock"), QStringLiteral("UPDATE \"Order Ref\" SET v = 2 WHERE id = 1"));
        for (int i = 0; i < 3; ++i)
            run(QStringLiteral("tst-sleep"), QStringLiteral("SELECT pg_sleep(120)"));
        run(QStringLiteral("tst-cpu"), QStringLiteral("DO $$ BEGIN LOOP PERFORM 1; END LOOP; END $$"));
        // COPY FROM STDIN from a psql whose input never comes: active, waiting on its client.
        QProcessEnvironment env = test::sandbox().clientEnvironment();
        env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("tst-copy"));
        m_copy.setProcessEnvironment(env);
        m_copy.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                     {QStringLiteral("-X"), QStringLiteral("-d"), QStringLiteral("postgres"),
                      QStringLiteral("-c"), QStringLiteral("COPY \"Order Ref\" FROM STDIN")});
        QVERIFY(m_copy.waitForStarted());
        QVERIFY2(
            test::waitForSession(QStringLiteral("application_name = 'tst-copy' AND wait_event = 'ClientRead' "
                                                "AND state = 'active'")),
            m_copy.readAllStandardError().constData());
        auto all = [](const char* app, const char* condition, int n) {
            return test::waitForSession(QStringLiteral("(SELECT count(*) FROM pg_stat_activity WHERE "
                                                       "application_name = '%1' AND %2) = %3")
                                            .arg(QLatin1String(app), QLatin1String(condition))
                                            .arg(n));
        };
        QVERIFY(all("tst-lock", "wait_event_type = 'Lock'", 2));
        QVERIFY(all("tst-sleep", "wait_event = 'PgSleep'", 3));
        QVERIFY(test::waitForSession(QStringLiteral("application_name = 'tst-cpu' AND state = 'active'")));
    }

    void cleanupTestCase()
    {
        if (m_admin)
            test::execute(*m_admin,
                          QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE application_name LIKE 'tst-%' AND pid <> pg_backend_pid()"));
        m_copy.kill();
        m_copy.waitForFinished();
        m_load.clear();
        m_holder.reset();
        m_idleTx.reset();
        if (m_admin)
            test::execute(*m_admin, QStringLiteral("DROP TABLE IF EXISTS \"Order Ref\""));
    }

    void theProfileCountsWhatWasPlanted()
    {
        DbClient monitor(QStringLiteral("monitor"));
        monitor.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
        WaitProfiler profiler(&monitor);
        profiler.setRateHz(10);
        QCOMPARE(profiler.rateHz(), 10);
        QSignalSpy seconds(&profiler, &WaitProfiler::secondClosed);
        profiler.start();
        QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 3, 10000);
        profiler.stop();
        QVERIFY(profiler.sampleCount() >= 10);

        const WaitProfile::Summary s = profiler.profile().summarize(0, std::numeric_limits<qint64>::max());
        QVERIFY(s.seconds >= 3);
        // Applications are exact: each planted session is in every sample.
        const auto& apps = s.tops[WaitProfile::Application];
        auto appAas = [&](const QString& name) {
            const WaitProfile::Top* t = find(apps, name);
            return t ? t->aas : 0.0;
        };
        QCOMPARE(appAas(QStringLiteral("tst-lock")), 2.0);
        QCOMPARE(appAas(QStringLiteral("tst-sleep")), 3.0);
        QCOMPARE(appAas(QStringLiteral("tst-cpu")), 1.0);
        QCOMPARE(appAas(QStringLiteral("tst-copy")), 1.0);
        // Idle in a transaction waits for its client between statements: no load.
        QVERIFY(!find(apps, QStringLiteral("tst-holder")));
        QVERIFY(!find(apps, QStringLiteral("tst-idle-tx")));
        // Classes: the server's own work (autovacuum) may add a little, never take away.
        auto near = [](double v, double planted) { return v >= planted && v < planted + 0.5; };
        QVERIFY2(near(s.perClass[WaitProfile::Lock], 2),
                 qPrintable(QString::number(s.perClass[WaitProfile::Lock])));
        QVERIFY(near(s.perClass[WaitProfile::Timeout], 3));
        QVERIFY(near(s.perClass[WaitProfile::Client], 1));
        QVERIFY(near(s.perClass[WaitProfile::Cpu], 1));
        const auto& waits = s.tops[WaitProfile::WaitEvent];
        QVERIFY(find(waits, QStringLiteral("PgSleep")));
        QCOMPARE(find(waits, QStringLiteral("PgSleep"))->waitClass, WaitProfile::Timeout);
        QCOMPARE(find(waits, QStringLiteral("transactionid"))->waitClass, WaitProfile::Lock);
        QCOMPARE(find(waits, QStringLiteral("ClientRead"))->waitClass, WaitProfile::Client);
        QVERIFY(std::abs(find(waits, QStringLiteral("PgSleep"))->sharePct - 100.0 * 3 / s.aas) < 1e-9);
        QVERIFY(std::abs(s.aas - (s.perClass[WaitProfile::Lock] + s.perClass[WaitProfile::Timeout] +
                                  s.perClass[WaitProfile::Client] + s.perClass[WaitProfile::Cpu] +
                                  s.perClass[WaitProfile::IO] + s.perClass[WaitProfile::LWLock] +
                                  s.perClass[WaitProfile::IPC] + s.perClass[WaitProfile::Other] +
                                  s.perClass[WaitProfile::BufferPin] + s.perClass[WaitProfile::Extension])) <
                1e-9);
        const auto& users = s.tops[WaitProfile::User];
        QVERIFY(!users.isEmpty());
        QCOMPARE(users.first().name, QStringLiteral("sightglass")); // the sandbox role
        QCOMPARE(s.tops[WaitProfile::Database].first().name, QStringLiteral("postgres"));
    }

    void queriesGoByQueryIdFrom14()
    {
        DbClient monitor(QStringLiteral("monitor"));
        monitor.open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionState::Connected, 10000);
        WaitProfiler profiler(&monitor);
        QSignalSpy seconds(&profiler, &WaitProfiler::secondClosed);
        profiler.start();
        QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 1, 10000);
        profiler.stop();
        const WaitProfile::Summary s = profiler.profile().summarize(0, std::numeric_limits<qint64>::max());
        const WaitProfile::Top* sleep =
            find(s.tops[WaitProfile::Query], QStringLiteral("SELECT pg_sleep(120)"));
        QVERIFY(sleep);
        QCOMPARE(sleep->aas, 3.0); // three sessions, one statement
        if (test::serverMajor() < 14) {
            QCOMPARE(sleep->queryId, 0); // 13 has none: the text is the key
            return;
        }
        DbRequest r;
        r.sql = QStringLiteral(
            "SELECT DISTINCT query_id FROM pg_stat_activity WHERE application_name = 'tst-sleep'");
        DbError e;
        const ResultSet ids = m_admin->execute(r, &e);
        QCOMPARE(ids.rowCount(), 1);
        QVERIFY(sleep->queryId != 0);
        QCOMPARE(sleep->queryId, ids.value(0, 0).toLongLong());
        // The lock waiters' statement is the holder's with other constants: one query_id, whose
        // pg_stat_statements row the holder's finished UPDATE made.
        const WaitProfile::Top* update =
            find(s.tops[WaitProfile::Query], QStringLiteral("UPDATE \"Order Ref\" SET v = 2 WHERE id = 1"));
        QVERIFY(update);
        QCOMPARE(update->aas, 2.0);
        QSignalSpy read(&profiler, &WaitProfiler::statementsRead);
        profiler.readStatements({update->queryId, 42});
        QVERIFY(read.wait(10000));
        const ResultSet statements = read.first().first().value<ResultSet>();
        QCOMPARE(statements.rowCount(), 1);
        QCOMPARE(statements.value(0, QStringLiteral("query_id")).toLongLong(), update->queryId);
        QCOMPARE(statements.value(0, QStringLiteral("query")).toString(),
                 QStringLiteral("UPDATE \"Order Ref\" SET v = $1 WHERE id = $2"));
        QVERIFY(statements.value(0, QStringLiteral("calls")).toLongLong() >= 1);
    }

    void secondsAverageTheirSamplesAndTheRingIsBounded()
    {
        WaitProfile p(3);
        const qint64 t0 = 1'700'000'000'000;
        // One second with two samples: one session on CPU, then three (two on a lock): AAS 2.
        p.addSample(t0, sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("a")}}));
        p.addSample(t0 + 500,
                    sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("a")},
                              {QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("b")},
                              {QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("b")}}));
        QCOMPARE(p.seconds().size(), 0); // still open
        p.addSample(t0 + 1000, sessions({}));
        QCOMPARE(p.seconds().size(), 1);
        QCOMPARE(WaitProfile::aas(p.seconds().at(0), WaitProfile::Cpu), 1.0);
        QCOMPARE(WaitProfile::aas(p.seconds().at(0), WaitProfile::Lock), 1.0);
        p.flush(); // the empty second counts: sampled, nothing active
        const WaitProfile::Summary s = p.summarize(t0, t0 + 1000);
        QCOMPARE(s.seconds, 2);
        QCOMPARE(s.samples, 3);
        QCOMPARE(s.aas, 1.0); // (2 + 0) / 2
        QCOMPARE(s.tops[WaitProfile::Application].first().name, QStringLiteral("a"));
        QCOMPARE(s.tops[WaitProfile::Application].first().sharePct, 50.0);
        QCOMPARE(WaitProfile::classOf(QStringLiteral("InjectionPoint")), WaitProfile::Other);
        // Outside the range: nothing.
        QCOMPARE(p.summarize(t0 + 5000, t0 + 9000).seconds, 0);
        for (int i = 2; i < 10; ++i)
            p.addSample(t0 + i * 1000, sessions({}));
        p.flush();
        QCOMPARE(p.seconds().size(), 3);
        QCOMPARE(p.seconds().at(0).startMs, t0 + 7000);
    }

    void theChartSeriesAveragesBucketsAndDropsToZeroInAGap()
    {
        WaitProfile p;
        const qint64 t0 = 1'700'000'000'000;
        const ResultSet oneCpuOneLock =
            sessions({{QStringLiteral("CPU"), QStringLiteral("CPU"), QStringLiteral("a")},
                      {QStringLiteral("Lock"), QStringLiteral("tuple"), QStringLiteral("a")}});
        for (int i = 0; i < 10; ++i)
            p.addSample(t0 + i * 1000, oneCpuOneLock);
        p.flush();
        const QList<QList<QPointF>> five = p.stackedSeries(t0, 5);
        QCOMPARE(five.size(), int(WaitProfile::ClassCount));
        QCOMPARE(five[WaitProfile::Cpu].size(), 5); // ten seconds, two per point
        QCOMPARE(five[WaitProfile::Cpu].at(0), QPointF(double(t0), 1.0));
        QCOMPARE(five[WaitProfile::Lock].at(4), QPointF(double(t0 + 8000), 2.0)); // cumulative: CPU + Lock
        QCOMPARE(five[WaitProfile::Other].at(4).y(), 2.0);
        // Sampling stopped for a minute, then went on: the chart drops to zero across the gap.
        for (int i = 70; i < 73; ++i)
            p.addSample(t0 + i * 1000, oneCpuOneLock);
        p.flush();
        const QList<QPointF> cpu = p.stackedSeries(t0, 1200)[WaitProfile::Cpu];
        QCOMPARE(cpu.size(), 10 + 2 + 3);
        QCOMPARE(cpu.at(10), QPointF(double(t0 + 10000), 0.0));
        QCOMPARE(cpu.at(11), QPointF(double(t0 + 69000), 0.0));
        QCOMPARE(cpu.at(12), QPointF(double(t0 + 70000), 1.0));
    }
};

QTEST_GUILESS_MAIN(tst_WaitProfile)
#include "tst_WaitProfile.moc"
