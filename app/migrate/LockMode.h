// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sg {

/// PostgreSQL's table-level lock modes, weakest first, and which of them conflict
/// (the table in the "Explicit Locking" chapter of the manual).
enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
};

namespace lockmode {
/// "ACCESS EXCLUSIVE", as the manual and LOCK TABLE spell it.
QString sqlName(LockMode mode);
/// What it stops while held, in a few words a developer understands ("blocks reads and writes").
QString blocks(LockMode mode);
/// From pg_locks.mode ("AccessExclusiveLock"); None for anything else.
LockMode fromPgLocks(const QString& mode);
/// From a LOCK TABLE statement's mode number (libpg_query's LockStmt.mode, 1..8).
LockMode fromNumber(int mode);
bool conflicts(LockMode a, LockMode b);
} // namespace lockmode

} // namespace sg
