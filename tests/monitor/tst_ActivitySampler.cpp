// SPDX-License-Identifier: GPL-3.0-or-later
// The activity sampler against a real server with a planted, known set of sessions.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/ServerSession.h"
#include "db/SqlLibrary.h"
#include "db/TransactionIds.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/ActivitySampler.h"
#include "monitor/BlockingTree.h"
#include "monitor/HistoryStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sg;

namespace {

ConnectionOptions appOptions(const QString& app)
{
    ConnectionOptions o = test::sandboxOptions();
    o.session.applicationName = app;
    return o;
}

ResultSet exec(Connection& c, const QString& sql)
{
    DbRequest r;
    r.sql = sql;
    DbError e;
    ResultSet rs = c.execute(r, &e);
    if (e.isError())
        qWarning("%s: %s", qPrintable(sql), qPrintable(e.message));
    return rs;
}

} // namespace

class tst_ActivitySampler : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<Connection>> m_idle, m_idleTx;
    std::unique_ptr<Connection> m_blocker, m_truth;
    std::vector<std::unique_ptr<DbClient>> m_active;
    std::unique_ptr<DbClient> m_blocked;
    std::unique_ptr<DbClient> m_monitor;
    std::unique_ptr<ActivitySampler> m_sampler;

    Connection* open(const QString& app)
    {
        auto* c = new Connection;
        DbError e;
        if (!c->open(appOptions(app), &e))
            qFatal("%s", qPrintable(e.userMessage()));
        return c;
    }

    bool sample()
    {
        QSignalSpy done(m_sampler.get(), &ActivitySampler::sampled);
        m_sampler->sampleNow();
        return done.wait(10000);
    }

    void plantSessions()
    {
        for (int i = 0; i < 3; ++i)
            m_idle.emplace_back(open(QStringLiteral("tst-idle")));
        for (int i = 0; i < 2; ++i) {
            m_idleTx.emplace_back(open(QStringLiteral("tst-idletx")));
            exec(*m_idleTx.back(), QStringLiteral("BEGIN; SELECT 1"));
        }
        for (int i = 0; i < 2; ++i) {
            auto client = std::make_unique<DbClient>(QStringLiteral("active"));
            client->open(appOptions(QStringLiteral("tst-active")));
            QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConnectionState::Connected, 10000);
            client->submit(QStringLiteral("t"), QStringLiteral("SELECT pg_sleep(60)"));
            m_active.push_back(std::move(client));
        }
        m_blocker.reset(open(QStringLiteral("tst-blocker")));
        exec(*m_blocker, QStringLiteral("BEGIN; LOCK TABLE lockme IN ACCESS EXCLUSIVE MODE"));
        m_blocked = std::make_unique<DbClient>(QStringLiteral("blocked"));
        m_blocked->open(appOptions(QStringLiteral("tst-blocked")));
        QTRY_COMPARE_WITH_TIMEOUT(m_blocked->state(), ConnectionState::Connected, 10000);
        m_blocked->submit(QStringLiteral("t"), QStringLiteral("SELECT count(*) FROM lockme"));
        // Ground truth settles once the waiter shows as waiting and both sleepers as active.
        QTRY_VERIFY_WITH_TIMEOUT(
            exec(*m_truth,
                 QStringLiteral(
                     "SELECT count(*) FILTER (WHERE wait_event_type = 'Lock') = 1 AND "
                     "count(*) FILTER (WHERE application_name = 'tst-active' AND state = 'active') = 2 "
                     "FROM pg_stat_activity"))
                .value(0, 0)
                .toBool(),
            10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_truth.reset(open(QStringLiteral("sightglass")));
        exec(*m_truth, QStringLiteral("CREATE TABLE lockme (id int); INSERT INTO lockme VALUES (1)"));
        m_monitor = std::make_unique<DbClient>(QStringLiteral("monitor"));
        m_monitor->open(test::sandboxOptions());
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ConnectionState::Connected, 10000);
        ActivityThresholds t;
        t.idleInTransactionS = 1.0;
        t.utilizationPct = 5.0; // 10 planted + ours of 117 usable is above, ours alone below
        m_sampler = std::make_unique<ActivitySampler>(m_monitor.get());
        m_sampler->alerts().setThresholds(t);
        QVERIFY(sample());
        QVERIFY(!m_sampler->alerts().isFiring(AlertEvent::Rule::LockWaiters));
        QVERIFY(!m_sampler->alerts().isFiring(AlertEvent::Rule::Utilization));
        plantSessions();
    }

    void countsMatchGroundTruth()
    {
        QTest::qWait(1200); // let idle-in-transaction pass its 1 s threshold
        QVERIFY(sample());
        const ActivitySample& s = m_sampler->latest();
        const ResultSet truth = exec(*m_truth, QStringLiteral(R"(
            SELECT count(*) FILTER (WHERE state = 'idle'),
                   count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock'),
                   count(*) FILTER (WHERE state = 'idle in transaction'),
                   count(*) FILTER (WHERE wait_event_type = 'Lock'),
                   current_setting('max_connections')::int
              FROM pg_stat_activity
             WHERE backend_type = 'client backend' AND application_name <> 'sightglass')"));
        QCOMPARE(s.idle, truth.value(0, 0).toInt());
        QCOMPARE(s.active, truth.value(0, 1).toInt());
        QCOMPARE(s.idleInTransaction, truth.value(0, 2).toInt());
        QCOMPARE(s.lockWaiting, truth.value(0, 3).toInt());
        QCOMPARE(s.maxConnections, truth.value(0, 4).toInt());
        // And the planted numbers themselves.
        QCOMPARE(s.idle, 3);
        QCOMPARE(s.active, 2);
        QCOMPARE(s.idleInTransaction, 3); // two plus the blocker
        QCOMPARE(s.lockWaiting, 1);
        QCOMPARE(s.clientSessions(), 9);
        QVERIFY(s.own >= 2); // the monitor and the ground-truth session
        QVERIFY(s.longestIdleInTransactionS >= 1.0);
        QCOMPARE(s.usableConnections(), s.maxConnections - 3);
        // The table I/O was asked for with the first sample, ahead of it on the same worker.
        QVERIFY(m_sampler->latestTableIo().sampledAtMs > 0);
        QVERIFY(m_sampler->latestTableIo().sampledAtMs <= s.sampledAtMs);
    }

    void perApplicationCounts()
    {
        const ActivitySample& s = m_sampler->latest();
        QHash<QString, ApplicationCount> apps;
        for (const auto& a : s.applications)
            apps.insert(a.name, a);
        QCOMPARE(apps.value(QStringLiteral("tst-idle")).total, 3);
        QCOMPARE(apps.value(QStringLiteral("tst-idle")).idle, 3);
        QCOMPARE(apps.value(QStringLiteral("tst-active")).active, 2);
        QCOMPARE(apps.value(QStringLiteral("tst-idletx")).idleInTransaction, 2);
        QCOMPARE(apps.value(QStringLiteral("tst-blocked")).waiting, 1);
        QVERIFY(apps.value(QStringLiteral("sightglass")).total >= 2);
        QCOMPARE(s.databases.value(0).name, QStringLiteral("postgres"));
        QCOMPARE(s.databases.value(0).total, 9 + s.own); // ours too, as in the applications
        QCOMPARE(s.users.value(0).name, QStringLiteral("sightglass"));
        // The three groupings count the same sessions: their totals agree.
        int byApp = 0, byDb = 0, byUser = 0;
        for (const auto& a : s.applications)
            byApp += a.total;
        for (const auto& g : s.databases)
            byDb += g.total;
        for (const auto& g : s.users)
            byUser += g.total;
        QCOMPARE(byDb, byApp);
        QCOMPARE(byUser, byApp);
    }

    void thresholdsFire()
    {
        const AlertMonitor& a = m_sampler->alerts();
        QVERIFY(a.isFiring(AlertEvent::Rule::LockWaiters));
        QVERIFY(a.isFiring(AlertEvent::Rule::IdleInTransaction));
        QVERIFY(a.isFiring(AlertEvent::Rule::Utilization));
        const AlertEvent lock = a.active().at(1);
        QCOMPARE(lock.rule, AlertEvent::Rule::LockWaiters);
        QCOMPARE(lock.value, 1.0);
        QCOMPARE(lock.limit, 0.0);
        QVERIFY(lock.timeMs > 0);
        QVERIFY(lock.message().contains(QStringLiteral("waiting on a lock")));
    }

    void blockingTreeShowsTheBlocker()
    {
        const ResultSet sessions = exec(*m_truth, SqlLibrary::load(QStringLiteral("activity_sessions")));
        const QList<BlockingNode> roots = BlockingTree::build(sessions);
        QCOMPARE(roots.size(), 1);
        const int blockerPid =
            exec(*m_truth,
                 QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = 'tst-blocker'"))
                .value(0, 0)
                .toInt();
        QCOMPARE(roots.first().pid, blockerPid);
        QCOMPARE(roots.first().blocked.size(), 1);
        const BlockingNode& victim = roots.first().blocked.first();
        QCOMPARE(sessions.value(victim.row, QStringLiteral("application")).toString(),
                 QStringLiteral("tst-blocked"));
        QCOMPARE(sessions.value(victim.row, QStringLiteral("waiting_for")).toString(),
                 QStringLiteral("AccessShareLock"));
        QCOMPARE(sessions.value(victim.row, QStringLiteral("lock_on")).toString(), QStringLiteral("lockme"));
    }

    void thresholdsClear()
    {
        exec(*m_blocker, QStringLiteral("ROLLBACK"));
        for (auto& c : m_idleTx)
            exec(*c, QStringLiteral("ROLLBACK"));
        for (auto& c : m_active)
            c->cancel();
        m_idle.clear();
        m_idleTx.clear();
        m_active.clear();
        m_blocker.reset();
        m_blocked.reset();
        QTRY_VERIFY_WITH_TIMEOUT(sample() && m_sampler->latest().clientSessions() == 0, 10000);
        const AlertMonitor& a = m_sampler->alerts();
        QVERIFY(!a.isFiring(AlertEvent::Rule::LockWaiters));
        QVERIFY(!a.isFiring(AlertEvent::Rule::IdleInTransaction));
        QVERIFY(!a.isFiring(AlertEvent::Rule::Utilization));
        // Each rule this test drove was raised once and then cleared once, in that order. Other
        // rules (the cache-hit ratio of a cold cluster) may fire meanwhile: they are not counted.
        for (const auto rule : {AlertEvent::Rule::LockWaiters, AlertEvent::Rule::IdleInTransaction,
                                AlertEvent::Rule::Utilization}) {
            QList<AlertEvent> events;
            for (const AlertEvent& e : a.log())
                if (e.rule == rule)
                    events.append(e);
            const QString name = AlertEvent{0, rule}.ruleName();
            QVERIFY2(events.size() == 2, qPrintable(name + QStringLiteral(": %1 events").arg(events.size())));
            QVERIFY2(events.at(0).raised, qPrintable(name + QStringLiteral(" was not raised first")));
            QVERIFY2(!events.at(1).raised, qPrintable(name + QStringLiteral(" was not cleared")));
            QVERIFY(events.at(1).message() != events.at(0).message());
        }
    }

    void ratesFromDeltasAndAcrossReset()
    {
        QVERIFY(sample());
        for (int i = 0; i < 50; ++i)
            exec(*m_truth, QStringLiteral("SELECT 1"));
        exec(*m_truth, QStringLiteral("BEGIN; SELECT 1; ROLLBACK"));
        // An idle backend may hold its statistics back for up to 10 s; ask it to flush now.
        test::flushStatistics(*m_truth);
        exec(*m_truth, QStringLiteral("SELECT 1"));
        QVERIFY(sample());
        const ActivityRates r = m_sampler->latestRates();
        QVERIFY(r.valid);
        QVERIFY(!r.statsReset);
        QVERIFY2(r.tps * r.seconds >= 51, qPrintable(QString::number(r.tps * r.seconds)));
        QVERIFY(r.rollbackPct > 0 && r.rollbackPct < 100);
        QVERIFY(r.cacheHitPct >= 0 && r.cacheHitPct <= 100);

        exec(*m_truth, QStringLiteral("SELECT pg_stat_reset()"));
        test::flushStatistics(*m_truth);
        QVERIFY(sample());
        QVERIFY(m_sampler->latestRates().statsReset);
        QVERIFY(!m_sampler->latestRates().valid);
        const ActivityPoint& p = m_sampler->history().last();
        QCOMPARE(p[ActivityPoint::StatsReset], 1.0);
        QVERIFY(std::isnan(p[ActivityPoint::Tps])); // marked, never a negative rate
        QTest::qWait(1100);
        QVERIFY(sample());
        QVERIFY(m_sampler->latestRates().valid);
        QVERIFY(m_sampler->latestRates().tps >= 0);
    }

    void ratesUnit()
    {
        ActivitySample a, b;
        a.sampledAtMs = 1000;
        b.sampledAtMs = 3000;
        a.counters.xactCommit = 100;
        b.counters.xactCommit = 190;
        b.counters.xactRollback = 10;
        a.counters.blksHit = 900;
        a.counters.blksRead = 100;
        b.counters.blksHit = 1090;
        b.counters.blksRead = 110;
        const ActivityRates r = ActivityRates::between(a, b);
        QVERIFY(r.valid);
        QCOMPARE(r.tps, 50.0);
        QCOMPARE(r.rollbackPct, 10.0);
        QCOMPARE(r.cacheHitPct, 95.0);
        QVERIFY(std::isnan(r.tableHitPct)); // no table block access: unknown, not 0 or 100
        b.counters.deadlocks = -1;          // any counter going back is a reset
        QVERIFY(ActivityRates::between(a, b).statsReset);
    }

    void tableHitRatiosComeFromTheSlowerTableReads()
    {
        TableIoCounters first, second;
        first.sampledAtMs = 1000;
        second.sampledAtMs = 31000;
        first.heapHit = 100;
        second.heapHit = 190;
        second.heapRead = 10;
        second.idxHit = 50;
        ActivityRates r;
        r.setTableHitBetween({}, first);
        QVERIFY(std::isnan(r.tableHitPct)); // one read: nothing to compare with
        r.setTableHitBetween(first, second);
        QCOMPARE(r.tableHitPct, 90.0);
        QCOMPARE(r.indexHitPct, 100.0);
        second.heapHit = 10; // went back: a reset, no ratio
        r.setTableHitBetween(first, second);
        QVERIFY(std::isnan(r.tableHitPct));
        QVERIFY(std::isnan(r.indexHitPct));
    }

    void reservedConnectionsCountFrom16On()
    {
        // 16 added reserved_connections (for pg_use_reserved_connections) next to the superuser's:
        // both are slots an application cannot have, in the headroom and the capabilities alike.
        const int major = test::serverMajor();
        SandboxServer server(test::sandbox().binDir());
        server.setSetting(QStringLiteral("superuser_reserved_connections"), QStringLiteral("3"));
        if (major >= 16)
            server.setSetting(QStringLiteral("reserved_connections"), QStringLiteral("5"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Connection c;
        DbError e;
        QVERIFY(c.open(server.options(), &e));
        const int expected = major >= 16 ? 8 : 3;
        const ResultSet sample = exec(c, SqlLibrary::load(QStringLiteral("activity_sample"), major));
        QCOMPARE(ActivitySample::fromResult(sample).reservedConnections, expected);
        const ResultSet caps = exec(c, SqlLibrary::load(QStringLiteral("capabilities"), major));
        QCOMPARE(Capabilities::fromResult(caps).reservedConnections, expected);
        const ResultSet report = exec(c, SqlLibrary::load(QStringLiteral("report_overview"), major));
        QCOMPARE(report.value(0, QStringLiteral("usable_connections")).toInt(),
                 exec(c, QStringLiteral("SHOW max_connections")).value(0, 0).toInt() - expected);
    }

    void wraparoundAlertFollowsTheOldestAge()
    {
        // The sampled figure is the oldest database's age against the age where writes stop; a
        // limit under it raises the alert, one over it clears it.
        QVERIFY(sample());
        const ActivityPoint p = m_sampler->history().last();
        const double pct = p[ActivityPoint::WraparoundPct];
        const qint64 age = exec(*m_truth, QStringLiteral("SELECT max(age(datfrozenxid)) FROM pg_database"))
                               .value(0, 0)
                               .toLongLong();
        QVERIFY(age > 0);
        QVERIFY2(qAbs(pct - 100.0 * double(age) / double(kXidStopAge)) < 100.0 * 1000 / double(kXidStopAge),
                 qPrintable(QString::number(pct)));
        ActivityThresholds t;
        QCOMPARE(t.wraparoundPct, 50.0);
        t.wraparoundPct = pct / 2;
        AlertMonitor alerts(t);
        const QList<AlertEvent> raised = alerts.evaluate(p);
        QCOMPARE(raised.size(), 1 + (alerts.isFiring(AlertEvent::Rule::CacheHit) ? 1 : 0));
        QCOMPARE(raised.last().rule, AlertEvent::Rule::Wraparound);
        QVERIFY(raised.last().raised);
        QVERIFY2(raised.last().message().contains(QLatin1String("of the way to the age where writes stop")),
                 qPrintable(raised.last().message()));
        t.wraparoundPct = 100;
        alerts.setThresholds(t);
        const QList<AlertEvent> cleared = alerts.evaluate(p);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared.first().raised);
        QVERIFY(!alerts.isFiring(AlertEvent::Rule::Wraparound));
    }

    void historySurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            ActivitySampler sampler(m_monitor.get());
            sampler.attachHistory(&store, QStringLiteral("srv"));
            for (int i = 0; i < 3; ++i) {
                QSignalSpy done(&sampler, &ActivitySampler::sampled);
                sampler.sampleNow();
                QVERIFY(done.wait(10000));
            }
            sampler.stop(); // flushes
        }
        HistoryStore store;
        QVERIFY(store.open(path));
        ActivitySampler again(m_monitor.get());
        again.attachHistory(&store, QStringLiteral("srv"));
        QCOMPARE(again.history().size(), 3);
        QVERIFY(again.history().last()[ActivityPoint::MaxConnections] > 0);
        // The next transaction ID, the wraparound forecast's basis, never goes back.
        QVERIFY(again.history().at(0)[ActivityPoint::NextXid] > 0);
        QVERIFY(again.history().at(2)[ActivityPoint::NextXid] >=
                again.history().at(0)[ActivityPoint::NextXid]);
        ActivitySampler other(m_monitor.get());
        other.attachHistory(&store, QStringLiteral("another server"));
        QCOMPARE(other.history().size(), 0);
    }

    void anOlderBuildsShorterPointsStillLoad()
    {
        // A build before the last field was added wrote one double fewer per point: the user's
        // history survives the upgrade, the missing field unknown. A longer point (a newer build)
        // is skipped rather than misread.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older build"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO activity (server, t, v) VALUES ('srv', ?, ?)")));
            for (int fields : {int(ActivityPoint::FieldCount) - 1, int(ActivityPoint::FieldCount) + 1}) {
                QList<double> values(fields, 7.0);
                q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000 + fields);
                q.addBindValue(QByteArray(reinterpret_cast<const char*>(values.constData()),
                                          qsizetype(values.size() * sizeof(double))));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older build"));
        HistoryStore store;
        QVERIFY(store.open(path));
        const QList<ActivityPoint> points = store.load(QStringLiteral("srv"), 0);
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first()[ActivityPoint::MaxConnections], 7.0);
        QVERIFY(std::isnan(points.first()[ActivityPoint::Field(ActivityPoint::FieldCount - 1)]));
    }

    void unwritableHistoryIsReportedNotFatal()
    {
        HistoryStore store;
        QVERIFY(!store.open(QStringLiteral("/proc/sightglass/history.sqlite")));
        QVERIFY(!store.lastError().isEmpty());
        ActivitySampler sampler(m_monitor.get());
        sampler.attachHistory(&store, QStringLiteral("srv"));
        QSignalSpy done(&sampler, &ActivitySampler::sampled);
        sampler.sampleNow();
        QVERIFY(done.wait(10000)); // sampling goes on without history
    }

    void withoutMonitorRoleOthersAreHidden()
    {
        exec(*m_truth, QStringLiteral(
                           "DROP ROLE IF EXISTS tst_plain; CREATE ROLE tst_plain LOGIN PASSWORD 'plain-pw'"));
        std::unique_ptr<Connection> other(open(QStringLiteral("tst-other"))); // a superuser's idle session
        ConnectionOptions plain = test::sandboxOptions();
        plain.remove(QStringLiteral("passfile"));
        plain.setValue(QStringLiteral("user"), QStringLiteral("tst_plain"));
        plain.setValue(QStringLiteral("password"), QStringLiteral("plain-pw"));
        ServerSession session;
        session.open(plain);
        ActivityMonitor monitor(&session);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.capabilities().serverVersionNum > 0, 5000);
        QVERIFY(!session.capabilities().canSeeAllSessions());
        QVERIFY(monitor.hiddenFiguresNote().contains(QStringLiteral("pg_monitor")));
        QVERIFY(monitor.hiddenFiguresNote().contains(QStringLiteral("tst_plain")));
        QSignalSpy sampled(monitor.sampler(), &ActivitySampler::sampled);
        monitor.sampler()->sampleNow();
        QVERIFY(sampled.wait(10000));
        // Exactly the other roles' client sessions are hidden (Sightglass's own are told by their
        // application_name, which every role sees); not the server's own processes, such as the
        // logical replication launcher, which also come back with backend_type NULL.
        const int othersClients =
            exec(*m_truth, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client "
                                          "backend' AND usename <> 'tst_plain' AND application_name <> 'sightglass'"))
                .value(0, 0)
                .toInt();
        QVERIFY(othersClients >= 1); // tst-other at least
        QCOMPARE(monitor.sampler()->latest().hidden, othersClients);

        exec(*m_truth, QStringLiteral("GRANT pg_monitor TO tst_plain"));
        ServerSession granted;
        granted.open(plain);
        ActivityMonitor seeing(&granted);
        QTRY_VERIFY_WITH_TIMEOUT(granted.capabilities().serverVersionNum > 0, 10000);
        QVERIFY(granted.capabilities().hasPgMonitor);
        QCOMPARE(seeing.hiddenFiguresNote(), QString());
        QSignalSpy sampled2(seeing.sampler(), &ActivitySampler::sampled);
        seeing.sampler()->sampleNow();
        QVERIFY(sampled2.wait(10000));
        QCOMPARE(seeing.sampler()->latest().hidden, 0);
    }

    void ringBufferStaysBounded()
    {
        RingBuffer<int> ring(5);
        for (int i = 0; i < 12; ++i)
            ring.push(i);
        QCOMPARE(ring.size(), 5);
        QCOMPARE(ring.at(0), 7);
        QCOMPARE(ring.last(), 11);
    }
};

QTEST_GUILESS_MAIN(tst_ActivitySampler)
#include "tst_ActivitySampler.moc"
