// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlClassifier.h"

#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>

#include <pg_query.h>

#include <algorithm>

namespace sg {

namespace {

QString str(const QJsonValue& v)
{
    return v.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString();
}

// A RangeVar as a field value ({"relname": …}) or a list item ({"RangeVar": {…}}).
TableLock rangeVar(const QJsonValue& value, LockMode mode)
{
    QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("RangeVar")))
        o = o.value(QLatin1String("RangeVar")).toObject();
    TableLock t;
    t.schema = o.value(QLatin1String("schemaname")).toString();
    t.name = o.value(QLatin1String("relname")).toString();
    t.mode = mode;
    return t;
}

// DROP's object names: [{"List":{"items":[{"String":…},…]}}], the last item the name.
TableLock qualifiedName(const QJsonValue& value, LockMode mode)
{
    const QJsonArray items = value.toObject().value(QLatin1String("List")).toObject().value(QLatin1String("items")).toArray();
    TableLock t;
    t.mode = mode;
    if (!items.isEmpty())
        t.name = str(items.last());
    if (items.size() >= 2)
        t.schema = str(items.at(items.size() - 2));
    return t;
}

bool hasOption(const QJsonArray& options, const char* name)
{
    return std::any_of(options.begin(), options.end(), [&](const QJsonValue& v) {
        return v.toObject().value(QLatin1String("DefElem")).toObject().value(QLatin1String("defname")).toString() ==
               QLatin1String(name);
    });
}

// Every RangeVar anywhere under a node (the tables a query reads or writes).
void collectRangeVars(const QJsonValue& v, LockMode mode, QList<TableLock>* out)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectRangeVars(item, mode, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("relname")) && o.contains(QLatin1String("relpersistence"))) {
            out->append(rangeVar(o, mode));
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            collectRangeVars(it.value(), mode, out);
    }
}

// The lock one ALTER TABLE subcommand takes on its table (AlterTableGetLockLevel in tablecmds.c).
LockMode alterTableLock(const QJsonObject& cmd, QList<TableLock>* referenced)
{
    const QString sub = cmd.value(QLatin1String("subtype")).toString();
    const QJsonObject def = cmd.value(QLatin1String("def")).toObject();
    static const QStringList shareUpdate = {
        QStringLiteral("AT_SetStatistics"),   QStringLiteral("AT_ClusterOn"),
        QStringLiteral("AT_DropCluster"),     QStringLiteral("AT_SetRelOptions"),
        QStringLiteral("AT_ResetRelOptions"), QStringLiteral("AT_ValidateConstraint"),
        QStringLiteral("AT_AttachPartition"), QStringLiteral("AT_SetCompression")};
    static const QStringList trigger = {
        QStringLiteral("AT_EnableTrig"),       QStringLiteral("AT_EnableAlwaysTrig"),
        QStringLiteral("AT_EnableReplicaTrig"), QStringLiteral("AT_DisableTrig"),
        QStringLiteral("AT_EnableTrigAll"),    QStringLiteral("AT_DisableTrigAll"),
        QStringLiteral("AT_EnableTrigUser"),   QStringLiteral("AT_DisableTrigUser")};
    if (shareUpdate.contains(sub))
        return LockMode::ShareUpdateExclusive;
    if (trigger.contains(sub))
        return LockMode::ShareRowExclusive;
    if (sub == QLatin1String("AT_DetachPartition") && cmd.value(QLatin1String("def")).toObject()
                                                          .value(QLatin1String("PartitionCmd")).toObject()
                                                          .value(QLatin1String("concurrent")).toBool())
        return LockMode::ShareUpdateExclusive;
    // Foreign keys lock the referenced table too.
    QList<QJsonObject> constraints;
    if (def.contains(QLatin1String("Constraint")))
        constraints << def.value(QLatin1String("Constraint")).toObject();
    for (const QJsonValue& c : def.value(QLatin1String("ColumnDef")).toObject().value(QLatin1String("constraints")).toArray())
        constraints << c.toObject().value(QLatin1String("Constraint")).toObject();
    bool onlyForeignKey = sub == QLatin1String("AT_AddConstraint");
    for (const QJsonObject& c : constraints) {
        if (c.value(QLatin1String("contype")).toString() == QLatin1String("CONSTR_FOREIGN"))
            referenced->append(rangeVar(c.value(QLatin1String("pktable")), LockMode::ShareRowExclusive));
        else
            onlyForeignKey = false;
    }
    if (onlyForeignKey && !constraints.isEmpty())
        return LockMode::ShareRowExclusive;
    return LockMode::AccessExclusive;
}

