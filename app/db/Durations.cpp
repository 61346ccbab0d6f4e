// SPDX-License-Identifier: GPL-3.0-or-later
#include "Durations.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sg {

QString durationText(double seconds)
{
    if (std::isnan(seconds) || seconds < 0)
        return {};
    // lupdate files a free function's tr() under its namespace: the same context here.
    auto tr = [](const char* text) { return QCoreApplication::translate("sg", text); };
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds, 'f', seconds < 10 ? 1 : 0));
    const qint64 s = qint64(std::llround(seconds));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

} // namespace sg
