// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass plan [FILE|-] [--format text|json]`: analyse an EXPLAIN (FORMAT JSON) plan.
Command planCommand();
/// `sightglass explain --connect CONNINFO [--analyze] [--format text|json] SQL`: EXPLAIN safely
/// (ANALYZE inside BEGIN … ROLLBACK) and analyse the plan.
Command explainCommand();

} // namespace sg::cli
