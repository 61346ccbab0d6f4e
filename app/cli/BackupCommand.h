// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass backup run|prune|verify|list …`: backups for cron, over the same core as the dialog.
Command backupCommand();
/// `sightglass restore FILE --connect CONNINFO [--new-db NAME | --into NAME --confirm NAME] …`
Command restoreCommand();

} // namespace sg::cli
