// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivitySample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace sg {

namespace {

QJsonArray jsonArray(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QList<GroupCount> groups(const QVariant& v)
{
    QList<GroupCount> out;
    for (const auto& item : jsonArray(v)) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("total")).toInt(),
                    o.value(QLatin1String("busy")).toInt()});
    }
    return out;
}

double pct(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

int ActivitySample::clientSessions() const
{
    return active + idle + idleInTransaction + idleInTransactionAborted + lockWaiting + otherWaiting + other +
           hidden;
}

double ActivitySample::utilizationPct() const
{
    const int usable = usableConnections();
    return usable > 0 ? 100.0 * double(clientSessions() + own) / double(usable) : 0.0;
}

ActivitySample ActivitySample::fromResult(const ResultSet& result)
{
    ActivitySample s;
    if (result.rowCount() < 1)
        return s;
    auto v = [&](const char* column) { return result.value(0, QString::fromLatin1(column)); };
    s.sampledAtMs = v("sampled_at_ms").toLongLong();
    s.maxConnections = v("max_connections").toInt();
    s.reservedConnections = v("reserved_connections").toInt();
    s.active = v("active").toInt();
    s.idle = v("idle").toInt();
    s.idleInTransaction = v("idle_in_transaction").toInt();
    s.idleInTransactionAborted = v("idle_in_transaction_aborted").toInt();
    s.lockWaiting = v("lock_waiting").toInt();
    s.otherWaiting = v("other_waiting").toInt();
    s.other = v("other").toInt();
    s.hidden = v("hidden").toInt();
    s.own = v("own").toInt();
    s.longestIdleInTransactionS = v("longest_idle_in_transaction_s").toString().toDouble();
    s.nextXid = v("next_xid").toLongLong();
    s.oldestXidAge = v("oldest_xid_age").isNull() ? -1 : v("oldest_xid_age").toLongLong();
    s.standby = v("standby").toBool();
    s.walBytes = v("wal_bytes").toLongLong();
    s.replicaLagS = v("replica_lag_s").toDouble();
    s.inactiveSlotBytes = v("inactive_slot_bytes").toLongLong();
    s.archiveFailing = v("archive_failing").toBool();
    for (const auto& item : jsonArray(v("applications"))) {
        const QJsonObject o = item.toObject();
        s.applications.append(
            {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("total")).toInt(),
             o.value(QLatin1String("active")).toInt(), o.value(QLatin1String("idle")).toInt(),
             o.value(QLatin1String("idle_in_transaction")).toInt(),
             o.value(QLatin1String("waiting")).toInt()});
    }
    s.databases = groups(v("databases"));
    s.users = groups(v("users"));
    ActivityCounters& c = s.counters;
    c.xactCommit = v("xact_commit").toLongLong();
    c.xactRollback = v("xact_rollback").toLongLong();
    c.blksHit = v("blks_hit").toLongLong();
    c.blksRead = v("blks_read").toLongLong();
    c.tempBytes = v("temp_bytes").toLongLong();
    c.deadlocks = v("deadlocks").toLongLong();
    c.statsResetMs = v("stats_reset_ms").toLongLong();
    c.statsResetEntries = v("stats_reset_entries").toInt();
    return s;
}

ActivityRates ActivityRates::between(const ActivitySample& previous, const ActivitySample& current)
{
    ActivityRates r;
    if (previous.isNull() || current.isNull())
        return r;
    r.seconds = double(current.sampledAtMs - previous.sampledAtMs) / 1000.0;
    if (r.seconds <= 0)
        return r;
    // The WAL position is no statistics counter: a reset leaves it alone, only another server
    // (a failover behind the same address) can make it go back.
    if (previous.walBytes > 0 && current.walBytes >= previous.walBytes)
        r.walBytesPerS = double(current.walBytes - previous.walBytes) / r.seconds;
    const ActivityCounters& a = previous.counters;
    const ActivityCounters& b = current.counters;
    // A reset (pg_stat_reset, a restart, a crash) makes counters start again from zero.
    const bool wentBack = b.xactCommit < a.xactCommit || b.xactRollback < a.xactRollback ||
                          b.blksHit < a.blksHit || b.blksRead < a.blksRead || b.tempBytes < a.tempBytes ||
                          b.deadlocks < a.deadlocks;
    // Up to 14 the statistics collector stamps a database's first entry (a database first
    // connected to, the shared row) with stats_reset = now: a new entry, not a reset.
    const bool newEntry = b.statsResetEntries > a.statsResetEntries;
    if (wentBack || (b.statsResetMs != a.statsResetMs && !newEntry)) {
        r.statsReset = true;
        return r;
    }
    const qint64 commits = b.xactCommit - a.xactCommit;
    const qint64 rollbacks = b.xactRollback - a.xactRollback;
    r.tps = double(commits + rollbacks) / r.seconds;
    r.rollbackPct = pct(rollbacks, commits + rollbacks);
    r.cacheHitPct = pct(b.blksHit - a.blksHit, (b.blksHit - a.blksHit) + (b.blksRead - a.blksRead));
    r.tempBytesPerS = double(b.tempBytes - a.tempBytes) / r.seconds;
    r.deadlocksPerS = double(b.deadlocks - a.deadlocks) / r.seconds;
    r.valid = true;
    return r;
}

TableIoCounters TableIoCounters::fromResult(const ResultSet& result)
{
    TableIoCounters c;
    if (result.rowCount() == 0)
        return c;
    c.sampledAtMs = result.value(0, QStringLiteral("sampled_at_ms")).toLongLong();
    c.heapHit = result.value(0, QStringLiteral("heap_hit")).toLongLong();
    c.heapRead = result.value(0, QStringLiteral("heap_read")).toLongLong();
    c.idxHit = result.value(0, QStringLiteral("idx_hit")).toLongLong();
    c.idxRead = result.value(0, QStringLiteral("idx_read")).toLongLong();
    return c;
}

void ActivityRates::setTableHitBetween(const TableIoCounters& a, const TableIoCounters& b)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    tableHitPct = indexHitPct = nan;
    // A reset or a restart makes the counters start again from zero: no ratio across it.
    if (a.isNull() || b.isNull() || b.heapHit < a.heapHit || b.heapRead < a.heapRead || b.idxHit < a.idxHit ||
        b.idxRead < a.idxRead)
        return;
    tableHitPct = pct(b.heapHit - a.heapHit, (b.heapHit - a.heapHit) + (b.heapRead - a.heapRead));
    indexHitPct = pct(b.idxHit - a.idxHit, (b.idxHit - a.idxHit) + (b.idxRead - a.idxRead));
}

} // namespace sg
