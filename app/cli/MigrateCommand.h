// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass migrate status|lint|rehearse|apply|rollback DIR [--connect CONNINFO] [--json] …`
/// Exit codes for CI: 0 clean, 1 findings at or above --fail-on (or a blocked/failed rehearsal),
/// 2 an error (bad options, no server, a migration that failed while applying).
Command migrateCommand();

} // namespace sg::cli
