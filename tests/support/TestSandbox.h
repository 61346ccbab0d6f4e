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
/// Waits (up to 10 s) until pg_stat_activity of the sandbox has a session matching \a condition,
/// an SQL predicate that may use $1 = \a param: the state a test needs, instead of a sleep.
bool waitForSession(const QString& condition, const QString& param = {});
/// waitForSession for a session running exactly \a sql.
bool waitUntilRunning(const QString& sql);

} // namespace sg::test
