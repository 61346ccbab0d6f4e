// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationTracker.h"

#include "MigrationLinter.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace sg {

namespace {

// The advisory lock's first key: "SG". The second is hashtext(schema).
constexpr int kLockClass = 0x5347;

} // namespace

QJsonObject AppliedMigration::toJson() const
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("description"), description},
            {QStringLiteral("script"), script},
            {QStringLiteral("checksum"), checksum},
            {QStringLiteral("applied_by"), appliedBy},
            {QStringLiteral("applied_at"), appliedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("execution_ms"), executionMs},
            {QStringLiteral("success"), success},
            {QStringLiteral("transactional"), transactional}};
}

QString MigrationStatus::stateName(State s)
{
    switch (s) {
    case State::Applied: return QStringLiteral("applied");
    case State::Pending: return QStringLiteral("pending");
    case State::MissingFile: return QStringLiteral("missing_file");
    case State::Changed: return QStringLiteral("changed");
    case State::OutOfOrder: return QStringLiteral("out_of_order");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString MigrationStatus::stateText() const
{
    switch (state) {
    case State::Applied: return tr("applied");
    case State::Pending: return tr("pending");
    case State::MissingFile: return tr("file missing");
    case State::Changed: return tr("changed since applied");
    case State::OutOfOrder: return tr("pending, out of order");
    case State::Failed: return tr("failed (dirty)");
    }
    return {};
}

QString MigrationStatus::nextStep(const QString& trackingTable) const
{
    switch (state) {
    case State::Applied: return {};
    case State::Pending: return tr("Apply it.");
    case State::MissingFile:
        return tr("Restore %1 from version control. If it was removed on purpose, its changes stay in the "
                  "database: write a new migration that undoes them.")
            .arg(applied.script.isEmpty() ? tr("the file") : applied.script);
    case State::Changed:
        return tr("The file was edited after it was applied, so the database does not have the edit. Revert the "
                  "edit and put the change in a new migration.");
    case State::OutOfOrder:
        return tr("It is older than the newest applied migration (a merged branch?). Check that it does not "
                  "depend on or conflict with later ones, then apply with out-of-order allowed.");
    case State::Failed:
        return tr("It stopped part-way after statements that cannot be rolled back had run. Bring the schema to a "
                  "consistent state by hand (or with its rollback file), then remove its row: DELETE FROM %1 "
                  "WHERE version = '%2';")
            .arg(trackingTable, QString(version).replace(QLatin1Char('\''), QStringLiteral("''")));
    }
    return {};
}

QJsonObject MigrationStatus::toJson(const QString& trackingTable) const
{
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("file"), file.path.isEmpty() ? QString() : file.fileName()},
                  {QStringLiteral("rollback_file"),
                   file.rollbackPath.isEmpty() ? QString() : QFileInfo(file.rollbackPath).fileName()},
                  {QStringLiteral("checksum"), file.checksum},
                  {QStringLiteral("next_step"), nextStep(trackingTable)}};
    if (hasRow())
        o.insert(QStringLiteral("applied"), applied.toJson());
    return o;
}

MigrationTracker::MigrationTracker(const QString& schema) : m_schema(schema.isEmpty() ? QStringLiteral("sightglass") : schema)
{
}

QString MigrationTracker::qualifiedTable() const
{
    return MigrationLinter::quoteIdent(m_schema) + QStringLiteral(".schema_migrations");
}

QString MigrationTracker::sourceName() const
{
    switch (m_source) {
    case Source::None: return tr("none yet (%1 is created by the first migration applied)").arg(qualifiedTable());
    case Source::Sightglass: return qualifiedTable();
    case Source::Flyway: return tr("flyway_schema_history (Flyway, read-only)");
    case Source::GolangMigrate: return tr("schema_migrations (golang-migrate, read-only)");
    }
    return {};
}

