// SPDX-License-Identifier: GPL-3.0-or-later
// The Production health monitor against a real server: a table driven past its own freeze age, a
// sequence near the end of the integer column it feeds, tables autovacuum owes work to, and a
// CREATE INDEX and a VACUUM caught in progress, their ETA measured and both cancelled.
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/ActivitySampler.h"
#include "monitor/HealthMonitor.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace sg;

namespace {

ResultSet rows(const QList<ResultSet::Column>& columns, const QList<QList<QVariant>>& values)
{
    ResultSet::Data d;
    d.columns = columns;
    d.rows = values;
    return ResultSet(std::move(d));
}

} // namespace

class tst_HealthMonitor : public QObject
{
    Q_OBJECT

    Connection m_setup;

private Q_SLOTS:
    void initTestCase()
    {
        DbError e;
        QVERIFY2(m_setup.open(test::sandboxOptions(), &e), qPrintable(e.userMessage()));
        // Autovacuum off for this server, so the queue stays as planted: nothing cleans it meanwhile.
        SG_VERIFY_EXEC(m_setup, QStringLiteral("ALTER SYSTEM SET autovacuum = off"));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("SELECT pg_reload_conf()"));
    }

    void sequenceRatesNeedAMinuteAndStartOverWhenAValueFalls()
    {
        using namespace std::chrono_literals;
        const QList<ResultSet::Column> cols{{QStringLiteral("schema"), 25},
                                            {QStringLiteral("sequence"), 25},
                                            {QStringLiteral("used_pct"), 701},
                                            {QStringLiteral("values_left"), 20}};
        ObservedRate rates(HealthMonitor::kSequenceBasisMs);
        ResultSet out = HealthMonitor::sequencesWithRates(
            rows(cols, {{QStringLiteral("s"), QStringLiteral("q"), 50.0, qint64(1000000)}}), rates, 0);
        QVERIFY(out.value(0, QStringLiteral("per_hour")).isNull()); // no basis yet
        out = HealthMonitor::sequencesWithRates(
            rows(cols, {{QStringLiteral("s"), QStringLiteral("q"), 50.0, qint64(999000)}}), rates, 30000);
        QVERIFY(out.value(0, QStringLiteral("per_hour")).isNull()); // half a minute: still too short
        out = HealthMonitor::sequencesWithRates(
            rows(cols, {{QStringLiteral("s"), QStringLiteral("q"), 50.0, qint64(996400)}}), rates, 120000);
        // 3,600 values in 2 minutes: 108,000 an hour; 996,400 left at 30 a second.
        QCOMPARE(out.value(0, QStringLiteral("per_hour")).toDouble(), 108000.0);
        QCOMPARE(out.value(0, QStringLiteral("full_in_s")).toDouble(), 996400.0 / 30.0);
        // Reset to its start (ALTER SEQUENCE … RESTART): more values left than before, a new basis.
        out = HealthMonitor::sequencesWithRates(
            rows(cols, {{QStringLiteral("s"), QStringLiteral("q"), 1.0, qint64(2000000)}}), rates, 180000);
        QVERIFY(out.value(0, QStringLiteral("per_hour")).isNull());
        // Not moving: a rate of 0, and no time to full.
        out = HealthMonitor::sequencesWithRates(
            rows(cols, {{QStringLiteral("s"), QStringLiteral("q"), 1.0, qint64(2000000)}}), rates, 300000);
        QCOMPARE(out.value(0, QStringLiteral("per_hour")).toDouble(), 0.0);
        QVERIFY(out.value(0, QStringLiteral("full_in_s")).isNull());
    }

    void freezeSequencesAndTheVacuumQueueFromARealServer()
    {
        // A table whose own freeze age is the smallest allowed, and 100,000 transactions burnt past it.
        SG_VERIFY_EXEC(
            m_setup,
            QStringLiteral("CREATE TABLE \"Order Ref\" (id int) WITH (autovacuum_freeze_max_age = 100000)"));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("INSERT INTO \"Order Ref\" VALUES (1)"));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("VACUUM (FREEZE) \"Order Ref\""));
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("DO $$ BEGIN FOR i IN 1..100500 LOOP PERFORM pg_current_xact_id(); "
                                      "COMMIT; END LOOP; END $$"));
        // Dead rows past a threshold of exactly 7 (its own storage parameters), autovacuum off for it.
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("CREATE TABLE \"a\"\"; DROP TABLE x; --\" (id int) WITH "
                                      "(autovacuum_enabled = false, autovacuum_vacuum_threshold = 7, "
                                      "autovacuum_vacuum_scale_factor = 0)"));
        SG_VERIFY_EXEC(
            m_setup, QStringLiteral("INSERT INTO \"a\"\"; DROP TABLE x; --\" SELECT generate_series(1, 20)"));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("DELETE FROM \"a\"\"; DROP TABLE x; --\" WHERE id <= 10"));
        // An integer key fed by a bigint sequence, 1,000 values from the end of the integer.
        SG_VERIFY_EXEC(m_setup, QStringLiteral("CREATE TABLE tickets (id int PRIMARY KEY)"));
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("CREATE SEQUENCE tickets_id_seq AS bigint OWNED BY tickets.id"));
        SG_VERIFY_EXEC(m_setup, QStringLiteral("SELECT setval('tickets_id_seq', 2147483647 - 1000)"));
        test::flushStatistics(m_setup);

        ServerSession session;
        session.open(test::sandboxOptions());
        ActivityMonitor activity(&session);
        HealthMonitor health(&activity);
        health.start();
        QTRY_VERIFY_WITH_TIMEOUT(health.vacuumQueue()->hasData() && health.sequenceQuery()->hasData() &&
                                     health.oldestTables()->hasData() && health.databases()->hasData(),
                                 20000);
        QVERIFY2(!health.vacuumQueue()->lastError().isError(),
                 qPrintable(health.vacuumQueue()->lastError().userMessage()));

        const ResultSet& queue = health.vacuumQueue()->model()->result();
        const int frozen = test::findRow(queue, QStringLiteral("table"), QStringLiteral("Order Ref"));
        QVERIFY2(frozen >= 0, "the table past its own freeze age is in the queue");
        QCOMPARE(queue.value(frozen, QStringLiteral("reason")).toString(), QStringLiteral("freeze"));
        QCOMPARE(queue.value(frozen, QStringLiteral("freeze_max_age")).toLongLong(), 100000);
        QVERIFY(queue.value(frozen, QStringLiteral("xid_age")).toLongLong() >= 100000);
        QCOMPARE(queue.value(0, QStringLiteral("reason")).toString(),
                 QStringLiteral("freeze")); // freezing first
        const int dead =
            test::findRow(queue, QStringLiteral("table"), QStringLiteral("a\"; DROP TABLE x; --"));
        QVERIFY2(dead >= 0, "the table with dead rows past its threshold is in the queue");
        QCOMPARE(queue.value(dead, QStringLiteral("reason")).toString(), QStringLiteral("autovacuum off"));
        QCOMPARE(queue.value(dead, QStringLiteral("vacuum_threshold")).toLongLong(), 7);
        QCOMPARE(queue.value(dead, QStringLiteral("dead_rows")).toLongLong(), 10);
        QVERIFY(!queue.value(dead, QStringLiteral("autovacuum_enabled")).toBool());

        // The oldest tables come first there (the catalogs, from initdb: older than the one frozen here).
        const ResultSet& oldest = health.oldestTables()->model()->result();
        QVERIFY(oldest.rowCount() > 0);
        QVERIFY(oldest.value(0, QStringLiteral("xid_age")).toLongLong() >=
                queue.value(frozen, QStringLiteral("xid_age")).toLongLong());

        const ResultSet& seq = health.sequences()->result();
        const int t = test::findRow(seq, QStringLiteral("sequence"), QStringLiteral("tickets_id_seq"));
        QVERIFY(t >= 0);
        QCOMPARE(t, 0); // the fullest first
        QCOMPARE(seq.value(t, QStringLiteral("values_left")).toLongLong(), 1000);
        QCOMPARE(seq.value(t, QStringLiteral("column_type")).toString(), QStringLiteral("integer"));
        QVERIFY(seq.value(t, QStringLiteral("per_hour")).isNull()); // watched for less than a minute

        // The fullest sequence's share rides on the sampler's points: past 90 %, the alert fires.
        const int before = activity.sampler()->sampleCount();
        activity.sampler()->sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(activity.sampler()->sampleCount() > before, 10000);
        QVERIFY(activity.sampler()->history().last()[ActivityPoint::SequenceUsedPct] > 99.99);
        QVERIFY(activity.sampler()->alerts().isFiring(AlertEvent::Rule::Sequence));
        QVERIFY(activity.sampler()->alerts().log().last().message().contains(QStringLiteral("sequence")));

        QVERIFY(health.wraparoundPct() > 0);
        QVERIFY(health.wraparoundPct() < 1);
        const ResultSet& av = health.autovacuum()->model()->result();
        QCOMPARE(av.rowCount(), 1);
        QVERIFY(!av.value(0, QStringLiteral("autovacuum_on")).toBool());
        QVERIFY(av.value(0, QStringLiteral("workers_max")).toInt() >= 1);
    }

    void createIndexAndVacuumInProgressWithAnEtaAndCancelled()
    {
        // A CREATE INDEX slowed by a 2 ms key function (12 s), a VACUUM slowed by its cost delay (a
        // page per 100 ms at most): both run long enough to be watched, on two sessions of their own,
        // until the test cancels them.
        SG_VERIFY_EXEC(
            m_setup,
            QStringLiteral("CREATE TABLE slow_build AS SELECT g AS id FROM generate_series(1, 6000) g"));
        SG_VERIFY_EXEC(m_setup,
                       QStringLiteral("CREATE FUNCTION slow_key(int) RETURNS int LANGUAGE plpgsql IMMUTABLE "
                                      "AS $$ BEGIN PERFORM pg_sleep(0.002); RETURN $1; END $$"));
        SG_VERIFY_EXEC(
            m_setup,
            QStringLiteral("CREATE TABLE slow_vacuum AS SELECT g AS id FROM generate_series(1, 60000) g"));
        ServerSession session;
        session.open(test::sandboxOptions());
        ActivityMonitor activity(&session);
        HealthMonitor health(&activity);
        DbClient builder(QStringLiteral("builder")), vacuumer(QStringLiteral("vacuumer"));
        builder.open(test::sandboxOptions());
        vacuumer.open(test::sandboxOptions());
        QTRY_VERIFY_WITH_TIMEOUT(builder.state() == ConnectionState::Connected &&
                                     vacuumer.state() == ConnectionState::Connected &&
                                     session.admin()->state() == ConnectionState::Connected,
                                 10000);
        QSignalSpy built(&builder, &DbClient::replied), vacuumed(&vacuumer, &DbClient::replied);
        builder.submit(QStringLiteral("t"),
                       QStringLiteral("CREATE INDEX slow_build_key ON slow_build (slow_key(id))"));
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("SET vacuum_cost_delay = 100"));
        vacuumer.submit(QStringLiteral("t"), QStringLiteral("SET vacuum_cost_limit = 1"));
        vacuumer.submit(QStringLiteral("t"),
                        QStringLiteral("VACUUM slow_vacuum")); // never in a transaction block
        // Both running before the first refresh, which then sees them and goes to once a second.
        QVERIFY(test::waitForSession(
            QStringLiteral("state = 'active' AND query LIKE 'CREATE INDEX slow_build_key%'")));
        QVERIFY(test::waitForSession(QStringLiteral("state = 'active' AND query = 'VACUUM slow_vacuum'")));
        health.start();

        const auto rowOf = [&health](const QString& command) {
            return test::findRow(health.progress()->result(), QStringLiteral("command"), command);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            rowOf(QStringLiteral("CREATE INDEX")) >= 0 && rowOf(QStringLiteral("VACUUM")) >= 0,
            qPrintable(health.progressQuery()->lastError().userMessage() +
                       QStringLiteral(" rows: %1, build: %2, vacuum: %3")
                           .arg(health.progress()->rowCount())
                           .arg(built.isEmpty() ? QString()
                                                : built.last().at(0).value<DbReply>().error.userMessage(),
                                vacuumed.isEmpty()
                                    ? QString()
                                    : vacuumed.last().at(0).value<DbReply>().error.userMessage())),
            15000);
        QCOMPARE(health.progressQuery()->intervalMs(), HealthMonitor::kProgressMs); // every second now
        const ResultSet& p = health.progress()->result();
        const int vac = rowOf(QStringLiteral("VACUUM"));
        QCOMPARE(p.value(vac, QStringLiteral("object")).toString(), QStringLiteral("slow_vacuum"));
        QCOMPARE(p.value(vac, QStringLiteral("unit")).toString(), QStringLiteral("blocks"));
        QVERIFY(!p.value(vac, QStringLiteral("autovacuum")).toBool());
        QVERIFY(p.value(vac, QStringLiteral("total")).toLongLong() > 200);
        QCOMPARE(p.value(rowOf(QStringLiteral("CREATE INDEX")), QStringLiteral("object")).toString(),
                 QStringLiteral("slow_build"));
        // The vacuum moves a block per cost delay: after the basis, a rate and a time left.
        QTRY_VERIFY_WITH_TIMEOUT(!health.progress()
                                      ->result()
                                      .value(rowOf(QStringLiteral("VACUUM")), QStringLiteral("eta_s"))
                                      .isNull(),
                                 15000);
        const ResultSet& later = health.progress()->result();
        const int v = rowOf(QStringLiteral("VACUUM"));
        const double pct = later.value(v, QStringLiteral("percent")).toDouble();
        QVERIFY2(pct > 0 && pct < 100, qPrintable(QString::number(pct)));
        QVERIFY(later.value(v, QStringLiteral("eta_s")).toDouble() > 0);
        QVERIFY(later.value(v, QStringLiteral("running_s")).toDouble() >= 1);

        QVERIFY(HealthMonitor::cancelSql(42).contains(QStringLiteral("pg_cancel_backend(42)")));
        const int vacuumPid = later.value(v, QStringLiteral("pid")).toInt();
        const int buildPid =
            later.value(rowOf(QStringLiteral("CREATE INDEX")), QStringLiteral("pid")).toInt();
        QVERIFY(health.cancel(vacuumPid));
        QVERIFY(health.cancel(buildPid));
        QTRY_VERIFY_WITH_TIMEOUT(vacuumed.size() == 3 && built.size() == 1, 10000); // two SETs, then VACUUM
        for (const QSignalSpy* spy : {&vacuumed, &built}) {
            const auto reply = spy->last().at(0).value<DbReply>();
            QVERIFY(!reply.ok());
            QVERIFY2(reply.error.sqlState == QLatin1String("57014"), qPrintable(reply.error.userMessage()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(health.progressQuery()->hasData() && health.progress()->rowCount() == 0,
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(health.progressQuery()->intervalMs(), HealthMonitor::kRefreshMs, 15000);
    }

    void cleanupTestCase()
    {
        test::execute(m_setup, QStringLiteral("ALTER SYSTEM RESET autovacuum"));
        test::execute(m_setup, QStringLiteral("SELECT pg_reload_conf()"));
    }
};

QTEST_GUILESS_MAIN(tst_HealthMonitor)
#include "tst_HealthMonitor.moc"
