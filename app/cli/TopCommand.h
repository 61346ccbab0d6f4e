// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass top --connect CONNINFO [--interval S] [--count N] [--json]`: the Activity panel's
/// sampler without a window, one sample per interval as text or one JSON object per line.
Command topCommand();

} // namespace sg::cli
