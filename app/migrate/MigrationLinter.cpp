// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationLinter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace sg {

namespace {

using Severity = LintFinding::Severity;

QString sval(const QJsonValue& v)
{
    return v.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString();
}

QJsonObject child(const QJsonObject& o, const char* key, const char* node)
{
    return o.value(QLatin1String(key)).toObject().value(QLatin1String(node)).toObject();
}

QList<QJsonObject> constraintsOf(const QJsonObject& columnDef)
{
    QList<QJsonObject> out;
    for (const QJsonValue& c : columnDef.value(QLatin1String("constraints")).toArray())
        out << c.toObject().value(QLatin1String("Constraint")).toObject();
    return out;
}

bool hasConstraint(const QList<QJsonObject>& constraints, const char* type)
{
    for (const QJsonObject& c : constraints) {
        if (c.value(QLatin1String("contype")).toString() == QLatin1String(type))
            return true;
    }
    return false;
}

QStringList names(const QJsonArray& list)
{
    QStringList out;
    for (const QJsonValue& v : list)
        out << sval(v);
    return out;
}

// Inserts CONCURRENTLY after the first \a keyword of \a sql (CREATE [UNIQUE] INDEX, DROP INDEX, REINDEX
// TABLE).
QString withConcurrently(const QString& sql, const QString& keywords)
{
    QString out = sql;
    const QRegularExpression re(QStringLiteral("\\b(%1)\\b").arg(keywords),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(out);
    if (m.hasMatch())
        out.insert(m.capturedEnd(1), QStringLiteral(" CONCURRENTLY"));
    return out + QLatin1Char(';');
}

class Linter
{
    Q_DECLARE_TR_FUNCTIONS(sg::Linter)

public:
    Linter(const QList<MigrationScript>& scripts, int serverMajor) : m_scripts(scripts), m_serverMajor(serverMajor) {}
    MigrationLinter::Result run();

private:
    struct Index
    {
        TableLock table;
        QStringList columns;
    };
    struct PendingForeignKey
    {
        int script, statement;
        TableLock table;
        QStringList columns;
        TableLock referenced;
    };

    void add(int script, int statement, const QString& rule, Severity severity, const QString& message,
             const QString& why, const QString& rewrite, int line = 0);
    void lintStatement(int si, const ScriptStatement& st);
    void lintAlterTable(int si, const ScriptStatement& st);
    void lintCreateTable(int si, const ScriptStatement& st);
    void lintDrop(int si, const ScriptStatement& st);
    void recordCreated(const ScriptStatement& st);
    bool isNew(const TableLock& t) const;
    bool coveredInRun(const TableLock& table, const QStringList& columns) const;

    const QList<MigrationScript>& m_scripts;
    int m_serverMajor = 0; ///< of the server the plan is for; 0 offline
    MigrationLinter::Result m_result;
    QSet<QString> m_created; ///< relation names created earlier in this run
    QList<Index> m_indexes;  ///< indexes and keys created in this run
    QList<PendingForeignKey> m_foreignKeys;
};

void Linter::add(int script, int statement, const QString& rule, Severity severity, const QString& message,
                 const QString& why, const QString& rewrite, int line)
{
    const MigrationScript& s = m_scripts.at(script);
    LintFinding f;
    f.rule = rule;
    f.severity = severity;
    f.file = QFileInfo(s.path).fileName();
    f.version = s.migration.version;
    f.statement = statement;
    f.line = line > 0 ? line : (statement >= 0 ? s.statements.at(statement).line : 1);
    f.message = message;
    f.why = why;
    f.rewrite = rewrite;
    m_result.findings << f;
}

bool Linter::isNew(const TableLock& t) const
{
    return m_created.contains(t.name) || m_created.contains(t.displayName());
}

bool Linter::coveredInRun(const TableLock& table, const QStringList& columns) const
{
    for (const Index& i : m_indexes) {
        if (i.table.name == table.name && i.columns.mid(0, columns.size()) == columns)
            return true;
    }
    return false;
}

void Linter::recordCreated(const ScriptStatement& st)
{
    const QJsonObject& n = st.info.node;
    auto created = [&](const QJsonObject& rv) {
        const QString name = rv.value(QLatin1String("relname")).toString();
        const QString schema = rv.value(QLatin1String("schemaname")).toString();
        m_created << name;
        if (!schema.isEmpty())
            m_created << schema + QLatin1Char('.') + name;
    };
    const QString& t = st.info.nodeType;
    if (t == QLatin1String("CreateStmt")) {
        const QJsonObject rel = n.value(QLatin1String("relation")).toObject();
        created(rel);
        TableLock table{rel.value(QLatin1String("schemaname")).toString(),
                        rel.value(QLatin1String("relname")).toString()};
        for (const QJsonValue& e : n.value(QLatin1String("tableElts")).toArray()) {
            const QJsonObject col = e.toObject().value(QLatin1String("ColumnDef")).toObject();
            const QList<QJsonObject> cons = constraintsOf(col);
            if (hasConstraint(cons, "CONSTR_PRIMARY") || hasConstraint(cons, "CONSTR_UNIQUE"))
                m_indexes << Index{table, {col.value(QLatin1String("colname")).toString()}};
            const QJsonObject c = e.toObject().value(QLatin1String("Constraint")).toObject();
            const QString type = c.value(QLatin1String("contype")).toString();
            if (type == QLatin1String("CONSTR_PRIMARY") || type == QLatin1String("CONSTR_UNIQUE"))
                m_indexes << Index{table, names(c.value(QLatin1String("keys")).toArray())};
        }
    } else if (t == QLatin1String("CreateTableAsStmt")) {
        created(n.value(QLatin1String("into")).toObject().value(QLatin1String("rel")).toObject());
    } else if (t == QLatin1String("ViewStmt")) {
        created(n.value(QLatin1String("view")).toObject());
    } else if (t == QLatin1String("IndexStmt")) {
        const QJsonObject rel = n.value(QLatin1String("relation")).toObject();
        QStringList cols;
        for (const QJsonValue& p : n.value(QLatin1String("indexParams")).toArray())
            cols << p.toObject()
                        .value(QLatin1String("IndexElem"))
                        .toObject()
                        .value(QLatin1String("name"))
                        .toString();
        m_indexes << Index{{rel.value(QLatin1String("schemaname")).toString(),
                            rel.value(QLatin1String("relname")).toString()},
                           cols};
        if (n.contains(QLatin1String("idxname")))
            m_created << n.value(QLatin1String("idxname")).toString();
    }
}

void Linter::lintCreateTable(int si, const ScriptStatement& st)
{
    const QJsonObject& n = st.info.node;
    const QJsonObject rel = n.value(QLatin1String("relation")).toObject();
    const TableLock table{rel.value(QLatin1String("schemaname")).toString(),
                          rel.value(QLatin1String("relname")).toString()};
    if (!n.value(QLatin1String("if_not_exists")).toBool())
        add(si, st.index, QStringLiteral("missing-if-exists"), Severity::Info,
            tr("CREATE TABLE %1 without IF NOT EXISTS.").arg(table.displayName()),
            tr("Re-running the file after a partial failure stops at this statement."),
            tr("CREATE TABLE IF NOT EXISTS %1 …").arg(MigrationLinter::qualified(table)));
    for (const QJsonValue& e : n.value(QLatin1String("tableElts")).toArray()) {
        const QJsonObject col = e.toObject().value(QLatin1String("ColumnDef")).toObject();
        QList<QPair<QJsonObject, QStringList>> fks;
        for (const QJsonObject& c : constraintsOf(col)) {
            if (c.value(QLatin1String("contype")).toString() == QLatin1String("CONSTR_FOREIGN"))
                fks << qMakePair(c, QStringList{col.value(QLatin1String("colname")).toString()});
        }
        const QJsonObject c = e.toObject().value(QLatin1String("Constraint")).toObject();
        if (c.value(QLatin1String("contype")).toString() == QLatin1String("CONSTR_FOREIGN"))
            fks << qMakePair(c, names(c.value(QLatin1String("fk_attrs")).toArray()));
        for (const auto& [fk, cols] : std::as_const(fks)) {
            const QJsonObject pk = fk.value(QLatin1String("pktable")).toObject();
            m_foreignKeys << PendingForeignKey{si,
                                               st.index,
                                               table,
                                               cols,
                                               {pk.value(QLatin1String("schemaname")).toString(),
                                                pk.value(QLatin1String("relname")).toString()}};
        }
    }
}

void Linter::lintDrop(int si, const ScriptStatement& st)
{
    const QJsonObject& n = st.info.node;
    const QString type = n.value(QLatin1String("removeType")).toString();
    const bool concurrent = n.value(QLatin1String("concurrent")).toBool();
    if (type == QLatin1String("OBJECT_INDEX") && !concurrent) {
        bool allNew = !st.info.locks.isEmpty();
        for (const TableLock& l : st.info.locks)
            allNew = allNew && isNew(l);
        if (!allNew)
            add(si, st.index, QStringLiteral("index-without-concurrently"), Severity::Warning,
                tr("DROP INDEX without CONCURRENTLY."),
                tr("Takes ACCESS EXCLUSIVE on the index's table: every read and write of it waits until the "
                   "drop "
                   "is done, and queues behind any long transaction that uses it."),
                withConcurrently(st.info.text, QStringLiteral("INDEX")));
    }
    if (type == QLatin1String("OBJECT_TABLE")) {
        for (const TableLock& l : st.info.locks) {
            if (!isNew(l))
                add(si, st.index, QStringLiteral("drop-table"), Severity::Warning,
                    tr("Drops the table %1 and its data.").arg(l.displayName()),
                    tr("Breaking: code that still reads or writes it fails, and the data is gone for good."),
                    tr("Deploy the code that no longer uses it first; keep the data for a release (rename "
                       "it, or back it up) before dropping it."));
        }
    }
    if (!n.value(QLatin1String("missing_ok")).toBool())
        add(si, st.index, QStringLiteral("missing-if-exists"), Severity::Info, tr("DROP without IF EXISTS."),
            tr("Re-running the file after a partial failure stops at this statement."),
            QString(st.info.text)
                    .replace(QRegularExpression(QStringLiteral("^(DROP\\s+\\w+(\\s+CONCURRENTLY)?)"),
                                                QRegularExpression::CaseInsensitiveOption),
                             QStringLiteral("\\1 IF EXISTS")) +
                QLatin1Char(';'));
}

void Linter::lintAlterTable(int si, const ScriptStatement& st)
{
    const QJsonObject& n = st.info.node;
    const QJsonObject rel = n.value(QLatin1String("relation")).toObject();
    const TableLock table{rel.value(QLatin1String("schemaname")).toString(),
                          rel.value(QLatin1String("relname")).toString()};
    if (isNew(table))
        return; // nobody else can hold a lock on a table this run created
    const QString t = MigrationLinter::qualified(table);
    for (const QJsonValue& v : n.value(QLatin1String("cmds")).toArray()) {
        const QJsonObject cmd = v.toObject().value(QLatin1String("AlterTableCmd")).toObject();
        const QString sub = cmd.value(QLatin1String("subtype")).toString();
        const QString column = cmd.value(QLatin1String("name")).toString();
        const QJsonObject colDef = child(cmd, "def", "ColumnDef");
        const QJsonObject constraint = child(cmd, "def", "Constraint");
        if (sub == QLatin1String("AT_AddColumn")) {
            const QString name = colDef.value(QLatin1String("colname")).toString();
            const QList<QJsonObject> cons = constraintsOf(colDef);
            const bool notNull =
                hasConstraint(cons, "CONSTR_NOTNULL") || hasConstraint(cons, "CONSTR_PRIMARY");
            const bool hasDefault = hasConstraint(cons, "CONSTR_DEFAULT") ||
                                    hasConstraint(cons, "CONSTR_IDENTITY") ||
                                    hasConstraint(cons, "CONSTR_GENERATED");
            if (notNull && !hasDefault) {
                add(si, st.index, QStringLiteral("add-column-not-null-without-default"), Severity::Warning,
                    tr("ADD COLUMN %1 NOT NULL without a default.").arg(name),
                    tr("Fails on any table that has rows: the existing rows would hold NULL."),
                    tr("ALTER TABLE %1 ADD COLUMN %2 … DEFAULT <value> NOT NULL;  -- a constant default is "
                       "instant since PostgreSQL 11; or add it nullable, backfill in batches, then SET NOT "
                       "NULL "
                       "through a validated CHECK")
                        .arg(t, MigrationLinter::quoteIdent(name)));
                m_result.checks << LiveCheck{LiveCheck::Kind::RowsInTable, si, st.index, table, {name}};
            }
            for (const QJsonObject& c : cons) {
                const QJsonObject call =
                    c.value(QLatin1String("raw_expr")).toObject().value(QLatin1String("FuncCall")).toObject();
                if (c.value(QLatin1String("contype")).toString() != QLatin1String("CONSTR_DEFAULT") ||
                    call.isEmpty())
                    continue;
                const QString fn =
                    names(call.value(QLatin1String("funcname")).toArray()).join(QLatin1Char('.'));
                static const QStringList stable = {
                    QStringLiteral("now"), QStringLiteral("statement_timestamp"),
                    QStringLiteral("transaction_timestamp"), QStringLiteral("current_setting"),
                    QStringLiteral("pg_catalog.now")};
                if (stable.contains(fn))
                    continue;
                add(si, st.index, QStringLiteral("volatile-default"), Severity::Warning,
                    tr("ADD COLUMN %1 with the default %2(), which may be volatile.").arg(name, fn),
                    tr("A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval() …) is "
                       "computed per row: the whole table is rewritten under ACCESS EXCLUSIVE."),
                    tr("ALTER TABLE %1 ADD COLUMN %2 …;  ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3();  "
                       "-- then backfill existing rows in batches")
                        .arg(t, MigrationLinter::quoteIdent(name), fn));
            }
            for (const QJsonObject& c : cons) {
                if (c.value(QLatin1String("contype")).toString() == QLatin1String("CONSTR_FOREIGN")) {
                    const QJsonObject pk = c.value(QLatin1String("pktable")).toObject();
                    m_foreignKeys << PendingForeignKey{si,
                                                       st.index,
                                                       table,
                                                       {name},
                                                       {pk.value(QLatin1String("schemaname")).toString(),
                                                        pk.value(QLatin1String("relname")).toString()}};
                }
            }
            if (!cmd.value(QLatin1String("missing_ok")).toBool())
                add(si, st.index, QStringLiteral("missing-if-exists"), Severity::Info,
                    tr("ADD COLUMN %1 without IF NOT EXISTS.").arg(name),
                    tr("Re-running the file after a partial failure stops at this statement."),
                    tr("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 …")
                        .arg(t, MigrationLinter::quoteIdent(name)));
        } else if (sub == QLatin1String("AT_SetNotNull")) {
            const QString c = MigrationLinter::quoteIdent(column);
            const QString check = MigrationLinter::quoteIdent(table.name + QLatin1Char('_') + column +
                                                              QLatin1String("_not_null"));
            add(si, st.index, QStringLiteral("set-not-null"), Severity::Warning,
                tr("SET NOT NULL on %1.%2 scans the whole table.").arg(table.displayName(), column),
                tr("The scan runs under ACCESS EXCLUSIVE: reads and writes of the table wait for it."),
                QStringLiteral(
                    "ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID;\n"
                    "ALTER TABLE %1 VALIDATE CONSTRAINT %2;  -- SHARE UPDATE EXCLUSIVE only\n"
                    "ALTER TABLE %1 ALTER COLUMN %3 SET NOT NULL;  -- uses the valid CHECK, no scan\n"
                    "ALTER TABLE %1 DROP CONSTRAINT %2;")
                    .arg(t, check, c));
            m_result.checks << LiveCheck{LiveCheck::Kind::NullsInColumn, si, st.index, table, {column}};
        } else if (sub == QLatin1String("AT_AddConstraint")) {
            const QString type = constraint.value(QLatin1String("contype")).toString();
            const bool fk = type == QLatin1String("CONSTR_FOREIGN");
            if ((fk || type == QLatin1String("CONSTR_CHECK")) &&
                !constraint.value(QLatin1String("skip_validation")).toBool()) {
                const QString name = constraint.value(QLatin1String("conname")).toString();
                add(si, st.index, QStringLiteral("constraint-without-not-valid"), Severity::Warning,
                    fk ? tr("FOREIGN KEY added without NOT VALID.")
                       : tr("CHECK constraint added without NOT VALID."),
                    fk ? tr("Every existing row is checked while both tables are locked SHARE ROW EXCLUSIVE: "
                            "writes to them wait for the whole scan.")
                       : tr("Every existing row is checked under ACCESS EXCLUSIVE: reads and writes wait."),
                    QStringLiteral("%1 NOT VALID;\nALTER TABLE %2 VALIDATE CONSTRAINT %3;")
                        .arg(st.info.text, t,
                             name.isEmpty() ? tr("<constraint name>") : MigrationLinter::quoteIdent(name)));
            }
            if (fk) {
                const QJsonObject pk = constraint.value(QLatin1String("pktable")).toObject();
                m_foreignKeys << PendingForeignKey{
                    si,
                    st.index,
                    table,
                    names(constraint.value(QLatin1String("fk_attrs")).toArray()),
                    {pk.value(QLatin1String("schemaname")).toString(),
                     pk.value(QLatin1String("relname")).toString()}};
            }
        } else if (sub == QLatin1String("AT_AlterColumnType") || sub == QLatin1String("AT_SetLogged") ||
                   sub == QLatin1String("AT_SetUnLogged") || sub == QLatin1String("AT_SetTableSpace")) {
            add(si, st.index, QStringLiteral("table-rewrite"), Severity::Warning,
                sub == QLatin1String("AT_AlterColumnType")
                    ? tr("ALTER COLUMN %1 TYPE may rewrite the table.").arg(column)
                    : tr("This ALTER TABLE rewrites the table."),
                tr("A rewrite copies every row and rebuilds every index under ACCESS EXCLUSIVE: the table is "
                   "unavailable for as long as that takes."),
                sub == QLatin1String("AT_AlterColumnType")
                    ? tr("Only binary-compatible changes skip the rewrite (varchar(n) to a larger n or to "
                         "text). "
                         "Otherwise add a new column, backfill it in batches, switch the code, drop the old "
                         "one.")
                    : tr("Run it in a maintenance window, or copy into a new table and swap."));
        } else if (sub == QLatin1String("AT_DropColumn")) {
            add(si, st.index, QStringLiteral("drop-column"), Severity::Warning,
                tr("Drops the column %1.%2 and its data.").arg(table.displayName(), column),
                tr("Breaking: running code that selects or inserts it fails."),
                tr("Deploy the code that no longer uses the column first, then drop it in a later "
                   "migration."));
        }
    }
}

void Linter::lintStatement(int si, const ScriptStatement& st)
{
    const StatementInfo& info = st.info;
    const QString& t = info.nodeType;
    const QJsonObject& n = info.node;
    if (t == QLatin1String("IndexStmt") && !n.value(QLatin1String("concurrent")).toBool() &&
        !info.locks.isEmpty() && !isNew(info.locks.first())) {
        add(si, st.index, QStringLiteral("index-without-concurrently"), Severity::Warning,
            tr("CREATE INDEX on %1 without CONCURRENTLY.").arg(info.locks.first().displayName()),
            tr("Takes a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits."),
            withConcurrently(info.text, QStringLiteral("INDEX")) +
                tr("  -- runs outside a transaction; Sightglass runs it alone"));
    }
    if (t == QLatin1String("IndexStmt") && !n.value(QLatin1String("if_not_exists")).toBool() &&
        n.contains(QLatin1String("idxname"))) {
        add(si, st.index, QStringLiteral("missing-if-exists"), Severity::Info,
            tr("CREATE INDEX without IF NOT EXISTS."),
            tr("Re-running the file after a partial failure (an interrupted CONCURRENTLY build) stops here."),
            tr("CREATE INDEX CONCURRENTLY IF NOT EXISTS …"));
    } else if (t == QLatin1String("ReindexStmt") && info.transactional && !info.locks.isEmpty()) {
        add(si, st.index, QStringLiteral("index-without-concurrently"), Severity::Warning,
            tr("REINDEX without CONCURRENTLY."),
            tr("Blocks writes to the table (and reads that use the index) while it rebuilds."),
            withConcurrently(info.text, QStringLiteral("INDEX|TABLE")));
    } else if (t == QLatin1String("AlterTableStmt")) {
        lintAlterTable(si, st);
    } else if (t == QLatin1String("CreateStmt")) {
        lintCreateTable(si, st);
    } else if (t == QLatin1String("DropStmt")) {
        lintDrop(si, st);
    } else if (t == QLatin1String("TruncateStmt") &&
               n.value(QLatin1String("behavior")).toString() == QLatin1String("DROP_CASCADE")) {
        add(si, st.index, QStringLiteral("truncate-cascade"), Severity::Warning, tr("TRUNCATE … CASCADE."),
            tr("Also empties every table that references these through a foreign key, which the statement "
               "does "
               "not name."),
            tr("Name every table to empty, without CASCADE, so the file says what it deletes."));
    } else if (t == QLatin1String("RenameStmt")) {
        const QString what = n.value(QLatin1String("renameType")).toString();
        if (what == QLatin1String("OBJECT_TABLE") || what == QLatin1String("OBJECT_COLUMN"))
            add(si, st.index, QStringLiteral("rename"), Severity::Warning,
                what == QLatin1String("OBJECT_TABLE") ? tr("Renames a table.") : tr("Renames a column."),
                tr("Breaking: running code that uses the old name fails the moment this commits."),
                tr("Add the new name beside the old (a new column kept in sync, or a view with the old "
                   "name), "
                   "move the code, then drop the old one."));
    } else if ((t == QLatin1String("VacuumStmt") && info.label == QLatin1String("VACUUM FULL")) ||
               t == QLatin1String("ClusterStmt")) {
        add(si, st.index,
            t == QLatin1String("ClusterStmt") ? QStringLiteral("cluster") : QStringLiteral("vacuum-full"),
            Severity::Warning, tr("%1 rewrites the table.").arg(info.label),
            tr("Holds ACCESS EXCLUSIVE for the whole rewrite: the table is unavailable."),
            tr("Use pg_repack (online), or plain VACUUM, which takes no blocking lock."));
    }
}

MigrationLinter::Result Linter::run()
{
    for (int si = 0; si < m_scripts.size(); ++si) {
        const MigrationScript& s = m_scripts.at(si);
        if (s.notUtf8)
            add(si, -1, QStringLiteral("encoding"), Severity::Error, s.error,
                tr("The server would store other characters than the file shows, so none of it runs."),
                tr("Convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8."));
        else if (!s.error.isEmpty())
            add(si, -1, QStringLiteral("split-error"), Severity::Error, s.error,
                tr("The file cannot be split into statements, so none of it can run."),
                tr("Close the string, comment or body."));
        for (const ScriptMeta& meta : s.metas) {
            add(si, -1, QStringLiteral("psql-meta"), meta.needsPsql ? Severity::Error : Severity::Warning,
                tr("psql meta-command %1 (not SQL).").arg(meta.command),
                meta.needsPsql ? tr("Only psql understands it, and the file means something else without it.")
                               : tr("Sightglass skips it: it is not sent to the server."),
                meta.command.startsWith(QLatin1String("\\i"))
                    ? tr("Put the included file's statements in the migration.")
                    : tr("Remove the line (use SQL instead: SET for settings, values for variables)."),
                meta.line);
        }
        bool inBlock = false, lockTimeout = false, lockTimeoutReported = false;
        for (const ScriptStatement& st : s.statements) {
            const StatementInfo& info = st.info;
            if (!info.parseError.isEmpty()) {
                const int line =
                    st.line + int(info.text.left(qMax(0, info.errorOffset)).count(QLatin1Char('\n')));
                if (m_serverMajor > MigrationLinter::kGrammarMajor)
                    add(si, st.index, QStringLiteral("newer-syntax"), Severity::Warning,
                        tr("Not classified offline (newer syntax?): PostgreSQL %1's grammar, which Sightglass "
                           "reads migrations with, rejects it (%2); PostgreSQL %3 may accept it.")
                            .arg(MigrationLinter::kGrammarMajor)
                            .arg(info.parseError)
                            .arg(m_serverMajor),
                        tr("Its locks and risks are unknown until it runs. The rehearsal runs it on the server, "
                           "which is the check: a real syntax error fails there, and nothing stays."),
                        tr("Rehearse before applying."), line);
                else
                    add(si, st.index, QStringLiteral("parse-error"), Severity::Error,
                        tr("Syntax error: %1.").arg(info.parseError),
                        tr("PostgreSQL will reject this statement, and with it the migration."),
                        tr("Fix the statement (PostgreSQL 15 grammar)."), line);
                continue;
            }
            if (info.nodeType == QLatin1String("VariableSetStmt") &&
                info.node.value(QLatin1String("name")).toString() == QLatin1String("lock_timeout"))
                lockTimeout = true;
            if (info.transactionControl) {
                const QString kind = info.node.value(QLatin1String("kind")).toString();
                inBlock = kind == QLatin1String("TRANS_STMT_BEGIN") ||
                          kind == QLatin1String("TRANS_STMT_START") ||
                          (inBlock && kind.contains(QLatin1String("SAVEPOINT")));
                add(si, st.index, QStringLiteral("transaction-control"), Severity::Error,
                    tr("%1 inside a migration file.").arg(info.label),
                    tr("The runner wraps each migration in its own transaction; a COMMIT in the file would "
                       "end it "
                       "early and leave half a migration applied if a later statement fails."),
                    tr("Remove BEGIN/COMMIT from the file."));
            }
            if (!info.transactional && inBlock)
                add(si, st.index, QStringLiteral("concurrently-in-transaction"), Severity::Error,
                    tr("%1 inside a transaction block.").arg(info.label),
                    tr("It cannot run inside a transaction: PostgreSQL rejects it there."),
                    tr("Move it out of BEGIN … COMMIT, into its own migration file."));
            bool existingDdl = false, unqualified = false;
            for (const TableLock& l : info.locks) {
                if (isNew(l))
                    continue;
                existingDdl = existingDdl || l.mode >= LockMode::ShareUpdateExclusive;
                unqualified = unqualified || l.schema.isEmpty();
            }
            if (existingDdl && !lockTimeout && !lockTimeoutReported) {
                lockTimeoutReported = true;
                add(si, st.index, QStringLiteral("no-lock-timeout"), Severity::Info,
                    tr("No lock_timeout before the first lock on an existing table."),
                    tr("A DDL lock waiting behind a long transaction blocks every query queued after it. "
                       "Sightglass sets its own lock_timeout, psql and other runners do not."),
                    QStringLiteral("SET lock_timeout = '5s';"));
            }
            if (unqualified)
                add(si, st.index, QStringLiteral("unqualified-name"), Severity::Info,
                    tr("%1 names a table without its schema.").arg(info.label),
                    tr("What it changes depends on the search_path of the session that runs it."),
                    tr("Write schema.table."));
            lintStatement(si, st);
            recordCreated(st);
        }
    }
    for (const PendingForeignKey& fk : std::as_const(m_foreignKeys)) {
        if (fk.columns.isEmpty() || coveredInRun(fk.table, fk.columns))
            continue;
        QStringList quoted;
        for (const QString& c : fk.columns)
            quoted << MigrationLinter::quoteIdent(c);
        add(fk.script, fk.statement, QStringLiteral("foreign-key-without-index"), Severity::Warning,
            tr("The foreign key %1(%2) → %3 has no index on its columns.")
                .arg(fk.table.displayName(), fk.columns.join(QStringLiteral(", ")),
                     fk.referenced.displayName()),
            tr("Each DELETE or key UPDATE on %1 scans %2 for referencing rows, and joins on the key cannot "
               "use "
               "an index.")
                .arg(fk.referenced.displayName(), fk.table.displayName()),
            QStringLiteral("CREATE INDEX CONCURRENTLY ON %1 (%2);")
                .arg(MigrationLinter::qualified(fk.table), quoted.join(QStringLiteral(", "))));
        if (!isNew(fk.table))
            m_result.checks << LiveCheck{LiveCheck::Kind::ForeignKeyIndex, fk.script, fk.statement, fk.table,
                                         fk.columns};
    }
    return m_result;
}

} // namespace

MigrationLinter::Result MigrationLinter::lint(const QList<MigrationScript>& scripts, int serverMajor)
{
    return Linter(scripts, serverMajor).run();
}

QString MigrationLinter::quoteIdent(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QSet<QString> reserved = {
        QStringLiteral("all"),        QStringLiteral("and"),      QStringLiteral("any"),
        QStringLiteral("as"),         QStringLiteral("asc"),      QStringLiteral("both"),
        QStringLiteral("case"),       QStringLiteral("check"),    QStringLiteral("column"),
        QStringLiteral("constraint"), QStringLiteral("create"),   QStringLiteral("default"),
        QStringLiteral("desc"),       QStringLiteral("distinct"), QStringLiteral("do"),
        QStringLiteral("else"),       QStringLiteral("end"),      QStringLiteral("for"),
        QStringLiteral("foreign"),    QStringLiteral("from"),     QStringLiteral("grant"),
        QStringLiteral("group"),      QStringLiteral("having"),   QStringLiteral("in"),
        QStringLiteral("limit"),      QStringLiteral("not"),      QStringLiteral("null"),
        QStringLiteral("offset"),     QStringLiteral("on"),       QStringLiteral("or"),
        QStringLiteral("order"),      QStringLiteral("primary"),  QStringLiteral("references"),
        QStringLiteral("select"),     QStringLiteral("table"),    QStringLiteral("then"),
        QStringLiteral("to"),         QStringLiteral("union"),    QStringLiteral("unique"),
        QStringLiteral("user"),       QStringLiteral("using"),    QStringLiteral("when"),
        QStringLiteral("where"),      QStringLiteral("with")};
    if (plain.match(name).hasMatch() && !reserved.contains(name))
        return name;
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString MigrationLinter::qualified(const TableLock& table)
{
    return table.schema.isEmpty() ? quoteIdent(table.name)
                                  : quoteIdent(table.schema) + QLatin1Char('.') + quoteIdent(table.name);
}

} // namespace sg
