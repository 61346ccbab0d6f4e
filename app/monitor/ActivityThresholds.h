// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sg {

/// When the Activity panel warns. Defaults from practice; stored in QSettings under "thresholds/".
struct ActivityThresholds
{
    double utilizationPct = 80;     ///< of usable connections (max_connections minus reserved)
    int lockWaiters = 0;            ///< warn when more sessions than this wait on a lock
    double idleInTransactionS = 60; ///< warn when a session sits idle in a transaction longer
    double cacheHitPct = 95;        ///< warn when the cache hit ratio drops below
    /// Warn when the oldest transaction ID is this far (in %) towards the age where writes stop.
    /// Autovacuum forces a freeze at autovacuum_freeze_max_age (200 million, 9 % by default), so
    /// half the way means it has not kept up for a long time.
    double wraparoundPct = 50;
    /// Warn when the fullest sequence has used this share of its values (its own limit, or the
    /// integer column it feeds): at 90 % a busy table has weeks left, not hours.
    double sequenceUsedPct = 90;
    /// Warn when a standby's replay lags (or, connected to a standby, its own replay is) this far
    /// behind, in seconds.
    double replicaLagS = 60;
    /// Warn when an inactive replication slot retains more WAL than this, in MiB: nothing reads
    /// it, and it stays on the primary's disk until the slot is used again or dropped.
    double inactiveSlotMb = 1024;

    static ActivityThresholds load();
    void save() const;
};

} // namespace sg
