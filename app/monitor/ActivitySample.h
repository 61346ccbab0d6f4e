// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ResultSet.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <limits>

namespace sg {

/// Sessions of one application (its pool, seen from the server).
struct ApplicationCount
{
    QString name;
    int total = 0;
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int waiting = 0; ///< on a lock
};

/// Sessions of one database or one user.
struct GroupCount
{
    QString name;
    int total = 0;
    int busy = 0; ///< anything but idle
};

/// Cumulative server counters; only their differences between two samples mean anything.
struct ActivityCounters
{
    qint64 xactCommit = 0;
    qint64 xactRollback = 0;
    qint64 blksHit = 0;
    qint64 blksRead = 0;
    qint64 tempBytes = 0;
    qint64 deadlocks = 0;
    qint64 statsResetMs = 0; ///< latest pg_stat_database.stats_reset
    int statsResetEntries = 0; ///< databases with a stats_reset at all
};

/// One row of resources/sql/activity_sample.sql: who is connected and doing what, right now.
/// The state counts are disjoint and exclude Sightglass's own sessions (counted in `own`).
struct ActivitySample
{
    qint64 sampledAtMs = 0; ///< server clock
    int maxConnections = 0;
    int reservedConnections = 0;
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int idleInTransactionAborted = 0;
    int lockWaiting = 0;
    int otherWaiting = 0;
    int other = 0;
    int hidden = 0; ///< sessions whose state our role may not see
    int own = 0;
    double longestIdleInTransactionS = 0;
    qint64 nextXid = 0;                   ///< the next transaction ID (64-bit, with its epoch)
    qint64 oldestXidAge = -1;             ///< age of the oldest database's datfrozenxid; -1 unknown
    bool standby = false;                 ///< the server is in recovery
    qint64 walBytes = 0;                  ///< the WAL position (replayed, on a standby) in bytes
    /// The most lagging standby's replay lag or, on a standby, its own replay delay; 0 without
    /// standbys (or when our role may not see their figures).
    double replicaLagS = 0;
    qint64 inactiveSlotBytes = 0;         ///< WAL the fullest inactive slot retains; 0 without one
    bool archiveFailing = false;          ///< the archiver failed since its last success
    QList<ApplicationCount> applications; ///< own sessions included, as "sightglass"
    QList<GroupCount> databases;
    QList<GroupCount> users;
    ActivityCounters counters;

    bool isNull() const { return sampledAtMs == 0; }
    /// Client sessions other than ours.
    int clientSessions() const;
    /// Connections ordinary roles may use: max_connections minus the reserved ones.
    int usableConnections() const { return maxConnections - reservedConnections; }
    /// All client sessions, ours included (they take slots too), as % of usable connections.
    double utilizationPct() const;

    static ActivitySample fromResult(const ResultSet& result);
};

/// One row of resources/sql/activity_table_io.sql: block access of the connected database's user
/// tables and indexes. Read every minute: it costs a row per table.
struct TableIoCounters
{
    qint64 sampledAtMs = 0;
    qint64 heapHit = 0;
    qint64 heapRead = 0;
    qint64 idxHit = 0;
    qint64 idxRead = 0;

    bool isNull() const { return sampledAtMs == 0; }
    static TableIoCounters fromResult(const ResultSet& result);
};

/// Rates between two samples. Invalid for the first sample and across a stats reset or
/// server restart (counters went backwards), never negative.
struct ActivityRates
{
    bool valid = false;
    bool statsReset = false;
    double seconds = 0;
    double tps = 0;         ///< commits + rollbacks per second
    double rollbackPct = 0; ///< NaN without transactions
    double cacheHitPct = 0; ///< all databases, NaN without block access
    /// Heap and index blocks of user tables, connected database: NaN from between(), which has no
    /// table figures; the sampler sets them from its two latest TableIoCounters (tableHitBetween).
    double tableHitPct = std::numeric_limits<double>::quiet_NaN();
    double indexHitPct = std::numeric_limits<double>::quiet_NaN();
    double tempBytesPerS = 0;
    double deadlocksPerS = 0;
    /// WAL written per second; valid across a statistics reset, NaN when the position went back.
    double walBytesPerS = std::numeric_limits<double>::quiet_NaN();

    static ActivityRates between(const ActivitySample& previous, const ActivitySample& current);
    /// Sets tableHitPct and indexHitPct from two table reads (NaN without block access, for the
    /// first read and across a reset).
    void setTableHitBetween(const TableIoCounters& previous, const TableIoCounters& current);
};

} // namespace sg

Q_DECLARE_METATYPE(sg::ActivitySample)
