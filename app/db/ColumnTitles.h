// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sg {

/// The header a result column shows: its name, translated where a translation exists.
QString columnTitle(const QString& name);

} // namespace sg
