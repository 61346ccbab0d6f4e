// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <cmath>

namespace sg {

/// How fast a counter of many things (a sequence's value, a command's blocks done) moves, measured
/// between the first time each was seen and now. A value that falls, or a key that changes what it
/// counts, starts over: the new run is another basis. Keys not seen in an update are forgotten.
class ObservedRate
{
public:
    struct Rate
    {
        double perSecond = std::nan(""); ///< NaN until the basis is long enough
        qint64 basisMs = 0;              ///< the time it was measured over
    };

    explicit ObservedRate(qint64 minimumBasisMs) : m_minimumBasisMs(minimumBasisMs) {}

    /// Starts an update at \a nowMs: keys not recorded before endUpdate() are dropped then.
    void beginUpdate(qint64 nowMs);
    /// The rate of \a key, whose counter reads \a value now.
    Rate record(const QString& key, double value);
    void endUpdate();
    qint64 minimumBasisMs() const { return m_minimumBasisMs; }

private:
    struct First
    {
        qint64 atMs = 0;
        double value = 0;
        double last = 0;
        bool seen = false;
    };
    QHash<QString, First> m_first;
    qint64 m_nowMs = 0;
    qint64 m_minimumBasisMs;
};

} // namespace sg
