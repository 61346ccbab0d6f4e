// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass statements --connect CONNINFO [--top N] [--order-by COLUMN] [--json]`: the rows of
/// the slow-query browser, from pg_stat_statements.
Command statementsCommand();

} // namespace sg::cli
