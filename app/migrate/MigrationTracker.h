// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"

#include "db/DbError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace sg {

class Connection;

/// One row of a tracking table.
struct AppliedMigration
{
    QString version, description, script, checksum, appliedBy;
    QDateTime appliedAt;
    qint64 executionMs = 0;
    bool success = true;
    bool transactional = true;
    bool checksumComparable = true; ///< false for Flyway's CRC32 and golang-migrate (none)
    bool cumulative = false;        ///< golang-migrate: every version up to this one is applied

    QJsonObject toJson() const;
};

/// Where a migration stands: its file against its tracking row.
struct MigrationStatus
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationStatus)

public:
    enum class State { Applied, Pending, MissingFile, Changed, OutOfOrder, Failed };
    State state = State::Pending;
    QString version, description;
    Migration file;           ///< empty path for MissingFile
    AppliedMigration applied; ///< empty version when never applied
    bool hasRow() const { return !applied.version.isEmpty(); }

    static QString stateName(State s); ///< "applied", "pending" … (JSON, CLI)
    QString stateText() const;         ///< for people
    QString nextStep(const QString& trackingTable) const;
    QJsonObject toJson(const QString& trackingTable) const;
};

/// The tracking table: sightglass.schema_migrations by default (schema configurable). Flyway's
/// flyway_schema_history and golang-migrate's schema_migrations are read when ours is absent,
/// and never written. The advisory lock keeps two runs from interleaving.
class MigrationTracker
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationTracker)
public:
    enum class Source { None, Sightglass, Flyway, GolangMigrate };

    explicit MigrationTracker(const QString& schema = QStringLiteral("sightglass"));

    QString schema() const { return m_schema; }
    QString qualifiedTable() const; ///< quoted, ready for SQL
    Source source() const { return m_source; }
    QString sourceName() const;

    /// Reads the applied migrations (ours, else a foreign history, else none).
    QList<AppliedMigration> read(Connection& c, DbError* error);
    /// The tracking table's DDL; safe to run again (IF NOT EXISTS).
    QString createSql() const;
    /// INSERT … ON CONFLICT (version) DO UPDATE: parameters $1 version … $7 transactional.
    QString recordSql() const;
    QString deleteSql() const; ///< $1 version

    /// pg_try_advisory_lock on a key derived from the schema; fills \a error naming the holder.
    bool tryLock(Connection& c, DbError* error);
    void unlock(Connection& c);

    static QList<MigrationStatus> status(const MigrationSet& files, const QList<AppliedMigration>& applied);

private:
    QString m_schema;
    Source m_source = Source::None;
};

} // namespace sg