QString labelFromText(const QString& text)
{
    // The leading keywords, as the server's command tag would say them.
    QStringList words;
    for (const QString& w : text.simplified().split(QLatin1Char(' '))) {
        if (words.size() == 3 || w.isEmpty() || !w.at(0).isLetter())
            break;
        words << w.toUpper();
        if (words.size() >= 2 && !QStringList{QStringLiteral("CREATE"), QStringLiteral("ALTER"),
                                                QStringLiteral("DROP"), QStringLiteral("OR"),
                                                QStringLiteral("REPLACE"), QStringLiteral("UNIQUE")}
                                      .contains(words.last()))
            break;
    }
    return words.join(QLatin1Char(' '));
}

// Labels where the first words of the text say too little or too much.
QString labelFromNode(const QString& type, const QJsonObject& n)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
        {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
        {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
        {QStringLiteral("CopyStmt"), QStringLiteral("COPY")},
        {QStringLiteral("SelectStmt"), QStringLiteral("SELECT")},
        {QStringLiteral("CreateFunctionStmt"), QStringLiteral("CREATE FUNCTION")},
        {QStringLiteral("CreateStmt"), QStringLiteral("CREATE TABLE")},
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE VIEW")},
        {QStringLiteral("CreateTrigStmt"), QStringLiteral("CREATE TRIGGER")},
        {QStringLiteral("AlterTableStmt"), QStringLiteral("ALTER TABLE")},
        {QStringLiteral("DoStmt"), QStringLiteral("DO")},
    };
    if (type == QLatin1String("VariableSetStmt"))
        return QStringLiteral("SET ") + n.value(QLatin1String("name")).toString();
    if (type == QLatin1String("DropStmt")) {
        QString what = n.value(QLatin1String("removeType")).toString().mid(7).toUpper(); // OBJECT_INDEX
        what.replace(QLatin1Char('_'), QLatin1Char(' '));
        return QStringLiteral("DROP ") + what + (n.value(QLatin1String("concurrent")).toBool() ? QStringLiteral(" CONCURRENTLY") : QString());
    }
    return labels.value(type);
}

