// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sg {

/// A length of time as a DBA reads it, in the user's language and number format: "4.2 s",
/// "3 min 12 s", "2 h 5 min", "3 d 4 h". Negative or NaN gives "".
QString durationText(double seconds);

} // namespace sg
