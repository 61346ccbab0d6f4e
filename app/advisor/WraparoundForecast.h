// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/TransactionIds.h"
#include "monitor/ActivityPoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace sg {

/// When, at the rate transaction IDs have been used, the oldest unfrozen transaction ID of the
/// server reaches autovacuum_freeze_max_age (an anti-wraparound vacuum is forced, and cannot be
/// cancelled) and the hard limit where the server refuses new transaction IDs (writes stop). The
/// rate is measured, not assumed: the next transaction ID as sampled into the local history.
struct WraparoundForecast
{
    Q_DECLARE_TR_FUNCTIONS(sg::WraparoundForecast)
public:
    /// A shorter basis says too little about a daily rhythm to be extrapolated at all.
    static constexpr qint64 kMinimumBasisMs = 60 * 1000;

    using Sample = std::pair<qint64, double>; ///< sampled at (ms since the epoch), next transaction ID

    /// From \a samples (oldest first; NaN and 0 are skipped) and the server's oldest age now.
    /// Only the last run of non-decreasing IDs counts: a history that restarts lower is another
    /// server under the same name (restored, re-created).
    static WraparoundForecast from(const QList<Sample>& samples, qint64 oldestAge, qint64 freezeMaxAge);
    /// The samples of activity points (the sampler's ring or the local history), oldest first.
    template <typename Points> static QList<Sample> samplesOf(const Points& points)
    {
        QList<Sample> out;
        out.reserve(points.size());
        for (qsizetype i = 0; i < points.size(); ++i)
            if (points.at(i)[ActivityPoint::NextXid] > 0)
                out.append({points.at(i).timeMs, points.at(i)[ActivityPoint::NextXid]});
        return out;
    }

    bool known = false;       ///< a rate could be measured
    double xidsPerSecond = 0; ///< over the basis
    qint64 basisMs = 0;       ///< the time the rate was measured over
    int samples = 0;          ///< the samples in the basis
    qint64 oldestAge = 0;
    qint64 freezeMaxAge = 0;
    /// Seconds until each limit at that rate; negative when already past it; NaN without a rate
    /// or when no transaction IDs were used.
    double secondsToFreeze = 0;
    double secondsToStop = 0;

    /// "at the last 23.5 h's rate (120 transaction IDs/s, 8,460 samples)", or why there is none.
    QString basis() const;
    /// "autovacuum must freeze in 9 days; the server stops accepting writes in 41 days".
    QString summary() const;
};

} // namespace sg
