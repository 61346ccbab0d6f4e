// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivitySample.h"

#include <QStringList>

namespace sg {

/// What the charts plot for one sample: session counts by state, capacity, utilization and the
/// rates since the previous sample (NaN where there is nothing to divide by or after a reset).
/// Plain numbers only, so it fits a ring buffer and one SQLite row.
struct ActivityPoint
{
    enum Field {
        Active,
        Idle,
        IdleInTransaction,
        IdleInTransactionAborted,
        LockWaiting,
        OtherWaiting,
        Other,
        Hidden,
        Own,
        MaxConnections,
        UsableConnections,
        UtilizationPct,
        Tps,
        RollbackPct,
        CacheHitPct,
        TableHitPct,
        IndexHitPct,
        TempBytesPerS,
        DeadlocksPerS,
        LongestIdleInTransactionS,
        StatsReset,
        NextXid,       ///< new fields go last: the history keeps points of older builds, shorter
        WraparoundPct, ///< the oldest transaction ID's age, in % of the age where writes stop
        /// The fullest sequence of the connected database, in % of its limit, as the Production
        /// health panel last read it (once a minute); NaN while it has not.
        SequenceUsedPct,
        WalBytesPerS,
        ReplicaLagS,    ///< the most lagging standby's replay lag (on a standby: its own delay)
        InactiveSlotMb, ///< WAL retained by the fullest inactive replication slot, MiB
        ArchiveFailing, ///< 1 while the archiver's last attempt failed, else 0
        FieldCount
    };

    qint64 timeMs = 0;
    double values[FieldCount] = {};

    double operator[](Field f) const { return values[f]; }
    static ActivityPoint from(const ActivitySample& sample, const ActivityRates& rates);
    /// Column names (for CSV, SQLite and JSON), in Field order.
    static const QStringList& fieldNames();
};

} // namespace sg
