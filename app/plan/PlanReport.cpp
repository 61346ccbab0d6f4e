// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace sg {

QString PlanReport::toText(const Plan& plan)
{
    QStringList out;
    const QLocale l = QLocale::c();
    if (plan.analyzed)
        out << tr("Execution %1 ms, planning %2 ms")
                   .arg(plan.executionMs, 0, 'f', 3)
                   .arg(plan.planningMs, 0, 'f', 3);
    else
        out << tr("Estimated plan (no ANALYZE): costs and row estimates only");
    for (const QString& w : plan.warnings)
        out << QStringLiteral("! ") + w;
    out << QString();
    for (const PlanNode& n : plan.nodes) {
        const QString indent(2 * n.depth, QLatin1Char(' '));
        QString head = indent;
        if (!n.subplanName.isEmpty())
            head += QLatin1Char('[') + n.subplanName + QStringLiteral("] ");
        head += n.title();
        QString figures;
        if (n.neverExecuted)
            figures = tr("never executed");
        else if (n.analyzed)
            figures = QStringLiteral("%1 ms incl, %2 ms excl (%3 %), rows %4 of %5 est%6, loops %7")
                          .arg(n.inclusiveMs, 0, 'f', 3)
                          .arg(n.exclusiveMs, 0, 'f', 3)
                          .arg(n.percentOfTotal, 0, 'f', 1)
                          .arg(l.toString(n.actualRows, 'f', 0), l.toString(n.planRows, 'f', 0))
                          .arg(n.misestimate >= 2 ? QStringLiteral(" (%1%2x)")
                                                        .arg(n.underestimated ? QStringLiteral("under ")
                                                                              : QStringLiteral("over "))
                                                        .arg(n.misestimate, 0, 'f', 0)
                                                  : QString())
                          .arg(l.toString(n.loops, 'f', 0));
        else
            figures = QStringLiteral("cost %1..%2, rows %3")
                          .arg(n.startupCost, 0, 'f', 2)
                          .arg(n.totalCost, 0, 'f', 2)
                          .arg(l.toString(n.planRows, 'f', 0));
        out << head + QStringLiteral("  — ") + figures;
        if (n.sharedHit + n.sharedRead + n.tempRead + n.tempWritten > 0)
            out << indent + QStringLiteral("    buffers: shared hit %1 read %2, temp read %3 written %4")
                                .arg(n.sharedHit)
                                .arg(n.sharedRead)
                                .arg(n.tempRead)
                                .arg(n.tempWritten);
        for (const QString& w : n.warnings)
            out << indent + QStringLiteral("    ! ") + w;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject PlanReport::toJson(const Plan& plan)
{
    QJsonArray nodes;
    for (const PlanNode& n : plan.nodes) {
        nodes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("parent"), n.parent},
                                 {QStringLiteral("depth"), n.depth},
                                 {QStringLiteral("node"), n.title()},
                                 {QStringLiteral("node_type"), n.nodeType},
                                 {QStringLiteral("relation"), n.relation},
                                 {QStringLiteral("index"), n.indexName},
                                 {QStringLiteral("subplan"), n.subplanName},
                                 {QStringLiteral("never_executed"), n.neverExecuted},
                                 {QStringLiteral("inclusive_ms"), n.inclusiveMs},
                                 {QStringLiteral("exclusive_ms"), n.exclusiveMs},
                                 {QStringLiteral("percent"), n.percentOfTotal},
                                 {QStringLiteral("total_cost"), n.totalCost},
                                 {QStringLiteral("plan_rows"), n.planRows},
                                 {QStringLiteral("actual_rows"), n.actualRows},
                                 {QStringLiteral("loops"), n.loops},
                                 {QStringLiteral("misestimate"), n.misestimate},
                                 {QStringLiteral("direction"), n.misestimate <= 1 ? QStringLiteral("exact")
                                                               : n.underestimated ? QStringLiteral("under")
                                                                                  : QStringLiteral("over")},
                                 {QStringLiteral("shared_hit"), n.sharedHit},
                                 {QStringLiteral("shared_read"), n.sharedRead},
                                 {QStringLiteral("temp_read"), n.tempRead},
                                 {QStringLiteral("temp_written"), n.tempWritten},
                                 {QStringLiteral("rows_removed_by_filter"), n.rowsRemovedByFilter},
                                 {QStringLiteral("heap_fetches"), n.heapFetches},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(n.warnings)}});
    }
    return QJsonObject{{QStringLiteral("analyzed"), plan.analyzed},
                       {QStringLiteral("planning_ms"), plan.planningMs},
                       {QStringLiteral("execution_ms"), plan.executionMs},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                       {QStringLiteral("nodes"), nodes}};
}

} // namespace sg
