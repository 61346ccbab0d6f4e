// SPDX-License-Identifier: GPL-3.0-or-later
// SHOW POOLS / SHOW STATS from a real pgbouncer in front of the sandbox.
#include "TestPgBouncer.h"
#include "TestRows.h"
#include "TestSandbox.h"

#include "db/DbClient.h"
#include "monitor/PgBouncerSampler.h"

#include <QSignalSpy>
#include <QTest>

using namespace sg;

class tst_PgBouncerSampler : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestPgBouncer> m_bouncer;

private Q_SLOTS:
    void initTestCase()
    {
        m_bouncer = std::make_unique<test::TestPgBouncer>(test::sandbox());
        QString error;
        QVERIFY2(m_bouncer->start(&error), qPrintable(error));
    }

    void readsPoolsAndStats()
    {
        // A client holding a transaction open keeps one server connection active.
        DbClient pooled(QStringLiteral("pooled"));
        pooled.open(m_bouncer->pooledOptions());
        QTRY_COMPARE_WITH_TIMEOUT(pooled.state(), ConnectionState::Connected, 10000);
        pooled.submit(QStringLiteral("t"), QStringLiteral("BEGIN; SELECT pg_sleep(30)"));

        DbClient console(QStringLiteral("console"));
        console.open(m_bouncer->consoleOptions());
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), ConnectionState::Connected, 10000);
        PgBouncerSampler sampler(&console);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSignalSpy done(&sampler, &PgBouncerSampler::sampled);
                sampler.sampleNow();
                return done.wait(5000) && sampler.history().last().serversActive >= 1;
            }(),
            10000);

        const ResultSet& pools = sampler.pools();
        const int pooledRow = test::findRow(pools, QStringLiteral("database"), QStringLiteral("pooled"));
        QVERIFY(pooledRow >= 0);
        for (const char* column : {"cl_active", "cl_waiting", "sv_active", "sv_idle", "maxwait"})
            QVERIFY2(pools.columnIndex(QString::fromLatin1(column)) >= 0, column);
        QCOMPARE(pools.value(pooledRow, QStringLiteral("cl_active")).toInt(), 1);
        QCOMPARE(pools.value(pooledRow, QStringLiteral("sv_active")).toInt(), 1);
        const PoolPoint p = sampler.history().last();
        QVERIFY(p.clientsActive >= 1);
        QCOMPARE(p.clientsWaiting, 0.0);
        QVERIFY(sampler.stats().columnIndex(QStringLiteral("total_xact_count")) >= 0);
        QVERIFY(sampler.stats().rowCount() >= 1);
        pooled.cancel();
    }

    void consoleNeedsNoSessionSettings()
    {
        // The console rejects SET; a client that connects there must not send any.
        DbClient console(QStringLiteral("console"));
        console.open(m_bouncer->consoleOptions());
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), ConnectionState::Connected, 10000);
        QCOMPARE(console.capabilities().serverVersionNum, 0); // no probe either
    }
};

QTEST_GUILESS_MAIN(tst_PgBouncerSampler)
#include "tst_PgBouncerSampler.moc"
