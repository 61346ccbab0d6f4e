// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertMonitor.h"

#include <QCoreApplication>

#include <cmath>

namespace sg {

QString AlertEvent::ruleName() const
{
    switch (rule) {
    case Rule::Utilization:
        return tr("Connection utilization");
    case Rule::LockWaiters:
        return tr("Sessions waiting on a lock");
    case Rule::IdleInTransaction:
        return tr("Idle in transaction");
    case Rule::CacheHit:
        return tr("Cache hit ratio");
    case Rule::Wraparound:
        return tr("Transaction ID wraparound");
    case Rule::Sequence:
        return tr("Sequence near its limit");
    case Rule::ReplicaLag:
        return tr("Replica lagging");
    case Rule::InactiveSlot:
        return tr("Inactive replication slot");
    case Rule::ArchiveFailing:
        return tr("WAL archiving failing");
    }
    return {};
}

QString AlertEvent::message() const
{
    const int decimals = rule == Rule::LockWaiters || rule == Rule::InactiveSlot ? 0
                         : rule == Rule::Wraparound || rule == Rule::Sequence    ? 2
                                                                                 : 1;
    const QString v = QString::number(value, 'f', decimals);
    const QString l = QString::number(limit, 'f', decimals);
    switch (rule) {
    case Rule::Utilization:
        return raised ? tr("Utilization %1 % is above %2 % of usable connections").arg(v, l)
                      : tr("Utilization %1 % is back under %2 %").arg(v, l);
    case Rule::LockWaiters:
        return raised ? tr("%1 session(s) waiting on a lock (more than %2)").arg(v, l)
                      : tr("Lock waits are down to %1 (limit %2)").arg(v, l);
    case Rule::IdleInTransaction:
        return raised ? tr("A session has been idle in a transaction for %1 s (limit %2 s)").arg(v, l)
                      : tr("No session idle in a transaction longer than %2 s (longest %1 s)").arg(v, l);
    case Rule::CacheHit:
        return raised ? tr("Cache hit ratio %1 % is below %2 %").arg(v, l)
                      : tr("Cache hit ratio %1 % is back above %2 %").arg(v, l);
    case Rule::Wraparound:
        return raised ? tr("The oldest transaction ID is %1 % of the way to the age where writes stop (limit "
                           "%2 %): "
                           "the health report shows what holds the xmin horizon back")
                            .arg(v, l)
                      : tr("The oldest transaction ID is back under %2 % of the way to wraparound (%1 %)")
                            .arg(v, l);
    case Rule::Sequence:
        return raised
                   ? tr("A sequence has used %1 % of its values (limit %2 %): the Production health panel "
                        "says which, and when it is full")
                         .arg(v, l)
                   : tr("No sequence has used more than %2 % of its values now (the fullest %1 %)").arg(v, l);
    case Rule::ReplicaLag:
        return raised ? tr("Replay on a standby is %1 s behind (limit %2 s): the Production health "
                           "panel's Replication tab says which and by how many bytes")
                            .arg(v, l)
                      : tr("Standby replay is back under %2 s behind (%1 s)").arg(v, l);
    case Rule::InactiveSlot:
        return raised ? tr("An inactive replication slot retains %1 MiB of WAL (limit %2 MiB): it stays "
                           "on disk until the slot is used again or dropped")
                            .arg(v, l)
                      : tr("No inactive replication slot retains more than %1 MiB of WAL now").arg(l);
    case Rule::ArchiveFailing:
        return raised ? tr("WAL archiving is failing: segments pile up in pg_wal and are not in the "
                           "archive; the server log has archive_command's error")
                      : tr("WAL archiving works again");
    }
    return {};
}

double AlertMonitor::valueOf(AlertEvent::Rule rule, const ActivityPoint& p)
{
    switch (rule) {
    case AlertEvent::Rule::Utilization:
        return p[ActivityPoint::UtilizationPct];
    case AlertEvent::Rule::LockWaiters:
        return p[ActivityPoint::LockWaiting];
    case AlertEvent::Rule::IdleInTransaction:
        return p[ActivityPoint::LongestIdleInTransactionS];
    case AlertEvent::Rule::CacheHit:
        return p[ActivityPoint::CacheHitPct];
    case AlertEvent::Rule::Wraparound:
        return p[ActivityPoint::WraparoundPct];
    case AlertEvent::Rule::Sequence:
        return p[ActivityPoint::SequenceUsedPct];
    case AlertEvent::Rule::ReplicaLag:
        return p[ActivityPoint::ReplicaLagS];
    case AlertEvent::Rule::InactiveSlot:
        return p[ActivityPoint::InactiveSlotMb];
    case AlertEvent::Rule::ArchiveFailing:
        return p[ActivityPoint::ArchiveFailing];
    }
    return 0;
}

QList<AlertEvent> AlertMonitor::evaluate(const ActivityPoint& p)
{
    m_latest = p;
    struct Check
    {
        AlertEvent::Rule rule;
        double value;
        double limit;
        bool above; ///< fires when value > limit (else when value < limit)
    };
    const Check checks[kRules] = {
        {AlertEvent::Rule::Utilization, valueOf(AlertEvent::Rule::Utilization, p),
         m_thresholds.utilizationPct, true},
        {AlertEvent::Rule::LockWaiters, valueOf(AlertEvent::Rule::LockWaiters, p),
         double(m_thresholds.lockWaiters), true},
        {AlertEvent::Rule::IdleInTransaction, valueOf(AlertEvent::Rule::IdleInTransaction, p),
         m_thresholds.idleInTransactionS, true},
        {AlertEvent::Rule::CacheHit, valueOf(AlertEvent::Rule::CacheHit, p), m_thresholds.cacheHitPct, false},
        {AlertEvent::Rule::Wraparound, valueOf(AlertEvent::Rule::Wraparound, p), m_thresholds.wraparoundPct,
         true},
        {AlertEvent::Rule::Sequence, valueOf(AlertEvent::Rule::Sequence, p), m_thresholds.sequenceUsedPct,
         true},
        {AlertEvent::Rule::ReplicaLag, valueOf(AlertEvent::Rule::ReplicaLag, p), m_thresholds.replicaLagS,
         true},
        {AlertEvent::Rule::InactiveSlot, valueOf(AlertEvent::Rule::InactiveSlot, p),
         m_thresholds.inactiveSlotMb, true},
        // Not a threshold: any failure since the last success is one.
        {AlertEvent::Rule::ArchiveFailing, valueOf(AlertEvent::Rule::ArchiveFailing, p), 0.5, true},
    };
    QList<AlertEvent> events;
    for (const Check& c : checks) {
        if (std::isnan(c.value))
            continue;
        const bool firing = c.above ? c.value > c.limit : c.value < c.limit;
        const int i = int(c.rule);
        if (firing == m_firing[i])
            continue;
        m_firing[i] = firing;
        AlertEvent e{p.timeMs, c.rule, firing, c.value, c.limit};
        if (firing)
            m_lastRaise[i] = e;
        events << e;
    }
    m_log += events;
    if (m_log.size() > 1000)
        m_log.remove(0, m_log.size() - 1000);
    return events;
}

QList<AlertEvent> AlertMonitor::active() const
{
    QList<AlertEvent> out;
    for (int i = 0; i < kRules; ++i) {
        if (!m_firing[i])
            continue;
        AlertEvent e = m_lastRaise[i];
        const double now = valueOf(e.rule, m_latest);
        if (!std::isnan(now))
            e.value = now;
        out << e;
    }
    return out;
}

} // namespace sg
