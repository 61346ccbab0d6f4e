// SPDX-License-Identifier: GPL-3.0-or-later
// Replication and WAL as the Production health monitor and the sampler's alerts see them, on real
// servers: a primary with WAL archiving to a folder, a streaming standby started from it through a
// physical slot, an idle logical slot retaining WAL, replay paused on the standby to make it lag,
// and an archive_command that fails.
#include "TestRows.h"
#include "TestSandbox.h"

#include "advisor/HealthReport.h"
#include "cli/ActivityFormatter.h"
#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"
#include "db/SandboxServer.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/ActivitySampler.h"
#include "monitor/HealthMonitor.h"
#include "monitor/ReplicationStatus.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sg;

namespace {

/// A session, its sampler and the health monitor on one server, as the window opens them.
struct Watch
{
    ServerSession session;
    ActivityMonitor activity{&session};
    HealthMonitor health{&activity};

    explicit Watch(const ConnectionOptions& options)
    {
        session.open(options);
        health.start();
    }
    /// Queries everything again and waits for the answers.
    bool refreshed(LiveQuery* q)
    {
        const int before = q->updateCount();
        q->refresh();
        return QTest::qWaitFor([&] { return q->updateCount() > before; }, 10000);
    }
    /// One more sample, taken after this call; its point.
    ActivityPoint sampled()
    {
        const int before = activity.sampler()->sampleCount();
        // sampleNow() does nothing until the session is connected, or while a sample is on its way.
        if (!QTest::qWaitFor(
                [&] {
                    activity.sampler()->sampleNow();
                    return activity.sampler()->sampleCount() > before;
                },
                10000))
            return {};
        return activity.sampler()->history().last();
    }
};

} // namespace

class tst_Replication : public QObject
{
    Q_OBJECT

