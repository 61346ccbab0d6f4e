// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RingBuffer.h"

#include "db/DbError.h"
#include "db/DbRequest.h"

#include <QObject>
#include <QTimer>

namespace sg {

class DbClient;

/// Totals over all pools of one SHOW POOLS, for the chart.
struct PoolPoint
{
    qint64 timeMs = 0;
    double clientsActive = 0;
    double clientsWaiting = 0;
    double serversActive = 0;
    double serversIdle = 0;
    double maxWaitS = 0;         ///< the longest any client has waited, over all pools
    double transactionsPerS = 0; ///< SHOW STATS avg_xact_count, summed over databases
    double queriesPerS = 0;      ///< SHOW STATS avg_query_count, summed
    double avgQueryMs = 0;       ///< SHOW STATS avg_query_time, weighted by each database's queries
};

/// Reads pgbouncer's admin console (a profile whose dbname is "pgbouncer"): SHOW POOLS and
/// SHOW STATS at an interval, on the given client. Columns are read by name, so pgbouncer
/// versions that add columns still work.
class PgBouncerSampler : public QObject
{
    Q_OBJECT
public:
    explicit PgBouncerSampler(DbClient* client, QObject* parent = nullptr);

    void setIntervalMs(int ms) { m_timer.setInterval(qBound(500, ms, 60000)); }
    void start();
    void stop() { m_timer.stop(); }
    void sampleNow();

    const ResultSet& pools() const { return m_pools; }
    const ResultSet& stats() const { return m_stats; }
    const RingBuffer<PoolPoint>& history() const { return m_history; }

    static PoolPoint totals(const ResultSet& pools, const ResultSet& stats, qint64 timeMs);

Q_SIGNALS:
    void sampled();
    void failed(const sg::DbError& error);

private:
    void onReply(const DbReply& reply);

    DbClient* m_client;
    QTimer m_timer;
    quint64 m_poolsRequest = 0;
    quint64 m_statsRequest = 0;
    ResultSet m_pools;
    ResultSet m_stats;
    RingBuffer<PoolPoint> m_history{24 * 3600};
};

} // namespace sg
