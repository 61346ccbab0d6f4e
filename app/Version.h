// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sg {

/// The version shown by --version, the About box and the packages: the project version, plus
/// the commit when it is not a tagged release ("0.1.0+12.gabc1234"). Generated at configure time.
QString applicationVersion();

} // namespace sg