    SandboxServer m_primary;
    SandboxServer m_standby;
    Connection m_onPrimary;
    Connection m_onStandby;
    QString m_archive;

private Q_SLOTS:
    void initTestCase()
    {
        m_primary.setSetting(QStringLiteral("wal_level"), QStringLiteral("logical"));
        m_primary.setSetting(QStringLiteral("archive_mode"), QStringLiteral("on"));
        QString error;
        QVERIFY2(m_primary.start(&error), qPrintable(error));
        m_archive = m_primary.serverDirectory(QStringLiteral("archive"), &error);
        QVERIFY2(!m_archive.isEmpty(), qPrintable(error));
        DbError e;
        QVERIFY2(m_onPrimary.open(m_primary.options(), &e), qPrintable(e.userMessage()));
        SG_VERIFY_EXEC(m_onPrimary,
                       QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'")
                           .arg(m_archive));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("SELECT pg_reload_conf()"));
        QVERIFY2(m_primary.startStandby(m_standby, QStringLiteral("sg_standby"), &error), qPrintable(error));
        QVERIFY2(m_onStandby.open(m_standby.options(), &e),
                 qPrintable(e.userMessage() + m_standby.logTail()));
        // A logical slot nobody reads: it retains every byte of WAL written from now on.
        SG_VERIFY_EXEC(
            m_onPrimary,
            QStringLiteral("SELECT pg_create_logical_replication_slot('idle_reader', 'pgoutput')"));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("CREATE TABLE \"Order Ref\" (id int)"));
        SG_VERIFY_EXEC(m_onPrimary,
                       QStringLiteral("INSERT INTO \"Order Ref\" SELECT generate_series(1, 10000)"));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("SELECT pg_switch_wal()"));
        // The standby has replayed it, and the segment is in the archive.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         DbError ignored;
                         return m_onStandby
                                    .execute(QStringLiteral("SELECT count(*) FROM \"Order Ref\""), {},
                                             &ignored)
                                    .value(0, 0)
                                    .toInt() == 10000;
                     },
                     30000),
                 qPrintable(m_standby.logTail()));
        QVERIFY2(QTest::qWaitFor([&] { return !QDir(m_archive).isEmpty(QDir::Files); }, 30000),
                 qPrintable(m_primary.logTail()));
    }

    void thePrimarySeesItsStandbySlotsAndArchive()
    {
        Watch w(m_primary.options());
        QTRY_VERIFY_WITH_TIMEOUT(w.health.replicas()->hasData() && w.health.replicationSlots()->hasData() &&
                                     w.health.wal()->hasData(),
                                 20000);
        for (LiveQuery* q : {w.health.replicas(), w.health.replicationSlots(), w.health.wal()})
            QVERIFY2(!q->lastError().isError(), qPrintable(q->lastError().userMessage()));

        QTRY_VERIFY_WITH_TIMEOUT(
            w.refreshed(w.health.replicas()) && w.health.replicas()->model()->rowCount() == 1, 20000);
        const ResultSet& replicas = w.health.replicas()->model()->result();
        QCOMPARE(replicas.value(0, QStringLiteral("standby")).toString(),
                 QStringLiteral("sightglass_standby"));
        QCOMPARE(replicas.value(0, QStringLiteral("state")).toString(), QStringLiteral("streaming"));
        QCOMPARE(replicas.value(0, QStringLiteral("sync_state")).toString(), QStringLiteral("async"));
        QCOMPARE(replicas.value(0, QStringLiteral("slot")).toString(), QStringLiteral("sg_standby"));
        QVERIFY(replicas.value(0, QStringLiteral("unreplayed_bytes")).toLongLong() >= 0);

        const ResultSet& slotRows = w.health.replicationSlots()->model()->result();
        QCOMPARE(slotRows.rowCount(), 2);
        const int physical = test::findRow(slotRows, QStringLiteral("slot"), QStringLiteral("sg_standby"));
        const int logical = test::findRow(slotRows, QStringLiteral("slot"), QStringLiteral("idle_reader"));
        QVERIFY(physical >= 0 && logical >= 0);
        QCOMPARE(logical, 0); // the inactive ones first
        QVERIFY(slotRows.value(physical, QStringLiteral("active")).toBool());
        QCOMPARE(slotRows.value(physical, QStringLiteral("type")).toString(), QStringLiteral("physical"));
        QVERIFY(!slotRows.value(logical, QStringLiteral("active")).toBool());
        QCOMPARE(slotRows.value(logical, QStringLiteral("type")).toString(), QStringLiteral("logical"));
        QCOMPARE(slotRows.value(logical, QStringLiteral("plugin")).toString(), QStringLiteral("pgoutput"));
        QCOMPARE(slotRows.value(logical, QStringLiteral("database")).toString(), QStringLiteral("postgres"));
        // Everything written since it was made: the 10,000 rows and a segment switch at least.
        QVERIFY(slotRows.value(logical, QStringLiteral("retained_bytes")).toLongLong() > 100000);
        QCOMPARE(slotRows.value(logical, QStringLiteral("wal_status")).toString(),
                 QStringLiteral("reserved"));

        const ResultSet& wal = w.health.wal()->model()->result();
        QCOMPARE(wal.rowCount(), 1);
        QVERIFY(!wal.value(0, QStringLiteral("standby")).toBool());
        QCOMPARE(wal.value(0, QStringLiteral("wal_level")).toString(), QStringLiteral("logical"));
        QCOMPARE(wal.value(0, QStringLiteral("archive_mode")).toString(), QStringLiteral("on"));
        QVERIFY(wal.value(0, QStringLiteral("archived_count")).toLongLong() >= 1);
        QVERIFY(!wal.value(0, QStringLiteral("last_archived_wal")).toString().isEmpty());
        QVERIFY(QFile::exists(m_archive + QLatin1Char('/') +
                              wal.value(0, QStringLiteral("last_archived_wal")).toString()));
        QVERIFY(!wal.value(0, QStringLiteral("archive_failing")).toBool());
        QVERIFY(!wal.value(0, QStringLiteral("waiting_segments")).isNull()); // a superuser may list them
        QVERIFY(wal.value(0, QStringLiteral("receiver_status")).isNull());   // no WAL receiver on a primary
        QVERIFY(wal.value(0, QStringLiteral("replay_delay_s")).isNull());

        // WAL written between two samples is a rate. A sample already on its way when the INSERT
        // ran may have read the position before it: the rate shows in the first sample that read
        // it after, one of the next few.
        w.sampled();
        SG_VERIFY_EXEC(m_onPrimary,
                       QStringLiteral("INSERT INTO \"Order Ref\" SELECT generate_series(1, 5000)"));
        double rate = 0;
        for (int i = 0; i < 3 && !(rate > 0); ++i)
            rate = w.sampled()[ActivityPoint::WalBytesPerS];
        QVERIFY2(rate > 0, qPrintable(QString::number(rate)));
    }

    void theReportHasTheStandbyTheSlotsAndTheArchive()
    {
        DbClient client(QStringLiteral("report"));
        HealthReport report(&client);
        QObject::connect(
            &client, &DbClient::connected, &report, [&] { report.collect(); }, Qt::SingleShotConnection);
        QSignalSpy ready(&report, &HealthReport::ready);
        client.open(m_primary.options());
        QVERIFY(ready.wait(60000));
        const QJsonObject r = report.toJson().value(QStringLiteral("replication")).toObject();
        const QJsonArray standbys = r.value(QStringLiteral("standbys")).toArray();
        QCOMPARE(standbys.size(), 1);
        QCOMPARE(standbys.first()[QStringLiteral("standby")].toString(),
                 QStringLiteral("sightglass_standby"));
        QCOMPARE(standbys.first()[QStringLiteral("slot")].toString(), QStringLiteral("sg_standby"));
        QCOMPARE(r.value(QStringLiteral("slots")).toArray().size(), 2);
        const QJsonObject wal = r.value(QStringLiteral("wal")).toObject();
        QCOMPARE(wal.value(QStringLiteral("archive_mode")).toString(), QStringLiteral("on"));
        QVERIFY(!wal.value(QStringLiteral("standby")).toBool());
        QVERIFY(wal.value(QStringLiteral("archived_count")).toInteger() >= 1);
        // The idle logical slot is under the default 1 GiB: noted, not a warning.
        QCOMPARE(r.value(QStringLiteral("level")).toString(), QStringLiteral("good"));
        const QString summary =
            r.value(QStringLiteral("summary")).toVariant().toStringList().join(QLatin1Char(' '));
        QVERIFY2(summary.contains(QStringLiteral("1 streaming")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("idle_reader")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Archiving works")), qPrintable(summary));
        const QString md = report.toMarkdown();
        QVERIFY(md.contains(QStringLiteral("## Replication and WAL")));
        QVERIFY2(md.contains(QStringLiteral("| sightglass_standby | streaming, async |")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| idle_reader | logical | no |")));
    }

    void theStandbySeesItsReceiverAndLagsWhileReplayIsPaused()
    {
        Watch w(m_standby.options());
        QTRY_VERIFY_WITH_TIMEOUT(w.health.wal()->hasData(), 20000);
        QVERIFY2(!w.health.wal()->lastError().isError(),
                 qPrintable(w.health.wal()->lastError().userMessage()));
        const ResultSet& wal = w.health.wal()->model()->result();
        QVERIFY(wal.value(0, QStringLiteral("standby")).toBool());
        QCOMPARE(wal.value(0, QStringLiteral("receiver_status")).toString(), QStringLiteral("streaming"));
        QCOMPARE(wal.value(0, QStringLiteral("receiver_slot")).toString(), QStringLiteral("sg_standby"));
        QCOMPARE(wal.value(0, QStringLiteral("sender_port")).toInt(), m_primary.port());
        QVERIFY(!wal.value(0, QStringLiteral("replay_paused")).toBool());
        // Slots and standbys of its own it has none; the queries still answer on a standby.
        QTRY_VERIFY_WITH_TIMEOUT(w.health.replicationSlots()->hasData() && w.health.replicas()->hasData(),
                                 20000);
        QVERIFY2(!w.health.replicationSlots()->lastError().isError(),
                 qPrintable(w.health.replicationSlots()->lastError().userMessage()));
        QCOMPARE(w.health.replicationSlots()->model()->rowCount(), 0);

        ActivityThresholds t;
        t.replicaLagS = 1;
        w.activity.sampler()->alerts().setThresholds(t);
        SG_VERIFY_EXEC(m_onStandby, QStringLiteral("SELECT pg_wal_replay_pause()"));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("INSERT INTO \"Order Ref\" VALUES (1)"));
        QTest::qWait(1500);
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("INSERT INTO \"Order Ref\" VALUES (2)"));
        // Received but not replayed: the standby is behind by the time since it last replayed a commit.
        QVERIFY(QTest::qWaitFor([&] { return w.sampled()[ActivityPoint::ReplicaLagS] > 1; }, 15000));
        QVERIFY(w.activity.sampler()->alerts().isFiring(AlertEvent::Rule::ReplicaLag));
        // `sightglass top --json` says the same from the same sample.
        const QJsonObject top = cli::ActivityFormatter::toJson(w.activity.sampler()->latest(),
                                                               w.activity.sampler()->latestRates(),
                                                               w.activity.sampler()->alerts().active())
                                    .value(QStringLiteral("replication"))
                                    .toObject();
        QVERIFY(top.value(QStringLiteral("standby")).toBool());
        QVERIFY(top.value(QStringLiteral("replica_lag_s")).toDouble() > 1);
        QVERIFY(w.refreshed(w.health.wal()));
        QVERIFY(w.health.wal()->model()->result().value(0, QStringLiteral("replay_paused")).toBool());
        QVERIFY(w.health.wal()->model()->result().value(0, QStringLiteral("unreplayed_bytes")).toLongLong() >
                0);
        QVERIFY(w.health.wal()->model()->result().value(0, QStringLiteral("replay_delay_s")).toDouble() > 1);
        const ReplicationStatus paused = w.health.replicationStatus();
        QCOMPARE(paused.level, ReplicationStatus::Level::Warning);
        QVERIFY2(paused.sentences.first().startsWith(QStringLiteral("Replay is paused")),
                 qPrintable(paused.text()));
        QVERIFY2(paused.text().contains(QStringLiteral("Standby of 127.0.0.1:%1").arg(m_primary.port())),
                 qPrintable(paused.text()));

        // The primary sees the same standby behind, in bytes it has yet to replay.
        {
            Watch p(m_primary.options());
            QTRY_VERIFY_WITH_TIMEOUT(p.refreshed(p.health.replicas()) &&
                                         p.health.replicas()->model()->rowCount() == 1 &&
                                         p.health.replicas()
                                                 ->model()
                                                 ->result()
                                                 .value(0, QStringLiteral("unreplayed_bytes"))
                                                 .toLongLong() > 0,
                                     20000);
        }

        SG_VERIFY_EXEC(m_onStandby, QStringLiteral("SELECT pg_wal_replay_resume()"));
        QVERIFY(QTest::qWaitFor([&] { return w.sampled()[ActivityPoint::ReplicaLagS] == 0; }, 15000));
        QVERIFY(!w.activity.sampler()->alerts().isFiring(AlertEvent::Rule::ReplicaLag));
        QVERIFY(!w.activity.sampler()->alerts().log().last().raised);
    }

    void anInactiveSlotRetainingWalRaisesItsAlert()
    {
        Watch w(m_primary.options());
        ActivityThresholds t;
        t.inactiveSlotMb = 0.05; // 50 kiB: the slot above retains more
        w.activity.sampler()->alerts().setThresholds(t);
        const ActivityPoint p = w.sampled();
        QVERIFY2(p[ActivityPoint::InactiveSlotMb] > 0.05,
                 qPrintable(QString::number(p[ActivityPoint::InactiveSlotMb])));
        QVERIFY(w.activity.sampler()->alerts().isFiring(AlertEvent::Rule::InactiveSlot));
        QVERIFY2(w.activity.sampler()->alerts().log().last().message().contains(QStringLiteral("MiB of WAL")),
                 qPrintable(w.activity.sampler()->alerts().log().last().message()));
        // Dropped, the idle one is gone, and so the alert. The standby's own slot counts only while
        // its walsender is away: under load a standby can be between two connections (seen once on
        // 13), so the figure gets a few samples to reach 0.
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("SELECT pg_drop_replication_slot('idle_reader')"));
        QVERIFY(QTest::qWaitFor([&] { return w.sampled()[ActivityPoint::InactiveSlotMb] == 0.0; }, 15000));
        QVERIFY(!w.activity.sampler()->alerts().isFiring(AlertEvent::Rule::InactiveSlot));
    }

    void aFailingArchiveCommandRaisesItsAlertAndRecovers()
    {
        Watch w(m_primary.options());
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("ALTER SYSTEM SET archive_command = 'false'"));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("SELECT pg_reload_conf()"));
        // The archiver reads the new command when the reload reaches it: until then a new segment
        // may still be archived the old way, so each try writes and switches to another one.
        auto switchSegment = [this] {
            test::execute(m_onPrimary, QStringLiteral("INSERT INTO \"Order Ref\" VALUES (3)"));
            test::execute(m_onPrimary, QStringLiteral("SELECT pg_switch_wal()"));
            QTest::qWait(500); // the archiver's turn
        };
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         switchSegment();
                         return w.sampled()[ActivityPoint::ArchiveFailing] == 1;
                     },
                     20000),
                 qPrintable(m_primary.logTail()));
        QVERIFY(w.activity.sampler()->alerts().isFiring(AlertEvent::Rule::ArchiveFailing));
        QVERIFY(w.refreshed(w.health.wal()));
        const ResultSet& wal = w.health.wal()->model()->result();
        QVERIFY(wal.value(0, QStringLiteral("archive_failing")).toBool());
        QVERIFY(wal.value(0, QStringLiteral("failed_count")).toLongLong() >= 1);
        QVERIFY(!wal.value(0, QStringLiteral("last_failed_wal")).toString().isEmpty());
        QVERIFY(wal.value(0, QStringLiteral("waiting_segments")).toLongLong() >= 1); // data at risk
        QVERIFY(wal.value(0, QStringLiteral("waiting_bytes")).toLongLong() >= 1024 * 1024);
        const ReplicationStatus failing = w.health.replicationStatus();
        QCOMPARE(failing.level, ReplicationStatus::Level::Error);
        QVERIFY2(failing.sentences.first().startsWith(QStringLiteral("WAL archiving is failing")),
                 qPrintable(failing.text()));
        QVERIFY2(failing.text().contains(QStringLiteral("wait to be archived")), qPrintable(failing.text()));

        SG_VERIFY_EXEC(m_onPrimary,
                       QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'")
                           .arg(m_archive));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("SELECT pg_reload_conf()"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         switchSegment(); // wakes the archiver, which retries what failed first
                         return w.sampled()[ActivityPoint::ArchiveFailing] == 0;
                     },
                     30000),
                 qPrintable(m_primary.logTail()));
        QVERIFY(!w.activity.sampler()->alerts().isFiring(AlertEvent::Rule::ArchiveFailing));
        QVERIFY(w.refreshed(w.health.wal()));
        QTRY_COMPARE_WITH_TIMEOUT(
            (w.refreshed(w.health.wal()),
             w.health.wal()->model()->result().value(0, QStringLiteral("waiting_segments")).toLongLong()),
            0LL, 30000);
    }

    void aSubscriberSeesItsSubscriptionReceiveFailAndStop()
    {
        // Logical replication the other way round: a second server subscribes to a publication of
        // the primary, under names that need quoting.
        SandboxServer subscriber;
        QString error;
        QVERIFY2(subscriber.start(&error), qPrintable(error));
        Connection onSubscriber;
        DbError e;
        QVERIFY2(onSubscriber.open(subscriber.options(), &e), qPrintable(e.userMessage()));
        const QString table = QStringLiteral("CREATE TABLE \"Sub Items\" (id int PRIMARY KEY)");
        SG_VERIFY_EXEC(m_onPrimary, table);
        SG_VERIFY_EXEC(onSubscriber, table);
        SG_VERIFY_EXEC(m_onPrimary,
                       QStringLiteral("CREATE PUBLICATION \"Order Pub\" FOR TABLE \"Sub Items\""));
        QFile pgpass(m_primary.rootDir() + QStringLiteral("/pgpass"));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(pgpass.readLine()).trimmed().section(QLatin1Char(':'), 4);
        SG_VERIFY_EXEC(onSubscriber,
                       QStringLiteral("CREATE SUBSCRIPTION \"Order Sub\" CONNECTION 'host=127.0.0.1 port=%1 "
                                      "user=%2 dbname=postgres password=%3' PUBLICATION \"Order Pub\" "
                                      // a slot's name takes only a-z, 0-9 and _
                                      "WITH (slot_name = 'order_sub')")
                           .arg(m_primary.port())
                           .arg(m_primary.superuser(), password));
        SG_VERIFY_EXEC(m_onPrimary,
                       QStringLiteral("INSERT INTO \"Sub Items\" SELECT generate_series(1, 100)"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         DbError ignored;
                         return onSubscriber
                                    .execute(QStringLiteral("SELECT count(*) FROM \"Sub Items\""), {},
                                             &ignored)
                                    .value(0, 0)
                                    .toInt() == 100;
                     },
                     30000),
                 qPrintable(subscriber.logTail()));

        Watch w(subscriber.options());
        LiveQuery* subs = w.health.subscriptions();
        auto row = [&](const char* column) {
            return subs->model()->result().value(0, QString::fromLatin1(column));
        };
        QTRY_VERIFY_WITH_TIMEOUT(w.refreshed(subs) && subs->model()->rowCount() == 1 && !row("pid").isNull(),
                                 20000);
        QVERIFY2(!subs->lastError().isError(), qPrintable(subs->lastError().userMessage()));
        QCOMPARE(row("subscription").toString(), QStringLiteral("Order Sub"));
        QCOMPARE(row("database").toString(), QStringLiteral("postgres"));
        QVERIFY(row("enabled").toBool());
        QVERIFY(!row("received_lsn").toString().isEmpty());
        QVERIFY(row("last_message_age_s").toDouble() >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.refreshed(w.health.wal()) && w.health.wal()->model()->rowCount() == 1,
                                 20000);
        sg::ReplicationStatus status = w.health.replicationStatus();
        QVERIFY2(status.text().contains(QStringLiteral("1 subscription(s) receiving from their publishers.")),
                 qPrintable(status.text()));

        if (test::serverMajor() >= 15) {
            // A row the subscriber already has: applying the publisher's copy fails on its key, the
            // worker stops and restarts, and fails again (counted from 15 on).
            SG_VERIFY_EXEC(onSubscriber, QStringLiteral("INSERT INTO \"Sub Items\" VALUES (1000)"));
            SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("INSERT INTO \"Sub Items\" VALUES (1000)"));
            QTRY_VERIFY_WITH_TIMEOUT(w.refreshed(subs) && row("apply_errors").toLongLong() >= 1, 30000);
            status = w.health.replicationStatus();
            QVERIFY2(status.text().contains(QStringLiteral("Subscription Order Sub")) &&
                         status.text().contains(QStringLiteral("time(s)")),
                     qPrintable(status.text()));
            SG_VERIFY_EXEC(onSubscriber, QStringLiteral("DELETE FROM \"Sub Items\" WHERE id = 1000"));
        }

        SG_VERIFY_EXEC(onSubscriber, QStringLiteral("ALTER SUBSCRIPTION \"Order Sub\" DISABLE"));
        QTRY_VERIFY_WITH_TIMEOUT(w.refreshed(subs) && !row("enabled").toBool() && row("pid").isNull(), 20000);
        status = w.health.replicationStatus();
        QVERIFY2(status.text().contains(QStringLiteral("Subscription Order Sub is disabled")),
                 qPrintable(status.text()));
        QVERIFY(status.level >= sg::ReplicationStatus::Level::Warning);

        // The report lists it too.
        DbClient client(QStringLiteral("report"));
        HealthReport report(&client);
        QObject::connect(
            &client, &DbClient::connected, &report, [&] { report.collect(); }, Qt::SingleShotConnection);
        QSignalSpy ready(&report, &HealthReport::ready);
        client.open(subscriber.options());
        QVERIFY(ready.wait(60000));
        const QJsonArray listed = report.toJson()
                                      .value(QStringLiteral("replication"))
                                      .toObject()
                                      .value(QStringLiteral("subscriptions"))
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[QStringLiteral("subscription")].toString(), QStringLiteral("Order Sub"));
        QCOMPARE(listed.first()[QStringLiteral("enabled")].toBool(), false);
        QVERIFY(listed.first()[QStringLiteral("pid")].isNull());
        QVERIFY(report.toMarkdown().contains(QStringLiteral("| Order Sub | postgres | disabled |")));

        // Dropping it drops its slot on the primary, which the earlier tests count.
        w.health.stop();
        SG_VERIFY_EXEC(onSubscriber, QStringLiteral("DROP SUBSCRIPTION \"Order Sub\""));
        SG_VERIFY_EXEC(m_onPrimary, QStringLiteral("DROP PUBLICATION \"Order Pub\""));
        onSubscriber.close();
        subscriber.stop();
    }

    void cleanupTestCase()
    {
        m_onStandby.close();
        m_onPrimary.close();
        m_standby.stop();
        m_primary.stop();
    }
};

QTEST_GUILESS_MAIN(tst_Replication)
#include "tst_Replication.moc"
