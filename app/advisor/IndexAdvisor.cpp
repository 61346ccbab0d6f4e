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

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sg::IndexAdvisor", text, disambiguation, n);
}

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
        if (flagged.contains(i) || a.unique || a.backsConstraint || !a.valid || a.hasExpression()
            || a.columns.size() != a.keyCount)
            continue;
        for (int j : byTable.value(a.tableOid)) {
            const Index& b = all.at(j);
            if (j == i || !b.valid || b.method != a.method || b.predicate != a.predicate || b.hasExpression())
                continue;
            const bool widerOrStricter = b.keyCount > a.keyCount || (b.keyCount == a.keyCount && b.unique);
            if (!widerOrStricter || b.keys().mid(0, a.keyCount) != a.keys()
                || b.opclasses.mid(0, a.keyCount) != a.opclasses)
                continue;
            flagged.insert(i);
            out << a.finding(Finding::Kind::RedundantIndex,
                             tr("Its columns (%1) lead %2 (%3), which serves the same lookups.")
                                 .arg(a.columnNames, b.name, b.columnNames),
                             a.dropSql());
            break;
        }
    }

    // Unused: not a single scan while statistics counted. Unique and constraint indexes work without scans.
    for (int i = 0; i < all.size(); ++i) {
        const Index& x = all.at(i);
        if (flagged.contains(i) || !x.scansKnown || x.scans > 0 || x.unique || x.backsConstraint || !x.valid)
            continue;
        out << x.finding(Finding::Kind::UnusedIndex,
                         tr("No index scan since %1, when the usage statistics started (make sure that spans the "
                            "jobs that run rarely, month-end reports say, before dropping it).")
                             .arg(since),
                         x.dropSql());
    }

    // Foreign keys: some valid, non-partial index must start with exactly the key's columns, in any order.
    for (int r = 0; r < foreignKeys.rowCount(); ++r) {
        auto v = [&](const char* c) { return foreignKeys.value(r, QString::fromLatin1(c)); };
        const QList<int> cols = ints(v("columns").toString());
        const QSet<int> wanted(cols.begin(), cols.end());
        bool covered = false;
        for (int j : byTable.value(v("table_oid").toLongLong())) {
            const Index& x = all.at(j);
            if (!x.valid || !x.predicate.isEmpty() || x.keyCount < cols.size())
                continue;
            const QList<int> lead = x.keys().mid(0, int(cols.size()));
            if (QSet<int>(lead.begin(), lead.end()) == wanted && !lead.contains(0)) {
                covered = true;
                break;
            }
        }
        if (covered)
            continue;
        const bool partitioned = v("partitioned").toBool();
        const QString create = partitioned ? QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3);")
                                           : QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);");
        QString sql = create.arg(v("index_name").toString(), v("qualified_table").toString(),
                                 v("quoted_columns").toString());
        if (partitioned)
            sql.prepend(tr("-- A partitioned table cannot be indexed CONCURRENTLY: this locks out writes while it "
                           "builds.\n"));
        out << Finding{Finding::Kind::UnindexedForeignKey,
                       v("schema").toString(),
                       v("table").toString(),
                       v("constraint_name").toString(),
                       tr("FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these columns, so "
                          "joins on them and every delete or key update in %2 scan the %n row(s) of this table.",
                          nullptr, int(qMin<qint64>(v("table_rows").toLongLong(), INT_MAX)))
                           .arg(v("column_names").toString(), v("referenced").toString(), v("on_delete").toString()),
                       sql,
                       0};
    }
    return out;
}

} // namespace sg
