// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionOptions.h"
#include "db/SandboxServer.h"

namespace sg::test {

/// One sandbox server per test executable, started on first use and removed at exit.
/// A suite whose server cannot start fails with the server's own message.
SandboxServer& sandbox();
/// Options for the sandbox's superuser on \a dbname.
ConnectionOptions sandboxOptions(const QString& dbname = QStringLiteral("postgres"));

} // namespace sg::test
