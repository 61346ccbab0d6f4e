// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sg {

/// The catalog queries in resources/sql, one per file. A query with columns that differ by server
/// version has variants named name.pgNN.sql; the one with the highest NN not above the server's
/// major version wins, the plain name.sql otherwise.
class SqlLibrary
{
public:
    /// Returns the query text, its leading comment replaced by /* sightglass:name */ after the first word so the server's
    /// views show whose query it is; an empty string when no such query exists.
    static QString load(const QString& name, int serverMajorVersion = 0);
    /// Whether a statement's text (pg_stat_activity.query, pg_stat_statements.query) is one of ours.
    static bool isOwn(const QString& queryText);
};

} // namespace sg