void describe(StatementInfo& s)
{
    const QString& t = s.nodeType;
    const QJsonObject& n = s.node;
    const bool concurrent = n.value(QLatin1String("concurrent")).toBool();
    s.label = labelFromNode(t, n);
    if (s.label.isEmpty())
        s.label = labelFromText(s.text);
    if (t == QLatin1String("IndexStmt")) {
        s.locks << rangeVar(n.value(QLatin1String("relation")),
                            concurrent ? LockMode::ShareUpdateExclusive : LockMode::Share);
        s.transactional = !concurrent;
        s.label = concurrent ? QStringLiteral("CREATE INDEX CONCURRENTLY") : QStringLiteral("CREATE INDEX");
    } else if (t == QLatin1String("DropStmt")) {
        const QString type = n.value(QLatin1String("removeType")).toString();
        const bool index = type == QLatin1String("OBJECT_INDEX");
        if (index || type == QLatin1String("OBJECT_TABLE") || type == QLatin1String("OBJECT_VIEW") ||
            type == QLatin1String("OBJECT_MATVIEW") || type == QLatin1String("OBJECT_SEQUENCE")) {
            for (const QJsonValue& o : n.value(QLatin1String("objects")).toArray()) {
                TableLock l = qualifiedName(o, index && concurrent ? LockMode::ShareUpdateExclusive
                                                                    : LockMode::AccessExclusive);
                l.isIndex = index;
                s.locks << l;
            }
        }
        s.transactional = !concurrent;
    } else if (t == QLatin1String("AlterTableStmt")) {
        const TableLock target = rangeVar(n.value(QLatin1String("relation")), LockMode::None);
        TableLock strongest = target;
        QList<TableLock> referenced;
        for (const QJsonValue& c : n.value(QLatin1String("cmds")).toArray())
            strongest.mode = std::max(strongest.mode,
                                      alterTableLock(c.toObject().value(QLatin1String("AlterTableCmd")).toObject(), &referenced));
        strongest.isIndex = n.value(QLatin1String("objtype")).toString() == QLatin1String("OBJECT_INDEX");
        s.locks << strongest << referenced;
    } else if (t == QLatin1String("RenameStmt")) {
        if (n.contains(QLatin1String("relation"))) {
            const bool index = n.value(QLatin1String("renameType")).toString() == QLatin1String("OBJECT_INDEX");
            TableLock l = rangeVar(n.value(QLatin1String("relation")),
                                   index ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive);
            l.isIndex = index;
            s.locks << l;
        }
    } else if (t == QLatin1String("CreateStmt")) {
        // The new table needs no lock anyone waits for; tables its foreign keys reference do.
        s.createdTable = rangeVar(n.value(QLatin1String("relation")), LockMode::None).displayName();
        QList<TableLock> all;
        for (const QJsonValue& e : n.value(QLatin1String("tableElts")).toArray()) {
            const QJsonObject col = e.toObject().value(QLatin1String("ColumnDef")).toObject();
            QJsonArray cons = col.value(QLatin1String("constraints")).toArray();
            if (e.toObject().contains(QLatin1String("Constraint")))
                cons.append(e);
            for (const QJsonValue& c : cons) {
                const QJsonObject co = c.toObject().value(QLatin1String("Constraint")).toObject();
                if (co.value(QLatin1String("contype")).toString() == QLatin1String("CONSTR_FOREIGN"))
                    s.locks << rangeVar(co.value(QLatin1String("pktable")), LockMode::ShareRowExclusive);
            }
        }
        for (const QJsonValue& parent : n.value(QLatin1String("inhRelations")).toArray())
            s.locks << rangeVar(parent, n.contains(QLatin1String("partbound")) ? LockMode::AccessExclusive
                                                                                : LockMode::ShareUpdateExclusive);
    } else if (t == QLatin1String("TruncateStmt")) {
        for (const QJsonValue& r : n.value(QLatin1String("relations")).toArray())
            s.locks << rangeVar(r, LockMode::AccessExclusive);
    } else if (t == QLatin1String("VacuumStmt")) {
        const bool vacuum = n.value(QLatin1String("is_vacuumcmd")).toBool();
        const bool full = hasOption(n.value(QLatin1String("options")).toArray(), "full");
        for (const QJsonValue& r : n.value(QLatin1String("rels")).toArray())
            s.locks << rangeVar(r.toObject().value(QLatin1String("VacuumRelation")).toObject().value(QLatin1String("relation")),
                                full ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive);
        s.transactional = !vacuum;
        s.label = vacuum ? (full ? QStringLiteral("VACUUM FULL") : QStringLiteral("VACUUM")) : QStringLiteral("ANALYZE");
    } else if (t == QLatin1String("ClusterStmt")) {
        if (n.contains(QLatin1String("relation")))
            s.locks << rangeVar(n.value(QLatin1String("relation")), LockMode::AccessExclusive);
        else
            s.transactional = false; // CLUSTER without a table runs over the whole database
    } else if (t == QLatin1String("ReindexStmt")) {
        const bool conc = hasOption(n.value(QLatin1String("params")).toArray(), "concurrently");
        const QString kind = n.value(QLatin1String("kind")).toString();
        if (n.contains(QLatin1String("relation"))) {
            TableLock l = rangeVar(n.value(QLatin1String("relation")), conc ? LockMode::ShareUpdateExclusive
                                                                            : LockMode::Share);
            l.isIndex = kind == QLatin1String("REINDEX_OBJECT_INDEX");
            if (l.isIndex && !conc)
                l.mode = LockMode::AccessExclusive;
            s.locks << l;
        }
        s.transactional = !conc && n.contains(QLatin1String("relation"));
        s.label = conc ? QStringLiteral("REINDEX CONCURRENTLY") : QStringLiteral("REINDEX");
    } else if (t == QLatin1String("CreateTrigStmt")) {
        s.locks << rangeVar(n.value(QLatin1String("relation")), LockMode::ShareRowExclusive);
    } else if (t == QLatin1String("InsertStmt") || t == QLatin1String("UpdateStmt") ||
               t == QLatin1String("DeleteStmt") || t == QLatin1String("MergeStmt")) {
        s.locks << rangeVar(n.value(QLatin1String("relation")), LockMode::RowExclusive);
    } else if (t == QLatin1String("SelectStmt")) {
        collectRangeVars(n, LockMode::AccessShare, &s.locks);
    } else if (t == QLatin1String("LockStmt")) {
        for (const QJsonValue& r : n.value(QLatin1String("relations")).toArray())
            s.locks << rangeVar(r, lockmode::fromNumber(n.value(QLatin1String("mode")).toInt()));
    } else if (t == QLatin1String("RefreshMatViewStmt")) {
        s.locks << rangeVar(n.value(QLatin1String("relation")),
                            concurrent ? LockMode::Exclusive : LockMode::AccessExclusive);
    } else if (t == QLatin1String("ViewStmt") && n.value(QLatin1String("replace")).toBool()) {
        s.locks << rangeVar(n.value(QLatin1String("view")), LockMode::AccessExclusive);
    } else if (t == QLatin1String("TransactionStmt")) {
        s.transactionControl = true;
    } else if (t == QLatin1String("AlterSystemStmt") || t == QLatin1String("CreatedbStmt") ||
               t == QLatin1String("DropdbStmt") || t == QLatin1String("CreateTableSpaceStmt") ||
               t == QLatin1String("DropTableSpaceStmt") || t == QLatin1String("CreateSubscriptionStmt") ||
               t == QLatin1String("DropSubscriptionStmt")) {
        s.transactional = false;
    }
    // One entry per object, its strongest lock, strongest first.
    QList<TableLock> merged;
    for (const TableLock& l : std::as_const(s.locks)) {
        if (l.name.isEmpty())
            continue;
        auto same = std::find_if(merged.begin(), merged.end(), [&](const TableLock& m) {
            return m.name == l.name && m.schema == l.schema;
        });
        if (same == merged.end())
            merged << l;
        else
            same->mode = std::max(same->mode, l.mode);
    }
    std::stable_sort(merged.begin(), merged.end(), [](const TableLock& a, const TableLock& b) { return a.mode > b.mode; });
    s.locks = merged;
}

} // namespace

