// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityPoint.h"
#include "ActivityThresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sg {

/// One crossing of a threshold, either way.
struct AlertEvent
{
    Q_DECLARE_TR_FUNCTIONS(sg::AlertEvent)

public:
    enum class Rule {
        Utilization,
        LockWaiters,
        IdleInTransaction,
        CacheHit,
        Wraparound,
        Sequence,
        ReplicaLag,
        InactiveSlot,
        ArchiveFailing
    };
    qint64 timeMs = 0;
    Rule rule = Rule::Utilization;
    bool raised = true; ///< false: the figure recovered
    double value = 0;
    double limit = 0;

    QString ruleName() const;
    /// "Utilization 85.0 % is above 80 %" / "… back below …".
    QString message() const;
};

/// Evaluates each point against the thresholds and logs transitions (raised, cleared) with the
/// time, the value and the limit. A rule whose figure is unknown (NaN) keeps its state.
class AlertMonitor
{
public:
    explicit AlertMonitor(ActivityThresholds thresholds = {}) : m_thresholds(thresholds) {}

    void setThresholds(const ActivityThresholds& thresholds) { m_thresholds = thresholds; }
    const ActivityThresholds& thresholds() const { return m_thresholds; }

    /// Returns the transitions this point caused (also appended to the log).
    QList<AlertEvent> evaluate(const ActivityPoint& point);
    bool isFiring(AlertEvent::Rule rule) const { return m_firing[int(rule)]; }
    /// The events of the rules firing now: raised at their raise time, valued at the latest point.
    QList<AlertEvent> active() const;
    /// The figure a rule watches, read from a point.
    static double valueOf(AlertEvent::Rule rule, const ActivityPoint& point);
    /// The log, oldest first, at most the last 1,000 transitions.
    const QList<AlertEvent>& log() const { return m_log; }

private:
    static constexpr int kRules = 9;
    ActivityThresholds m_thresholds;
    bool m_firing[kRules] = {};
    AlertEvent m_lastRaise[kRules];
    ActivityPoint m_latest;
    QList<AlertEvent> m_log;
};

} // namespace sg

Q_DECLARE_METATYPE(sg::AlertEvent)
