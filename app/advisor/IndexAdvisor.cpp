// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexAdvisor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sg {

namespace {

QList<int> ints(const QString& csv)
{
    QList<int> out;
    for (const QString& part : csv.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.toInt();
    return out;
}

struct Index
{
    int row = 0;
    QString schema, table, name, method, expressions, predicate, qualifiedIndex, qualifiedTable, columnNames;
    qint64 tableOid = 0, size = 0;
    bool partitioned = false, unique = false, primary = false, backsConstraint = false, valid = true;
    bool scansKnown = false;
    qint64 scans = 0;
    int keyCount = 0;
    QList<int> columns;   ///< key columns then INCLUDE columns; 0 = expression
    QList<int> opclasses; ///< one per key column

    QList<int> keys() const { return columns.mid(0, keyCount); }
    bool hasExpression() const { return !expressions.isEmpty(); }
    /// Everything that makes two indexes interchangeable, uniqueness aside.
    QString shape() const
    {
        QStringList c, o;
        for (int v : columns)
            c << QString::number(v);
        for (int v : opclasses)
            o << QString::number(v);
        return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
            .arg(tableOid)
            .arg(method, c.join(QLatin1Char(',')))
            .arg(keyCount)
            .arg(o.join(QLatin1Char(',')), expressions, predicate);
    }
    QString dropSql() const
    {
        // CONCURRENTLY does not lock out writes; partitioned indexes cannot be dropped that way.
        return partitioned ? QStringLiteral("DROP INDEX IF EXISTS %1;").arg(qualifiedIndex)
                           : QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(qualifiedIndex);
    }
    Finding finding(Finding::Kind kind, const QString& detail, const QString& sql) const
    {
        return Finding{kind, schema, table, name, detail, sql, size};
    }
};

Index parse(const ResultSet& rs, int r)
{
    auto v = [&](const char* c) { return rs.value(r, QString::fromLatin1(c)); };
    Index i;
    i.row = r;
    i.schema = v("schema").toString();
    i.table = v("table").toString();
    i.name = v("index").toString();
    i.method = v("method").toString();
    i.expressions = v("expressions").toString();
    i.predicate = v("predicate").toString();
    i.qualifiedIndex = v("qualified_index").toString();
    i.qualifiedTable = v("qualified_table").toString();
    i.columnNames = v("column_names").toString();
    i.tableOid = v("table_oid").toLongLong();
    i.size = v("size_bytes").toLongLong();
    i.partitioned = v("partitioned").toBool();
    i.unique = v("unique").toBool();
    i.primary = v("primary").toBool();
    i.backsConstraint = v("backs_constraint").toBool();
    i.valid = v("valid").toBool();
    i.scansKnown = !v("scans").isNull();
    i.scans = v("scans").toLongLong();
    i.keyCount = v("key_count").toInt();
    i.columns = ints(v("columns").toString());
    i.opclasses = ints(v("opclasses").toString());
    return i;
}

/// Which index of a duplicate group to keep: one backing a constraint, then unique, then the most used.
bool keepBefore(const Index& a, const Index& b)
{
    if (a.backsConstraint != b.backsConstraint)
        return a.backsConstraint;
    if (a.unique != b.unique)
        return a.unique;
    if (a.scans != b.scans)
        return a.scans > b.scans;
    return a.name < b.name;
}

} // namespace

QString IndexAdvisor::coverage(qint64 statsSinceMs, qint64 nowMs)
{
    const qint64 s = qMax<qint64>(0, (nowMs - statsSinceMs) / 1000);
    if (s < 120)
        return tr("%n second(s)", nullptr, int(s));
    if (s < 2 * 3600)
        return tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return tr("%n hour(s)", nullptr, int(s / 3600));
    return tr("%n day(s)", nullptr, int(s / 86400));
}

QList<Finding> IndexAdvisor::analyze(const ResultSet& indexes, const ResultSet& foreignKeys, qint64 statsSinceMs)
{
    QList<Index> all;
    for (int r = 0; r < indexes.rowCount(); ++r)
        all << parse(indexes, r);
    QHash<qint64, QList<int>> byTable; // table oid -> positions in all
    for (int i = 0; i < all.size(); ++i)
        byTable[all.at(i).tableOid] << i;

    // Which indexes serve each foreign key: valid, not partial, leading with exactly its columns.
    struct ForeignKeyCover
    {
        int row;
        QList<int> indexes;
    };
    QList<ForeignKeyCover> covers;
    for (int r = 0; r < foreignKeys.rowCount(); ++r) {
        const QList<int> cols = ints(foreignKeys.value(r, QStringLiteral("columns")).toString());
        const QSet<int> wanted(cols.begin(), cols.end());
        ForeignKeyCover c{r, {}};
        for (int j : byTable.value(foreignKeys.value(r, QStringLiteral("table_oid")).toLongLong())) {
            const Index& x = all.at(j);
            if (!x.valid || !x.predicate.isEmpty() || x.keyCount < cols.size())
                continue;
            const QList<int> lead = x.keys().mid(0, int(cols.size()));
            if (QSet<int>(lead.begin(), lead.end()) == wanted && !lead.contains(0))
                c.indexes << j;
        }
        covers << c;
    }

    // The advice must hold as a set: applying every fix shown must leave each foreign key with an
    // index and never drop an index that another finding says to keep.
    QSet<int> dropped, kept;
    auto needsFor = [&](int i) -> QString { // the foreign key that would lose its last index
        for (const ForeignKeyCover& c : std::as_const(covers)) {
            if (!c.indexes.contains(i))
                continue;
            const bool another = std::any_of(c.indexes.cbegin(), c.indexes.cend(),
                                             [&](int j) { return j != i && !dropped.contains(j); });
            if (!another)
                return foreignKeys.value(c.row, QStringLiteral("constraint_name")).toString();
        }
        return {};
    };

    QList<Finding> out;
    QSet<int> flagged; // one finding per index is enough: the strongest
    const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(statsSinceMs), QLocale::ShortFormat);

