// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIf.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace sg {

namespace {

QString unquote(const QString& quotedOrBare)
{
    if (quotedOrBare.startsWith(QLatin1Char('"')))
        return quotedOrBare.mid(1, quotedOrBare.size() - 2)
            .replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return quotedOrBare;
}

} // namespace

QString WhatIf::quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString WhatIf::Candidate::createSql() const
{
    QStringList cols;
    for (const QString& c : columns)
        cols << quoted(c);
    return QStringLiteral("CREATE INDEX ON %1.%2 (%3)")
        .arg(quoted(schema), quoted(table), cols.join(QStringLiteral(", ")));
}

QString WhatIf::Candidate::indexName() const
{
    // IF NOT EXISTS needs a name; one cut by the server (past 63 bytes) would not be the one shown.
    QString base = table + QLatin1Char('_') + columns.join(QLatin1Char('_'));
    while (base.toUtf8().size() > 59)
        base.chop(base.size() >= 2 && base.at(base.size() - 1).isLowSurrogate() ? 2 : 1);
    return base + QStringLiteral("_idx");
}

QString WhatIf::Candidate::realSql() const
{
    QStringList cols;
    for (const QString& c : columns)
        cols << quoted(c);
    return QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2.%3 (%4);")
        .arg(quoted(indexName()), quoted(schema), quoted(table), cols.join(QStringLiteral(", ")));
}

QStringList WhatIf::columnsOf(const QString& expression, const QString& alias)
{
    // alias.column with either side quoted; VERBOSE plans qualify every column.
    static const QRegularExpression ref(QStringLiteral(
        R"re(((?:"(?:[^"]|"")+")|[A-Za-z_][A-Za-z0-9_$]*)\.((?:"(?:[^"]|"")+")|[A-Za-z_][A-Za-z0-9_$]*)(\s*(=|<>|!=|<=|>=|<|>|~~|IS)?))re"));
    QStringList equality, other;
    auto it = ref.globalMatch(expression);
    while (it.hasNext()) {
        const auto m = it.next();
        if (unquote(m.captured(1)) != alias)
            continue;
        const QString column = unquote(m.captured(2));
        const QString op = m.captured(4);
        QStringList& bucket = op == QLatin1String("=") ? equality : other;
        if (!equality.contains(column) && !other.contains(column))
            bucket << column;
    }
    return equality + other;
}

QList<WhatIf::Candidate> WhatIf::candidates(const Plan& plan, int limit)
{
    struct Scored
    {
        Candidate c;
        double weight;
    };
    QList<Scored> found;
    QHash<QString, int> seen;
    const QLocale l;
    auto add = [&](Candidate c, double weight) {
        if (c.columns.isEmpty() || c.table.isEmpty())
            return;
        if (c.columns.size() > 3)
            c.columns = c.columns.mid(0, 3);
        const QString key = c.key();
        if (seen.contains(key)) {
            found[seen.value(key)].weight += weight;
            return;
        }
        seen.insert(key, int(found.size()));
        found.append({c, weight});
    };
    for (const PlanNode& n : plan.nodes) {
        const bool seqScan = n.nodeType.endsWith(QLatin1String("Seq Scan"));
        const bool filteredIndex = (n.nodeType.contains(QLatin1String("Index")) ||
                                    n.nodeType == QLatin1String("Bitmap Heap Scan")) &&
                                   n.rowsRemovedByFilter > n.actualRows;
        if ((!seqScan && !filteredIndex) || n.relation.isEmpty())
            continue;
        const QString schema = n.raw.value(QStringLiteral("Schema")).toString();
        const QString table = n.raw.value(QStringLiteral("Relation Name")).toString();
        const QString alias = n.alias.isEmpty() ? table : n.alias;
        const double weight = n.analyzed ? n.exclusiveMs + 0.001 : n.totalCost;
        // Its own filter.
        const QString filter = n.raw.value(QStringLiteral("Filter")).toString();
        if (!filter.isEmpty()) {
            Candidate c{schema, table, columnsOf(filter, alias), {}};
            c.reason =
                n.analyzed
                    ? tr("%1 reads %2 rows to keep %3: an index on the filtered columns reads only those.")
                          .arg(n.title(), l.toString(n.actualRows + n.rowsRemovedByFilter, 'f', 0),
                               l.toString(n.actualRows, 'f', 0))
                    : tr("%1 filters on these columns.").arg(n.title());
            add(c, weight);
        }
        // The join conditions of the joins above it that mention it, and the sorts above it: an
        // index in that order lets the plan skip the sort.
        for (int p = n.parent; p >= 0; p = plan.nodes.at(p).parent) {
            const PlanNode& j = plan.nodes.at(p);
            if (j.nodeType.endsWith(QLatin1String("Sort"))) {
                QStringList keys;
                for (const QJsonValue& k : j.raw.value(QStringLiteral("Sort Key")).toArray())
                    keys << k.toString();
                Candidate c{schema, table, columnsOf(keys.join(QStringLiteral(", ")), alias), {}};
                c.reason =
                    tr("%1 is sorted by these columns; an index in that order can return the rows sorted.")
                        .arg(n.title());
                add(c, j.analyzed ? j.exclusiveMs + 0.001 : j.totalCost - j.startupCost);
            }
            for (const char* key : {"Hash Cond", "Merge Cond", "Join Filter"}) {
                const QString cond = j.raw.value(QLatin1String(key)).toString();
                if (cond.isEmpty())
                    continue;
                Candidate c{schema, table, columnsOf(cond, alias), {}};
                if (j.nodeType == QLatin1String("Nested Loop") ||
                    j.raw.contains(QStringLiteral("Join Filter")))
                    c.reason = tr("%1 is joined on these columns; with an index the join can look rows up.")
                                   .arg(n.title());
                else
                    c.reason = tr("%1 is joined on these columns.").arg(n.title());
                add(c, weight * (n.loops > 1 ? n.loops : 1));
            }
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Scored& a, const Scored& b) { return a.weight > b.weight; });
    QList<Candidate> out;
    for (const Scored& s : found) {
        if (out.size() >= limit)
            break;
        out << s.c;
    }
    return out;
}

bool WhatIf::usesHypotheticalIndex(const Plan& plan)
{
    for (const PlanNode& n : plan.nodes) {
        if (n.indexName.startsWith(QLatin1Char('<')))
            return true;
    }
    return false;
}

} // namespace sg
