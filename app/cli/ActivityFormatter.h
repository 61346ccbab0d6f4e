// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/ActivitySample.h"
#include "monitor/AlertMonitor.h"
#include "monitor/PgBouncerSampler.h"

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
    static QJsonObject poolsToJson(const ResultSet& pools, const PoolPoint& totals);
    static QString poolsToText(const ResultSet& pools, const PoolPoint& totals);
};

} // namespace sg::cli
