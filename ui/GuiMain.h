// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sg::ui {

/// Parses the window's command line (--connect, --profile, demo, --screenshot), opens the window
/// and runs the event loop. Bad options print usage and return 2 before any window is created.
int runGui(int argc, char** argv);

} // namespace sg::ui