    // Invalid: a failed CREATE INDEX CONCURRENTLY leaves one behind; it costs writes and helps no read.
    for (int i = 0; i < all.size(); ++i) {
        const Index& x = all.at(i);
        if (x.valid)
            continue;
        flagged.insert(i);
        out << x.finding(Finding::Kind::InvalidIndex,
                         tr("Marked invalid (a failed CREATE INDEX CONCURRENTLY or REINDEX): it is maintained on "
                            "every write but never used. Rebuild it, or drop it if it is not wanted."),
                         QStringLiteral("REINDEX INDEX CONCURRENTLY %1;").arg(x.qualifiedIndex));
    }

    // Duplicates: the same shape and the same uniqueness.
    QHash<QString, QList<int>> groups;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).valid)
            groups[all.at(i).shape() + (all.at(i).unique ? QStringLiteral("|u") : QStringLiteral("|n"))] << i;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QList<int> members = *it;
        std::sort(members.begin(), members.end(), [&](int a, int b) { return keepBefore(all.at(a), all.at(b)); });
        const Index& keep = all.at(members.first());
        for (int m : members.mid(1)) {
            const Index& x = all.at(m);
            if (x.backsConstraint || flagged.contains(m))
                continue; // dropping it means dropping a constraint: not a statement to suggest blindly
            flagged.insert(m);
            dropped.insert(m);
            kept.insert(members.first());
            out << x.finding(Finding::Kind::DuplicateIndex,
                             tr("Same columns, operator classes, expressions, predicate and method as %1: "
                                "every write maintains both, reads use one.")
                                 .arg(keep.name),
                             x.dropSql());
        }
    }

    // Redundant: its key columns lead another index of the same method and predicate.
    for (int i = 0; i < all.size(); ++i) {
        const Index& a = all.at(i);
        if (flagged.contains(i) || kept.contains(i) || a.unique || a.backsConstraint || !a.valid ||
            a.hasExpression() || a.columns.size() != a.keyCount)
            continue;
        for (int j : byTable.value(a.tableOid)) {
            const Index& b = all.at(j);
            if (j == i || !b.valid || b.method != a.method || b.predicate != a.predicate || b.hasExpression())
                continue;
            const bool widerOrStricter = b.keyCount > a.keyCount || (b.keyCount == a.keyCount && b.unique);
            if (!widerOrStricter || b.keys().mid(0, a.keyCount) != a.keys()
                || b.opclasses.mid(0, a.keyCount) != a.opclasses || dropped.contains(j))
                continue;
            flagged.insert(i);
            dropped.insert(i);
            kept.insert(j);
            out << a.finding(Finding::Kind::RedundantIndex,
                             tr("Its columns (%1) lead %2 (%3), which serves the same lookups.")
                                 .arg(a.columnNames, b.name, b.columnNames),
                             a.dropSql());
            break;
        }
    }

    // Unused: not a single scan while statistics counted. Unique and constraint indexes work without
    // scans, and so does the last index behind a foreign key: the key's checks and cascades use it
    // (those lookups do not count as scans of this table's indexes in every case), and dropping it
    // would make every delete or key update in the referenced table scan this one.
    for (int i = 0; i < all.size(); ++i) {
        const Index& x = all.at(i);
        if (flagged.contains(i) || kept.contains(i) || !x.scansKnown || x.scans > 0 || x.unique ||
            x.backsConstraint || !x.valid || !needsFor(i).isEmpty())
            continue;
        dropped.insert(i);
        out << x.finding(Finding::Kind::UnusedIndex,
                         tr("No index scan since %1, when the usage statistics started (make sure that spans the "
                            "jobs that run rarely, month-end reports say, before dropping it).")
                             .arg(since),
                         x.dropSql());
    }

    // Foreign keys: some valid, non-partial index must start with exactly the key's columns, in any order.
    for (const ForeignKeyCover& c : std::as_const(covers)) {
        const int r = c.row;
        auto v = [&](const char* col) { return foreignKeys.value(r, QString::fromLatin1(col)); };
        if (!c.indexes.isEmpty())
            continue;
        const bool partitioned = v("partitioned").toBool();
        const QString create = partitioned ? QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3);")
                                           : QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);");
        const qint64 rows = v("table_rows").toLongLong();
        QString sql = create.arg(v("index_name").toString(), v("qualified_table").toString(),
                                 v("quoted_columns").toString());
        if (partitioned)
            sql.prepend(tr("-- A partitioned table cannot be indexed CONCURRENTLY: this locks out writes while it "
                           "builds.\n"));
        out << Finding{Finding::Kind::UnindexedForeignKey,
                       v("schema").toString(),
                       v("table").toString(),
                       v("constraint_name").toString(),
                       (rows > 0 ? tr("FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these "
                                      "columns, so joins on them and every delete or key update in %2 scan this "
                                      "table (about %n row(s)).",
                                      nullptr, int(qMin<qint64>(rows, INT_MAX)))
                                 : tr("FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these "
                                      "columns, so joins on them and every delete or key update in %2 scan this "
                                      "table (its size is not known before its first ANALYZE)."))
                           .arg(v("column_names").toString(), v("referenced").toString(), v("on_delete").toString()),
                       sql,
                       0};
    }
    return out;
}

} // namespace sg
