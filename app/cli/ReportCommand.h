// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass report --connect CONNINFO [--format md|html|json] [--output FILE]`: the health report.
Command reportCommand();

} // namespace sg::cli
