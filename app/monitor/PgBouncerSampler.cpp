// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgBouncerSampler.h"

#include "db/DbClient.h"

#include <QDateTime>

namespace sg {

PgBouncerSampler::PgBouncerSampler(DbClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &PgBouncerSampler::sampleNow);
    connect(m_client, &DbClient::replied, this, &PgBouncerSampler::onReply);
    connect(m_client, &DbClient::connected, this, [this] {
        if (m_timer.isActive())
            sampleNow();
    });
}

void PgBouncerSampler::start()
{
    m_timer.start();
    sampleNow();
}

void PgBouncerSampler::sampleNow()
{
    if (m_poolsRequest != 0 || m_statsRequest != 0 || m_client->state() != ConnectionState::Connected)
        return;
    // The admin console takes one simple-protocol command per request.
    m_poolsRequest = m_client->submit(QStringLiteral("pgbouncer-pools"), QStringLiteral("SHOW POOLS"));
    m_statsRequest = m_client->submit(QStringLiteral("pgbouncer-stats"), QStringLiteral("SHOW STATS"));
}

PoolPoint PgBouncerSampler::totals(const ResultSet& pools, const ResultSet& stats, qint64 timeMs)
{
    PoolPoint p;
    p.timeMs = timeMs;
    auto col = [&](const char* name) { return pools.columnIndex(QString::fromLatin1(name)); };
    const int clActive = col("cl_active"), clWaiting = col("cl_waiting"), svActive = col("sv_active"),
              svIdle = col("sv_idle"), maxwait = col("maxwait"), maxwaitUs = col("maxwait_us");
    for (int r = 0; r < pools.rowCount(); ++r) {
        auto num = [&](int c) { return c < 0 ? 0.0 : pools.value(r, c).toDouble(); };
        p.clientsActive += num(clActive);
        p.clientsWaiting += num(clWaiting);
        p.serversActive += num(svActive);
        p.serversIdle += num(svIdle);
        p.maxWaitS = qMax(p.maxWaitS, num(maxwait) + num(maxwaitUs) / 1e6);
    }
    const int xacts = stats.columnIndex(QStringLiteral("avg_xact_count"));
    const int queries = stats.columnIndex(QStringLiteral("avg_query_count"));
    const int queryTime = stats.columnIndex(QStringLiteral("avg_query_time")); // microseconds
    double weighted = 0;
    for (int r = 0; r < stats.rowCount(); ++r) {
        auto num = [&](int c) { return c < 0 ? 0.0 : stats.value(r, c).toDouble(); };
        p.transactionsPerS += num(xacts);
        p.queriesPerS += num(queries);
        weighted += num(queries) * num(queryTime) / 1000.0;
    }
    p.avgQueryMs = p.queriesPerS > 0 ? weighted / p.queriesPerS : 0;
    return p;
}

void PgBouncerSampler::onReply(const DbReply& reply)
{
    if (reply.id != m_poolsRequest && reply.id != m_statsRequest)
        return;
    const bool isPools = reply.id == m_poolsRequest;
    (isPools ? m_poolsRequest : m_statsRequest) = 0;
    if (!reply.ok()) {
        Q_EMIT failed(reply.error);
        return;
    }
    (isPools ? m_pools : m_stats) = reply.result;
    if (m_poolsRequest == 0 && m_statsRequest == 0) {
        m_history.push(totals(m_pools, m_stats, QDateTime::currentMSecsSinceEpoch()));
        Q_EMIT sampled();
    }
}

} // namespace sg
