// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandDispatcher.h"

namespace sg::cli {

/// `sightglass sandbox [--demo] [--seconds N]`: a throwaway server for trying things by hand.
Command sandboxCommand();

} // namespace sg::cli