LockMode StatementInfo::strongestLock() const
{
    return locks.isEmpty() ? LockMode::None : locks.first().mode;
}

StatementInfo SqlClassifier::classify(const QString& statement)
{
    StatementInfo s;
    s.text = statement;
    const QByteArray utf8 = statement.toUtf8();
    PgQueryParseResult r = pg_query_parse(utf8.constData());
    if (r.error) {
        s.parseError = QString::fromUtf8(r.error->message);
        const int pos = r.error->cursorpos; // 1-based, in bytes
        s.errorOffset = pos > 0 ? int(QString::fromUtf8(utf8.left(pos - 1)).size()) : -1;
        s.label = labelFromText(statement);
    } else {
        const QJsonArray stmts =
            QJsonDocument::fromJson(QByteArray(r.parse_tree)).object().value(QLatin1String("stmts")).toArray();
        if (stmts.size() > 1) {
            // The splitter hands over one statement; more means it saw something the grammar reads differently.
            s.parseError = QStringLiteral("the parser read %1 statements here").arg(stmts.size());
        }
        const QJsonObject stmt = stmts.first().toObject().value(QLatin1String("stmt")).toObject();
        if (!stmt.isEmpty()) {
            s.nodeType = stmt.begin().key();
            s.node = stmt.begin().value().toObject();
        }
        describe(s);
    }
    pg_query_free_parse_result(r);
    return s;
}

} // namespace sg
