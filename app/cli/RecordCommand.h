// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass record --connect CONNINFO --seconds N --out FILE`: the incident recorder without a
/// window. Samples every active session 10 times a second for N seconds (or until Ctrl+C) and
/// writes a recording the window opens later (Load by wait ▸ Open recording).
Command recordCommand();

} // namespace sg::cli
