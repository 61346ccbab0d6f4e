// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "Migration.h"

namespace sg {

/// Finds the migrations in a folder as teams name them: `023_add_indexes.sql` (rollback
/// `023_add_indexes_rollback.sql` or `.down.sql`), Flyway's `V23__add_indexes.sql` (undo
/// `U23__…`) and golang-migrate's `20250105120000_add_indexes.up.sql` / `.down.sql`.
class MigrationDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationDiscovery)
public:
    static MigrationSet discover(const QString& directory);
};

} // namespace sg
