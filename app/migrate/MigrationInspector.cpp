// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationInspector.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <limits>

namespace sg {

namespace {

// The signature of QObject::tr, so that lupdate sees the plural forms of calls with a count.
QString kindName(const QString& relkind)
{
    static const QHash<QString, QString> names = {{QStringLiteral("r"), QStringLiteral("table")},
                                                  {QStringLiteral("p"), QStringLiteral("partitioned table")},
                                                  {QStringLiteral("i"), QStringLiteral("index")},
                                                  {QStringLiteral("I"), QStringLiteral("partitioned index")},
                                                  {QStringLiteral("v"), QStringLiteral("view")},
                                                  {QStringLiteral("m"), QStringLiteral("materialized view")},
                                                  {QStringLiteral("S"), QStringLiteral("sequence")},
                                                  {QStringLiteral("f"), QStringLiteral("foreign table")}};
    return names.value(relkind, relkind);
}

// A text[] literal for $1::text[] from names already quoted for regclass.
QString textArray(const QStringList& items)
{
    QStringList quoted;
    for (QString s : items)
        quoted << QLatin1Char('"') +
                      s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                          .replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
                      QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

QList<LockHolder> LiveTable::conflictsWith(LockMode mode) const
{
    QList<LockHolder> out;
    for (const LockHolder& h : holders) {
        if (lockmode::conflicts(mode, h.mode))
            out << h;
    }
    return out;
}

QStringList MigrationInspector::describeLocks(const StatementInfo& statement, const Report& report,
                                              bool connected)
{
    QStringList out;
    const QLocale locale;
    for (const TableLock& l : statement.locks) {
        QString line =
            tr("%1 on %2: %3").arg(lockmode::sqlName(l.mode), l.displayName(), lockmode::blocks(l.mode));
        if (connected) {
            const LiveTable t = report.tables.value(l.displayName());
            if (!t.exists) {
                line += tr(" (does not exist yet)");
            } else {
                // Size and rows are the statistics' (no lock is taken to measure them).
                if (t.rows >= 0)
                    line += QLatin1String(" (~") +
                            locale.formattedDataSize(t.bytes, 1, QLocale::DataSizeTraditionalFormat) +
                            tr(", ~%1 rows").arg(locale.toString(t.rows, 'f', 0)) + QLatin1Char(')');
                else
                    line += tr(" (size unknown: never vacuumed or analysed)");
                const QList<LockHolder> conflicts = t.conflictsWith(l.mode);
                for (const LockHolder& h : conflicts) {
                    line += QLatin1Char('\n') +
                            tr("    would wait for pid %1 (%2%3, %4 for %5 s, %6 %7): %8")
                                .arg(QString::number(h.pid), h.user,
                                     h.application.isEmpty() || h.application == h.user
                                         ? QString()
                                         : QLatin1Char('/') + h.application,
                                     h.state, QString::number(qRound(h.transactionSeconds)),
                                     h.granted ? tr("holds") : tr("waits for"), lockmode::sqlName(h.mode),
                                     h.query.simplified().left(60));
                }
            }
        }
        out << line;
    }
    return out;
}

MigrationInspector::Report MigrationInspector::inspect(Connection& connection,
                                                       const QList<MigrationScript>& scripts,
                                                       MigrationLinter::Result* lint, int countTimeoutMs)
{
    Report report;
    QStringList keys, regnames;
    for (const MigrationScript& s : scripts) {
        for (const ScriptStatement& st : s.statements) {
            for (const TableLock& l : st.info.locks) {
                if (!keys.contains(l.displayName())) {
                    keys << l.displayName();
                    regnames << MigrationLinter::qualified(l);
                }
            }
        }
    }
    for (const LiveCheck& c : std::as_const(lint->checks)) {
        if (!keys.contains(c.table.displayName())) {
            keys << c.table.displayName();
            regnames << MigrationLinter::qualified(c.table);
        }
    }
    DbError e;
    // Sizes from pg_class's page counts, not pg_total_relation_size(): that takes a lock on the
    // table and would wait behind exactly the sessions this is meant to show.
    const ResultSet rel = connection.execute(
        QStringLiteral("SELECT n.ord, c.oid::bigint, c.relkind::text, "
                       "(c.relpages::bigint + coalesce(t.relpages, 0) + coalesce((SELECT "
                       "sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                       "WHERE x.indrelid = c.oid), 0)) * current_setting('block_size')::bigint, "
                       "c.reltuples::float8, "
                       "       coalesce(ix.indrelid, c.oid)::regclass::text "
                       "FROM unnest($1::text[]) WITH ORDINALITY AS n(name, ord) "
                       "JOIN pg_class c ON c.oid = to_regclass(n.name) "
                       "LEFT JOIN pg_class t ON t.oid = c.reltoastrelid "
                       "LEFT JOIN pg_index ix ON ix.indexrelid = c.oid"),
        {textArray(regnames)}, &e);
    if (e.isError()) {
        report.error = e.userMessage();
        return report;
    }
    QHash<qint64, QString> byOid;
    QStringList oids;
    for (int r = 0; r < rel.rowCount(); ++r) {
        const QString key = keys.value(rel.value(r, 0).toInt() - 1);
        LiveTable t;
        t.exists = true;
        t.kind = kindName(rel.value(r, 2).toString());
        t.bytes = rel.value(r, 3).toLongLong();
        t.rows = rel.value(r, 4).toDouble();
        t.table = rel.value(r, 5).toString();
        report.tables.insert(key, t);
        byOid.insert(rel.value(r, 1).toLongLong(), key);
        oids << rel.value(r, 1).toString();
    }
    if (!oids.isEmpty()) {
        // Locks on the object itself and, for an index, on its table.
        const ResultSet locks = connection.execute(
            QStringLiteral(
                "WITH o(oid) AS (SELECT unnest($1::oid[])), "
                "t(oid, relation) AS (SELECT o.oid, o.oid FROM o UNION "
                "  SELECT o.oid, ix.indrelid FROM o JOIN pg_index ix ON ix.indexrelid = o.oid) "
                "SELECT t.oid::bigint, l.mode, l.granted, a.pid, coalesce(a.usename::text, ''), "
                "       coalesce(a.application_name, ''), coalesce(a.state, ''), left(coalesce(a.query, "
                "''), 300), "
                "       coalesce(extract(epoch FROM now() - a.xact_start), 0)::float8 "
                "FROM t JOIN pg_locks l ON l.locktype = 'relation' AND l.relation = t.relation "
                "     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.pid <> pg_backend_pid() ORDER BY a.xact_start NULLS LAST"),
            {QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}')}, &e);
        for (int r = 0; !e.isError() && r < locks.rowCount(); ++r) {
            const auto key = byOid.constFind(locks.value(r, 0).toLongLong());
            if (key == byOid.cend())
                continue;
            LiveTable& t = report.tables[*key];
            LockHolder h;
            h.mode = lockmode::fromPgLocks(locks.value(r, 1).toString());
            h.granted = locks.value(r, 2).toBool();
            h.pid = locks.value(r, 3).toInt();
            h.user = locks.value(r, 4).toString();
            h.application = locks.value(r, 5).toString();
            h.state = locks.value(r, 6).toString();
            h.query = locks.value(r, 7).toString();
            h.transactionSeconds = locks.value(r, 8).toDouble();
            t.holders << h;
        }
    }

    // The rules' questions. A count that runs out of time says so instead of guessing.
    QList<int> disproved;
    for (int i = 0; i < lint->checks.size(); ++i) {
        const LiveCheck& c = lint->checks.at(i);
        const LiveTable table = report.tables.value(c.table.displayName());
        if (!table.exists)
            continue;
        const MigrationScript& script = scripts.at(c.script);
        LintFinding f;
        f.file = QFileInfo(script.path).fileName();
        f.version = script.migration.version;
        f.statement = c.statement;
        f.line = script.statements.at(c.statement).line;
        f.live = true;
        const QString target = MigrationLinter::qualified(c.table);
        const QString column = MigrationLinter::quoteIdent(c.columns.value(0));
        // Reading the table would queue behind an ACCESS EXCLUSIVE holder (or request), and every
        // session after us behind our read: say who holds it and skip the question instead.
        const QList<LockHolder> blockers = table.conflictsWith(LockMode::AccessShare);
        if (!blockers.isEmpty() && c.kind != LiveCheck::Kind::ForeignKeyIndex) {
            const LockHolder& h = blockers.first();
            f.rule = c.kind == LiveCheck::Kind::NullsInColumn ? QStringLiteral("set-not-null-not-counted")
                                                                : QStringLiteral("add-column-not-null-not-checked");
            f.severity = LintFinding::Severity::Warning;
            f.message = tr("%1 was not read: pid %2 (%3) %4 %5 on it; skipped rather than wait behind it.")
                            .arg(c.table.displayName())
                            .arg(h.pid)
                            .arg(h.application.isEmpty() ? h.user : h.application,
                                 h.granted ? tr("holds") : tr("waits for"), lockmode::sqlName(h.mode));
            f.why = c.kind == LiveCheck::Kind::NullsInColumn
                ? tr("If any row is NULL there, SET NOT NULL fails after scanning the table.")
                : tr("If the table has rows, adding a NOT NULL column without a default fails.");
            f.rewrite = c.kind == LiveCheck::Kind::NullsInColumn
                ? tr("Count them yourself once pid %1 is done: SELECT count(*) FROM %2 WHERE %3 IS NULL;")
                      .arg(h.pid)
                      .arg(target, column)
                : tr("Check yourself once pid %1 is done: SELECT EXISTS (SELECT FROM %2);").arg(h.pid).arg(target);
            lint->findings << f;
            continue;
        }
        if (c.kind == LiveCheck::Kind::NullsInColumn) {
            DbError ce;
            const ResultSet n = connection.execute(
                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(target, column), {}, &ce,
                countTimeoutMs);
            if (ce.isError()) {
                f.rule = QStringLiteral("set-not-null-not-counted");
                f.severity = LintFinding::Severity::Warning;
                f.message = tr("NULLs in %1.%2 could not be counted: %3")
                                .arg(c.table.displayName(), c.columns.value(0), ce.userMessage());
                f.why = tr("If any row is NULL there, SET NOT NULL fails after scanning the table.");
                f.rewrite =
                    tr("Count them yourself before applying: SELECT count(*) FROM %1 WHERE %2 IS NULL;")
                        .arg(target, column);
                lint->findings << f;
                continue;
            }
            if (n.value(0, 0).toLongLong() == 0)
                continue;
            const qint64 nulls = n.value(0, 0).toLongLong();
            f.rule = QStringLiteral("set-not-null-has-nulls");
            f.severity = LintFinding::Severity::Error;
            f.message = tr("%1: %Ln row(s) with NULL in %2 right now: SET NOT NULL will fail.", nullptr,
                           int(qMin<qint64>(nulls, std::numeric_limits<int>::max())))
                            .arg(c.table.displayName(), c.columns.value(0));
            f.why = tr("The migration would stop here and roll back after scanning the table.");
            f.rewrite = tr("Backfill first: UPDATE %1 SET %2 = <value> WHERE %2 IS NULL;  (in batches on a "
                           "big table)")
                            .arg(target, column);
            lint->findings << f;
        } else if (c.kind == LiveCheck::Kind::RowsInTable) {
            DbError ce;
            const ResultSet n = connection.execute(
                QStringLiteral("SELECT EXISTS (SELECT FROM %1)").arg(target), {}, &ce, countTimeoutMs);
            if (ce.isError() || !n.value(0, 0).toBool())
                continue;
            f.rule = QStringLiteral("add-column-not-null-has-rows");
            f.severity = LintFinding::Severity::Error;
            f.message = tr("%1 has rows (about %2): adding %3 NOT NULL without a default will fail.")
                            .arg(c.table.displayName(), QLocale().toString(qMax(1.0, table.rows), 'f', 0),
                                 c.columns.value(0));
            f.why = tr("Existing rows would hold NULL in the new column, which the constraint forbids.");
            f.rewrite = tr("Give the column a DEFAULT, or add it nullable and backfill before SET NOT NULL.");
            lint->findings << f;
        } else if (c.kind == LiveCheck::Kind::ForeignKeyIndex) {
            DbError ce;
            const ResultSet idx = connection.execute(
                QStringLiteral(
                    "SELECT array_to_string(array(SELECT a.attname FROM unnest(i.indkey) "
                    "  WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = i.indrelid "
                    "  AND a.attnum = k.attnum ORDER BY k.ord), chr(31)) "
                    "FROM pg_index i WHERE i.indrelid = to_regclass($1) AND i.indisvalid"),
                {target}, &ce);
            for (int r = 0; !ce.isError() && r < idx.rowCount(); ++r) {
                const QStringList cols = idx.value(r, 0).toString().split(QChar(31));
                if (cols.mid(0, c.columns.size()) == c.columns)
                    disproved << i;
            }
        }
    }
    // An index that already exists on the server covers the foreign key: drop that finding.
    for (int i : std::as_const(disproved)) {
        const LiveCheck& c = lint->checks.at(i);
        lint->findings.removeIf([&](const LintFinding& f) {
            return f.rule == QLatin1String("foreign-key-without-index") && f.statement == c.statement &&
                   f.version == scripts.at(c.script).migration.version &&
                   f.file == QFileInfo(scripts.at(c.script).path).fileName();
        });
    }
    return report;
}

} // namespace sg
