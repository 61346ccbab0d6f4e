// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sg {

/// The age of the oldest unfrozen transaction ID at which PostgreSQL refuses to assign new ones
/// (writes stop): 2^31 - 1 less its safety margin of 3 million.
inline constexpr qint64 kXidStopAge = 2147483647LL - 3000000;

} // namespace sg
