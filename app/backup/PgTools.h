// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sg {

/// Finds PostgreSQL's client programs (pg_dump, pg_restore, psql) and picks the one that fits a
/// server: the same major version if installed, else the oldest newer one (pg_dump reads older
/// servers, never newer ones).
class PgTools
{
public:
    struct Program
    {
        QString path;
        int major = 0;   ///< 15 for "pg_dump (PostgreSQL) 15.8"
        QString version; ///< "15.8"
    };

    /// Where to look: \a configuredDir first (a setting or --pg-bin), then
    /// /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, /opt/homebrew/opt/postgresql@*/bin,
    /// /Applications/Postgres.app, then PATH.
    static QStringList searchDirs(const QString& configuredDir = {});
    /// Every installed copy of \a program (by version, newest first), run with --version. With
    /// \a stopAtMajor, the search ends at the first copy of that major version (a backup should
    /// not pay for asking every copy on the machine).
    static QList<Program> find(const QString& program, const QString& configuredDir = {}, int stopAtMajor = 0);
    /// The copy for a server (or an archive) of major version \a serverMajor, or the newest copy
    /// when that is 0 (not known); on failure empty, with \a error naming what was found and what
    /// is needed.
    static Program choose(const QList<Program>& found, const QString& program, int serverMajor,
                          QString* error);
    /// Shortcut: find + choose.
    static Program locate(const QString& program, int serverMajor, const QString& configuredDir,
                          QString* error);
    /// "pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)" -> {15, "15.8"}; major 0 if unreadable.
    static Program parseVersion(const QString& path, const QString& versionOutput);
};

} // namespace sg
