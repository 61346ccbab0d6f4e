// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/ActivitySample.h"
#include "monitor/AlertMonitor.h"
#include "monitor/PgBouncerSampler.h"
#include "monitor/WaitProfile.h"

#include <QJsonObject>
#include <QString>

namespace sg::cli {

/// Turns activity samples into the text and JSON that `sightglass top` prints.
class ActivityFormatter
{
public:
    static QJsonObject toJson(const ActivitySample& sample, const ActivityRates& rates,
                              const QList<AlertEvent>& firing);
    static QString toText(const ActivitySample& sample, const ActivityRates& rates,
                          const QList<AlertEvent>& firing);
    /// The load by wait class over the last interval: average active sessions in all and per
    /// class (every class named, 0 when idle), and the seconds sampled.
    static QJsonObject loadToJson(const WaitProfile::Summary& load);
    /// "load 1.25 active: CPU 0.50, Lock 0.75" (classes with load only); "load 0 active" when idle.
    static QString loadToText(const WaitProfile::Summary& load);
    static QJsonObject poolsToJson(const ResultSet& pools, const PoolPoint& totals);
    static QString poolsToText(const ResultSet& pools, const PoolPoint& totals);
};

} // namespace sg::cli
