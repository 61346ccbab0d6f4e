// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDiff.h"

#include <QCoreApplication>
#include <QLocale>

namespace sg {

namespace {

// lupdate loses the class context inside this file's templates, so strings name theirs explicitly.
/// What a node reads, for matching: its table (and alias), else nothing.
QString target(const PlanNode& n)
{
    return n.relation.isEmpty() ? QString() : n.relation + QLatin1Char(' ') + n.alias;
}

QString kind(const PlanNode& n)
{
    QString t = n.title();
    const qsizetype on = t.indexOf(QLatin1String(" on "));
    const qsizetype using_ = t.indexOf(QLatin1String(" using "));
    qsizetype cut = t.size();
    if (on > 0)
        cut = qMin(cut, on);
    if (using_ > 0)
        cut = qMin(cut, using_);
    return t.left(cut);
}

QStringList leafTables(const Plan& p)
{
    QStringList out;
    for (const PlanNode& n : p.nodes) {
        if (!n.relation.isEmpty())
            out << n.relation + (n.alias.isEmpty() || n.relation.endsWith(n.alias)
                                     ? QString()
                                     : QLatin1Char(' ') + n.alias);
    }
    return out;
}

struct Walker
{
    const Plan& a;
    const Plan& b;
    QList<PlanDiff::Row>& rows;

    PlanDiff::Row row(int x, int y, int depth) const
    {
        PlanDiff::Row r;
        r.before = x;
        r.after = y;
        r.depth = depth;
        if (x >= 0) {
            const PlanNode& n = a.nodes.at(x);
            r.msBefore = n.exclusiveMs;
            r.buffersBefore = n.sharedHit + n.sharedRead;
            r.costBefore = n.totalCost;
        }
        if (y >= 0) {
            const PlanNode& n = b.nodes.at(y);
            r.msAfter = n.exclusiveMs;
            r.buffersAfter = n.sharedHit + n.sharedRead;
            r.costAfter = n.totalCost;
        }
        if (x < 0)
            r.change = QCoreApplication::translate("sg::PlanDiff", "only after");
        else if (y < 0)
            r.change = QCoreApplication::translate("sg::PlanDiff", "only before");
        else if (kind(a.nodes.at(x)) != kind(b.nodes.at(y)))
            r.change = kind(a.nodes.at(x)) + QStringLiteral(" → ") + kind(b.nodes.at(y));
        else if (a.nodes.at(x).indexName != b.nodes.at(y).indexName)
            r.change = QCoreApplication::translate("sg::PlanDiff", "index %1 → %2")
                           .arg(a.nodes.at(x).indexName, b.nodes.at(y).indexName);
        return r;
    }

    /// Everything under a node that has no partner.
    void alone(const Plan& p, int id, bool isBefore, int depth)
    {
        rows << (isBefore ? row(id, -1, depth) : row(-1, id, depth));
        for (int c : p.nodes.at(id).children)
            alone(p, c, isBefore, depth + 1);
    }

    void walk(int x, int y, int depth)
    {
        rows << row(x, y, depth);
        const QList<int> left = a.nodes.at(x).children, right = b.nodes.at(y).children;
        QList<bool> taken(right.size(), false);
        QList<int> partner(left.size(), -1);
        // First by the table they read, then by kind, then by position: a scan that became an
        // index scan of the same table stays paired.
        for (int pass = 0; pass < 3; ++pass) {
            for (int i = 0; i < left.size(); ++i) {
                if (partner.at(i) >= 0)
                    continue;
                for (int j = 0; j < right.size(); ++j) {
                    if (taken.at(j))
                        continue;
                    const PlanNode& l = a.nodes.at(left.at(i));
                    const PlanNode& r = b.nodes.at(right.at(j));
                    const bool match = pass == 0 ? !target(l).isEmpty() && target(l) == target(r)
                                       : pass == 1
                                           ? target(l).isEmpty() && target(r).isEmpty() && kind(l) == kind(r)
                                           : i == j;
                    if (match) {
                        partner[i] = j;
                        taken[j] = true;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < left.size(); ++i) {
            if (partner.at(i) >= 0)
                walk(left.at(i), right.at(partner.at(i)), depth + 1);
            else
                alone(a, left.at(i), true, depth + 1);
        }
        for (int j = 0; j < right.size(); ++j) {
            if (!taken.at(j))
                alone(b, right.at(j), false, depth + 1);
        }
    }
};

} // namespace

PlanDiff::Result PlanDiff::compare(const Plan& before, const Plan& after)
{
    Result r;
    if (before.isEmpty() || after.isEmpty())
        return r;
    Walker{before, after, r.rows}.walk(0, 0, 0);
    r.tablesBefore = leafTables(before);
    r.tablesAfter = leafTables(after);
    r.joinOrderChanged =
        r.tablesBefore != r.tablesAfter && QSet<QString>(r.tablesBefore.begin(), r.tablesBefore.end()) ==
                                               QSet<QString>(r.tablesAfter.begin(), r.tablesAfter.end());
    const QLocale l;
    int changed = 0;
    for (const Row& row : r.rows)
        changed += row.change.isEmpty() ? 0 : 1;
    if (before.analyzed && after.analyzed)
        r.summary =
            QCoreApplication::translate("sg::PlanDiff", "Execution %1 ms → %2 ms (%3 %).")
                .arg(l.toString(before.executionMs, 'f', 3), l.toString(after.executionMs, 'f', 3))
                .arg(l.toString(before.executionMs > 0
                                    ? 100.0 * (after.executionMs - before.executionMs) / before.executionMs
                                    : 0,
                                'f', 1));
    else
        r.summary = QCoreApplication::translate("sg::PlanDiff", "Cost %1 → %2.")
                        .arg(l.toString(before.nodes.first().totalCost, 'f', 2),
                             l.toString(after.nodes.first().totalCost, 'f', 2));
    r.summary += QLatin1Char(' ') +
                 QCoreApplication::translate("sg::PlanDiff", "%n node(s) changed.", nullptr, changed);
    if (r.joinOrderChanged)
        r.summary +=
            QLatin1Char(' ') +
            QCoreApplication::translate("sg::PlanDiff", "Join order changed: %1 → %2.")
                .arg(r.tablesBefore.join(QStringLiteral(", ")), r.tablesAfter.join(QStringLiteral(", ")));
    return r;
}

} // namespace sg
