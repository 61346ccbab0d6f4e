// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservedRate.h"

namespace sg {

void ObservedRate::beginUpdate(qint64 nowMs)
{
    m_nowMs = nowMs;
    for (First& f : m_first)
        f.seen = false;
}

ObservedRate::Rate ObservedRate::record(const QString& key, double value)
{
    auto it = m_first.find(key);
    if (it == m_first.end() || value < it->last) // new, or started over (reset, restarted, a new phase)
        it = m_first.insert(key, First{m_nowMs, value, value, true});
    it->last = value;
    it->seen = true;
    Rate r;
    r.basisMs = m_nowMs - it->atMs;
    if (r.basisMs >= m_minimumBasisMs && r.basisMs > 0)
        r.perSecond = (value - it->value) * 1000.0 / double(r.basisMs);
    return r;
}

void ObservedRate::endUpdate()
{
    m_first.removeIf([](const auto& it) { return !it.value().seen; });
}

} // namespace sg