QString MigrationTracker::createSql() const
{
    return QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1;\n"
                          "CREATE TABLE IF NOT EXISTS %2 (\n"
                          "    version text PRIMARY KEY,\n"
                          "    description text NOT NULL,\n"
                          "    script text NOT NULL,\n"
                          "    checksum text NOT NULL,\n"
                          "    applied_by text NOT NULL DEFAULT current_user,\n"
                          "    applied_at timestamptz NOT NULL DEFAULT now(),\n"
                          "    execution_ms bigint NOT NULL,\n"
                          "    success boolean NOT NULL,\n"
                          "    transactional boolean NOT NULL DEFAULT true\n"
                          ")")
        .arg(MigrationLinter::quoteIdent(m_schema), qualifiedTable());
}

QString MigrationTracker::recordSql() const
{
    return QStringLiteral("INSERT INTO %1 (version, description, script, checksum, execution_ms, success, transactional) "
                          "VALUES ($1, $2, $3, $4, $5, $6, $7) "
                          "ON CONFLICT (version) DO UPDATE SET description = EXCLUDED.description, "
                          "script = EXCLUDED.script, checksum = EXCLUDED.checksum, applied_by = current_user, "
                          "applied_at = now(), execution_ms = EXCLUDED.execution_ms, success = EXCLUDED.success, "
                          "transactional = EXCLUDED.transactional")
        .arg(qualifiedTable());
}

QString MigrationTracker::deleteSql() const
{
    return QStringLiteral("DELETE FROM %1 WHERE version = $1").arg(qualifiedTable());
}

QList<AppliedMigration> MigrationTracker::read(Connection& c, DbError* error)
{
    QList<AppliedMigration> out;
    m_source = Source::None;
    const ResultSet where = c.execute(
        QStringLiteral("SELECT to_regclass($1) IS NOT NULL, "
                       "to_regclass('flyway_schema_history') IS NOT NULL, "
                       "EXISTS (SELECT FROM pg_attribute WHERE attrelid = to_regclass('schema_migrations') "
                       "        AND attname = 'dirty' AND NOT attisdropped)"),
        {qualifiedTable()}, error);
    if (error->isError())
        return out;
    if (where.value(0, 0).toBool()) {
        m_source = Source::Sightglass;
        const ResultSet rows =
            c.execute(QStringLiteral("SELECT version, description, script, checksum, applied_by, applied_at, "
                                     "execution_ms, success, transactional FROM %1")
                          .arg(qualifiedTable()),
                      {}, error);
        for (int r = 0; r < rows.rowCount(); ++r) {
            AppliedMigration a;
            a.version = rows.value(r, 0).toString();
            a.description = rows.value(r, 1).toString();
            a.script = rows.value(r, 2).toString();
            a.checksum = rows.value(r, 3).toString();
            a.appliedBy = rows.value(r, 4).toString();
            a.appliedAt = rows.value(r, 5).toDateTime();
            a.executionMs = rows.value(r, 6).toLongLong();
            a.success = rows.value(r, 7).toBool();
            a.transactional = rows.value(r, 8).toBool();
            out << a;
        }
    } else if (where.value(0, 1).toBool()) {
        m_source = Source::Flyway;
        const ResultSet rows =
            c.execute(QStringLiteral("SELECT version, description, script, checksum::text, installed_by, "
                                     "installed_on, execution_time, success FROM flyway_schema_history "
                                     "WHERE version IS NOT NULL ORDER BY installed_rank"),
                      {}, error);
        for (int r = 0; r < rows.rowCount(); ++r) {
            AppliedMigration a;
            a.version = rows.value(r, 0).toString();
            a.description = rows.value(r, 1).toString();
            a.script = rows.value(r, 2).toString();
            a.checksum = rows.value(r, 3).toString();
            a.appliedBy = rows.value(r, 4).toString();
            a.appliedAt = rows.value(r, 5).toDateTime();
            a.executionMs = rows.value(r, 6).toLongLong();
            a.success = rows.value(r, 7).toBool();
            a.checksumComparable = false; // Flyway keeps a CRC32 of its own line handling
            out.removeIf([&](const AppliedMigration& o) { return o.version == a.version; }); // undone and redone
            out << a;
        }
    } else if (where.value(0, 2).toBool()) {
        // golang-migrate keeps only the current version and a dirty flag: everything up to it is applied.
        m_source = Source::GolangMigrate;
        const ResultSet rows = c.execute(
            QStringLiteral("SELECT version::text, dirty FROM schema_migrations LIMIT 1"), {}, error);
        if (rows.rowCount() == 1) {
            AppliedMigration a;
            a.version = rows.value(0, 0).toString();
            a.success = !rows.value(0, 1).toBool();
            a.checksumComparable = false;
            a.cumulative = true;
            out << a;
        }
    }
    return out;
}

