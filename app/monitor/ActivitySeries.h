// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityPoint.h"
#include "RingBuffer.h"

#include <QList>
#include <QPointF>

namespace sg {

/// Chart data from the history ring: x is milliseconds since the epoch, y the field's value.
/// Windows longer than maxPoints samples are averaged into maxPoints time buckets (unknown values
/// left out of the average), so a 24 h window draws as fast as a 15 min one.
class ActivitySeries
{
public:
    static QList<QPointF> series(const RingBuffer<ActivityPoint>& history, ActivityPoint::Field field,
                                 qint64 fromMs, int maxPoints = 1200);
    /// Cumulative sums of \a layers, bottom first: element i is layers[0] + … + layers[i], where
    /// a layer is the sum of its fields (so "other" and "hidden" can share one band).
    static QList<QList<QPointF>> stacked(const RingBuffer<ActivityPoint>& history,
                                         const QList<QList<ActivityPoint::Field>>& layers, qint64 fromMs,
                                         int maxPoints = 1200);
    /// Writes the points newer than \a fromMs as CSV (time plus every field) with QSaveFile,
    /// so a failed write (full disk) leaves any earlier file intact. Returns an error message or "".
    static QString writeCsv(const RingBuffer<ActivityPoint>& history, qint64 fromMs, const QString& path);
};

} // namespace sg
