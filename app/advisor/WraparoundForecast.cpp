// SPDX-License-Identifier: GPL-3.0-or-later
#include "WraparoundForecast.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace sg {

namespace {

QString inTime(double seconds)
{
    const double hours = seconds / 3600;
    if (hours >= 48)
        return WraparoundForecast::tr("in %n day(s)", nullptr, int(std::floor(hours / 24)));
    if (hours >= 1)
        return WraparoundForecast::tr("in %n hour(s)", nullptr, int(std::floor(hours)));
    return WraparoundForecast::tr("in %n minute(s)", nullptr, int(std::ceil(seconds / 60)));
}

} // namespace

WraparoundForecast WraparoundForecast::from(const QList<Sample>& samples, qint64 oldestAge,
                                            qint64 freezeMaxAge)
{
    WraparoundForecast f;
    f.oldestAge = oldestAge;
    f.freezeMaxAge = freezeMaxAge;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    f.secondsToFreeze = f.secondsToStop = nan;
    int last = int(samples.size()) - 1;
    while (last >= 0 && !(samples.at(last).second > 0))
        --last;
    if (last < 0)
        return f;
    int first = last;
    for (int i = last - 1; i >= 0; --i) {
        const double xid = samples.at(i).second;
        if (!(xid > 0))
            continue; // unknown in that sample (an older build's point)
        if (xid > samples.at(first).second)
            break;
        first = i;
    }
    for (int i = first; i <= last; ++i)
        f.samples += samples.at(i).second > 0 ? 1 : 0;
    f.basisMs = samples.at(last).first - samples.at(first).first;
    if (f.basisMs < kMinimumBasisMs)
        return f;
    f.known = true;
    f.xidsPerSecond = (samples.at(last).second - samples.at(first).second) / (double(f.basisMs) / 1000);
    if (f.xidsPerSecond > 0) {
        f.secondsToFreeze = double(freezeMaxAge - oldestAge) / f.xidsPerSecond;
        f.secondsToStop = double(kXidStopAge - oldestAge) / f.xidsPerSecond;
    }
    return f;
}

QString WraparoundForecast::basis() const
{
    const QLocale l;
    if (samples == 0)
        return tr("No forecast: the local history has no transaction ID samples of this server (keep its "
                  "Activity panel open for a while)");
    if (!known)
        return tr("No forecast yet: the local history covers only %n second(s) of this server", nullptr,
                  int(basisMs / 1000));
    const double hours = double(basisMs) / 3600000;
    const QString span = hours >= 1 ? tr("the last %1 h").arg(l.toString(hours, 'f', 1))
                                    : tr("the last %n minute(s)", nullptr, int(basisMs / 60000));
    return tr("at %1's rate: %2 transaction IDs/s, from %n sample(s) of the local history", nullptr, samples)
        .arg(span, l.toString(xidsPerSecond, 'f', xidsPerSecond < 10 ? 2 : 0));
}

QString WraparoundForecast::summary() const
{
    if (!known)
        return {};
    if (!(xidsPerSecond > 0))
        return tr("no transaction IDs were used meanwhile: neither limit comes closer");
    const QString freeze =
        secondsToFreeze <= 0 ? tr("autovacuum_freeze_max_age is passed: an anti-wraparound vacuum is due now")
                             : tr("autovacuum must freeze %1").arg(inTime(secondsToFreeze));
    const QString stop = secondsToStop <= 0
                             ? tr("the server has stopped accepting writes")
                             : tr("the server stops accepting writes %1").arg(inTime(secondsToStop));
    return freeze + QStringLiteral("; ") + stop;
}

} // namespace sg