bool MigrationTracker::tryLock(Connection& c, DbError* error)
{
    const ResultSet r = c.execute(
        QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext($1))").arg(kLockClass), {m_schema}, error);
    if (error->isError())
        return false;
    if (r.value(0, 0).toBool())
        return true;
    const ResultSet holder = c.execute(
        QStringLiteral(
            "SELECT a.pid, coalesce(a.usename::text, ''), coalesce(a.application_name, ''), "
            "coalesce(a.client_addr::text, 'local') FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
            "WHERE l.locktype = 'advisory' AND l.classid = %1 AND l.granted LIMIT 1")
            .arg(kLockClass),
        {}, error);
    error->kind = DbError::Kind::Query;
    error->sqlState = QStringLiteral("55P03");
    error->message = holder.rowCount() > 0
                         ? tr("Another migration run holds the migration lock (pid %1, %2 from %3, %4); wait for it to "
                              "finish.")
                               .arg(holder.value(0, 0).toString(), holder.value(0, 1).toString(),
                                    holder.value(0, 3).toString(), holder.value(0, 2).toString())
                         : tr("Another migration run holds the migration lock; wait for it to finish.");
    return false;
}

void MigrationTracker::unlock(Connection& c)
{
    DbError ignored;
    c.execute(QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext($1))").arg(kLockClass), {m_schema},
              &ignored);
}

QList<MigrationStatus> MigrationTracker::status(const MigrationSet& files, const QList<AppliedMigration>& applied)
{
    QList<MigrationStatus> out;
    const bool golang = applied.size() == 1 && applied.first().cumulative;
    QString newestApplied;
    for (const AppliedMigration& a : applied) {
        if (newestApplied.isEmpty() || Migration::compareVersions(a.version, newestApplied) > 0)
            newestApplied = a.version;
    }
    for (const Migration& m : files.migrations) {
        MigrationStatus s;
        s.version = m.version;
        s.description = m.description;
        s.file = m;
        auto row = std::find_if(applied.begin(), applied.end(), [&](const AppliedMigration& a) {
            return Migration::compareVersions(a.version, m.version) == 0;
        });
        if (golang && Migration::compareVersions(m.version, newestApplied) <= 0) {
            // golang-migrate: every version up to the recorded one is applied; the recorded one may be dirty.
            s.applied = applied.first();
            s.applied.version = m.version;
            s.state = Migration::compareVersions(m.version, newestApplied) == 0 && !applied.first().success
                          ? MigrationStatus::State::Failed
                          : MigrationStatus::State::Applied;
        } else if (row != applied.end() && !golang) {
            s.applied = *row;
            if (!row->success)
                s.state = MigrationStatus::State::Failed;
            else if (row->checksumComparable && row->checksum != m.checksum)
                s.state = MigrationStatus::State::Changed;
            else
                s.state = MigrationStatus::State::Applied;
        } else {
            s.state = !newestApplied.isEmpty() && Migration::compareVersions(m.version, newestApplied) < 0
                          ? MigrationStatus::State::OutOfOrder
                          : MigrationStatus::State::Pending;
        }
        out << s;
    }
    for (const AppliedMigration& a : applied) {
        if (golang || files.find(a.version))
            continue;
        MigrationStatus s;
        s.version = a.version;
        s.description = a.description;
        s.applied = a;
        s.state = MigrationStatus::State::MissingFile;
        out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const MigrationStatus& a, const MigrationStatus& b) {
        return Migration::compareVersions(a.version, b.version) < 0;
    });
    return out;
}

} // namespace sg
