// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityThresholds.h"

#include <QSettings>

namespace sg {

ActivityThresholds ActivityThresholds::load()
{
    QSettings s;
    ActivityThresholds t;
    t.utilizationPct = s.value(QStringLiteral("thresholds/utilizationPct"), t.utilizationPct).toDouble();
    t.lockWaiters = s.value(QStringLiteral("thresholds/lockWaiters"), t.lockWaiters).toInt();
    t.idleInTransactionS =
        s.value(QStringLiteral("thresholds/idleInTransactionS"), t.idleInTransactionS).toDouble();
    t.cacheHitPct = s.value(QStringLiteral("thresholds/cacheHitPct"), t.cacheHitPct).toDouble();
    t.wraparoundPct = s.value(QStringLiteral("thresholds/wraparoundPct"), t.wraparoundPct).toDouble();
    t.sequenceUsedPct = s.value(QStringLiteral("thresholds/sequenceUsedPct"), t.sequenceUsedPct).toDouble();
    t.replicaLagS = s.value(QStringLiteral("thresholds/replicaLagS"), t.replicaLagS).toDouble();
    t.inactiveSlotMb = s.value(QStringLiteral("thresholds/inactiveSlotMb"), t.inactiveSlotMb).toDouble();
    return t;
}

void ActivityThresholds::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("thresholds/utilizationPct"), utilizationPct);
    s.setValue(QStringLiteral("thresholds/lockWaiters"), lockWaiters);
    s.setValue(QStringLiteral("thresholds/idleInTransactionS"), idleInTransactionS);
    s.setValue(QStringLiteral("thresholds/cacheHitPct"), cacheHitPct);
    s.setValue(QStringLiteral("thresholds/wraparoundPct"), wraparoundPct);
    s.setValue(QStringLiteral("thresholds/sequenceUsedPct"), sequenceUsedPct);
    s.setValue(QStringLiteral("thresholds/replicaLagS"), replicaLagS);
    s.setValue(QStringLiteral("thresholds/inactiveSlotMb"), inactiveSlotMb);
}

} // namespace sg
