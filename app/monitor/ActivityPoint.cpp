// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityPoint.h"

#include "db/TransactionIds.h"

#include <limits>

namespace sg {

ActivityPoint ActivityPoint::from(const ActivitySample& s, const ActivityRates& r)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    ActivityPoint p;
    p.timeMs = s.sampledAtMs;
    auto& v = p.values;
    v[Active] = s.active;
    v[Idle] = s.idle;
    v[IdleInTransaction] = s.idleInTransaction;
    v[IdleInTransactionAborted] = s.idleInTransactionAborted;
    v[LockWaiting] = s.lockWaiting;
    v[OtherWaiting] = s.otherWaiting;
    v[Other] = s.other;
    v[Hidden] = s.hidden;
    v[Own] = s.own;
    v[MaxConnections] = s.maxConnections;
    v[UsableConnections] = s.usableConnections();
    v[UtilizationPct] = s.utilizationPct();
    v[Tps] = r.valid ? r.tps : nan;
    v[RollbackPct] = r.valid ? r.rollbackPct : nan;
    v[CacheHitPct] = r.valid ? r.cacheHitPct : nan;
    v[TableHitPct] = r.valid ? r.tableHitPct : nan;
    v[IndexHitPct] = r.valid ? r.indexHitPct : nan;
    v[TempBytesPerS] = r.valid ? r.tempBytesPerS : nan;
    v[DeadlocksPerS] = r.valid ? r.deadlocksPerS : nan;
    v[LongestIdleInTransactionS] = s.longestIdleInTransactionS;
    v[StatsReset] = r.statsReset ? 1 : 0;
    v[NextXid] = s.nextXid > 0 ? double(s.nextXid) : nan; // exact up to 2^53 transactions
    v[WraparoundPct] = s.oldestXidAge >= 0 ? 100.0 * double(s.oldestXidAge) / double(kXidStopAge) : nan;
    v[SequenceUsedPct] = nan; // not in the sample: the sampler adds what the health panel last read
    v[WalBytesPerS] = r.walBytesPerS;
    v[ReplicaLagS] = s.replicaLagS;
    v[InactiveSlotMb] = double(s.inactiveSlotBytes) / (1024.0 * 1024.0);
    v[ArchiveFailing] = s.archiveFailing ? 1 : 0;
    return p;
}

const QStringList& ActivityPoint::fieldNames()
{
    static const QStringList names = {QStringLiteral("active"),
                                      QStringLiteral("idle"),
                                      QStringLiteral("idle_in_transaction"),
                                      QStringLiteral("idle_in_transaction_aborted"),
                                      QStringLiteral("lock_waiting"),
                                      QStringLiteral("other_waiting"),
                                      QStringLiteral("other"),
                                      QStringLiteral("hidden"),
                                      QStringLiteral("own"),
                                      QStringLiteral("max_connections"),
                                      QStringLiteral("usable_connections"),
                                      QStringLiteral("utilization_pct"),
                                      QStringLiteral("tps"),
                                      QStringLiteral("rollback_pct"),
                                      QStringLiteral("cache_hit_pct"),
                                      QStringLiteral("table_hit_pct"),
                                      QStringLiteral("index_hit_pct"),
                                      QStringLiteral("temp_bytes_per_s"),
                                      QStringLiteral("deadlocks_per_s"),
                                      QStringLiteral("longest_idle_in_transaction_s"),
                                      QStringLiteral("stats_reset"),
                                      QStringLiteral("next_xid"),
                                      QStringLiteral("wraparound_pct"),
                                      QStringLiteral("sequence_used_pct"),
                                      QStringLiteral("wal_bytes_per_s"),
                                      QStringLiteral("replica_lag_s"),
                                      QStringLiteral("inactive_slot_mb"),
                                      QStringLiteral("archive_failing")};
    Q_ASSERT(names.size() == FieldCount);
    return names;
}

} // namespace sg
