// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sg {

namespace {

// The signature of QObject::tr, so that lupdate sees the plural forms of calls with a count.
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

/// A figure from the plan, kept finite and within ±1e15 so that every later conversion to an
/// integer is defined behaviour (plans come from files and logs, and can be anything).
double num(const QJsonObject& o, const char* key)
{
    const double v = o.value(QLatin1String(key)).toDouble();
    return std::isfinite(v) ? std::clamp(v, -1e15, 1e15) : 0.0;
}

qint64 integer(const QJsonObject& o, const char* key)
{
    return qint64(num(o, key));
}

/// A small count (width, workers, batches).
int count(const QJsonObject& o, const char* key)
{
    return int(std::clamp(num(o, key), 0.0, 1e9));
}

PlanNode readNode(const QJsonObject& o)
{
    PlanNode n;
    n.raw = o;
    n.nodeType = str(o, "Node Type");
    const QString schema = str(o, "Schema"), rel = str(o, "Relation Name");
    n.relation = schema.isEmpty() || rel.isEmpty() ? rel : schema + QLatin1Char('.') + rel;
    n.alias = str(o, "Alias");
    n.indexName = str(o, "Index Name");
    n.joinType = str(o, "Join Type");
    n.strategy = str(o, "Strategy");
    n.parentRelationship = str(o, "Parent Relationship");
    n.subplanName = str(o, "Subplan Name");
    n.cteName = str(o, "CTE Name");
    n.parallelAware = o.value(QLatin1String("Parallel Aware")).toBool();
    n.startupCost = num(o, "Startup Cost");
    n.totalCost = num(o, "Total Cost");
    n.planRows = num(o, "Plan Rows");
    n.planWidth = count(o, "Plan Width");
    n.analyzed = o.contains(QLatin1String("Actual Loops"));
    n.loops = num(o, "Actual Loops");
    n.neverExecuted = n.analyzed && n.loops == 0;
    n.actualStartupMs = num(o, "Actual Startup Time");
    n.actualTotalMs = num(o, "Actual Total Time");
    n.actualRows = num(o, "Actual Rows");
    n.workersPlanned = count(o, "Workers Planned");
    n.workersLaunched = count(o, "Workers Launched");
    n.sharedHit = integer(o, "Shared Hit Blocks");
    n.sharedRead = integer(o, "Shared Read Blocks");
    n.sharedDirtied = integer(o, "Shared Dirtied Blocks");
    n.sharedWritten = integer(o, "Shared Written Blocks");
    n.localHit = integer(o, "Local Hit Blocks");
    n.localRead = integer(o, "Local Read Blocks");
    n.tempRead = integer(o, "Temp Read Blocks");
    n.tempWritten = integer(o, "Temp Written Blocks");
    // 17 split the I/O times by kind; before, one pair covered shared and local blocks.
    n.ioReadMs = num(o, "I/O Read Time") + num(o, "Shared I/O Read Time") + num(o, "Local I/O Read Time");
    n.ioWriteMs = num(o, "I/O Write Time") + num(o, "Shared I/O Write Time") + num(o, "Local I/O Write Time");
    n.rowsRemovedByFilter = num(o, "Rows Removed by Filter");
    n.rowsRemovedByJoinFilter = num(o, "Rows Removed by Join Filter");
    n.rowsRemovedByRecheck = num(o, "Rows Removed by Index Recheck");
    n.heapFetches = num(o, "Heap Fetches");
    n.sortMethod = str(o, "Sort Method");
    n.sortSpaceType = str(o, "Sort Space Type");
    n.sortSpaceKb = integer(o, "Sort Space Used");
    n.hashBatches = count(o, "Hash Batches");
    n.originalHashBatches = count(o, "Original Hash Batches");
    return n;
}

/// psql's aligned output of a one-column result: drop the header, the rule and the row count,
/// and the "+" that marks a continued line.
QString stripPsqlDecoration(const QString& text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t == QLatin1String("QUERY PLAN") ||
            (t.startsWith(QLatin1String("---")) && !t.contains(QLatin1Char('{'))) ||
            (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1String("row)"))) ||
            (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1String("rows)"))))
            continue;
        if (line.endsWith(QLatin1Char('+')))
            line.chop(1);
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QString fmtMs(double ms)
{
    return QString::number(ms, 'f', 3);
}

} // namespace

QString PlanNode::title() const
{
    QString name = nodeType;
    if (nodeType == QLatin1String("ModifyTable") && raw.contains(QLatin1String("Operation")))
        name = raw.value(QLatin1String("Operation")).toString(); // "Update on t", as psql says
    if (nodeType == QLatin1String("Aggregate")) {
        if (strategy == QLatin1String("Hashed"))
            name = QStringLiteral("HashAggregate");
        else if (strategy == QLatin1String("Sorted"))
            name = QStringLiteral("GroupAggregate");
        else if (strategy == QLatin1String("Mixed"))
            name = QStringLiteral("MixedAggregate");
        // A parallel aggregate runs in two steps; psql names them, and so must we.
        const QString mode = raw.value(QLatin1String("Partial Mode")).toString();
        if (mode == QLatin1String("Partial") || mode == QLatin1String("Finalize"))
            name = mode + QLatin1Char(' ') + name;
    }
    if (!joinType.isEmpty() && joinType != QLatin1String("Inner")) {
        if (name.endsWith(QLatin1String(" Join")))
            name = name.chopped(5) + QLatin1Char(' ') + joinType + QStringLiteral(" Join");
        else if (name == QLatin1String("Nested Loop"))
            name += QLatin1Char(' ') + joinType + QStringLiteral(" Join");
    }
    if (parallelAware)
        name = QStringLiteral("Parallel ") + name;
    if (!indexName.isEmpty())
        name += QStringLiteral(" using ") + indexName;
    if (!relation.isEmpty()) {
        name += QStringLiteral(" on ") + relation;
        const QString bare = relation.section(QLatin1Char('.'), -1);
        if (!alias.isEmpty() && alias != bare)
            name += QLatin1Char(' ') + alias;
    } else if (!cteName.isEmpty()) {
        name += QStringLiteral(" on ") + cteName;
        if (!alias.isEmpty() && alias != cteName)
            name += QLatin1Char(' ') + alias;
    } else if (!alias.isEmpty() && (nodeType.contains(QLatin1String("Scan")))) {
        name += QStringLiteral(" on ") + alias;
    }
    return name;
}

std::optional<Plan> Plan::parse(const QString& input, QString* error)
{
    QString text = input;
    if (!text.trimmed().startsWith(QLatin1Char('[')) && !text.trimmed().startsWith(QLatin1Char('{')))
        text = stripPsqlDecoration(text);
    const qsizetype first = text.indexOf(QRegularExpression(QStringLiteral("[\\[{]")));
    if (first < 0) {
        if (error)
            *error =
                tr("No JSON plan found: run EXPLAIN (FORMAT JSON) or set auto_explain.log_format = json.");
        return std::nullopt;
    }
    const QChar closing = text.at(first) == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('}');
    const qsizetype last = text.lastIndexOf(closing);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.mid(first, last - first + 1).toUtf8(), &pe);
    if (doc.isNull()) {
        if (error)
            *error =
                tr("The plan is not valid JSON: %1 (at character %2).").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    QJsonObject top;
    if (doc.isArray()) {
        if (doc.array().isEmpty() || !doc.array().first().isObject()) {
            if (error)
                *error = tr("The JSON is an array but holds no plan object.");
            return std::nullopt;
        }
        top = doc.array().first().toObject();
    } else {
        top = doc.object();
    }
    return fromJson(top, error);
}

std::optional<Plan> Plan::fromJson(const QJsonObject& top, QString* error)
{
    const QJsonValue rootValue = top.value(QLatin1String("Plan"));
    if (!rootValue.isObject()) {
        if (error)
            *error = tr("The JSON has no \"Plan\" object: is it EXPLAIN (FORMAT JSON) output?");
        return std::nullopt;
    }
    Plan p;
    p.planningMs = num(top, "Planning Time");
    p.executionMs = num(top, "Execution Time");
    p.settings = top.value(QLatin1String("Settings")).toObject();
    p.jit = top.value(QLatin1String("JIT")).toObject();
    for (const QJsonValue& t : top.value(QLatin1String("Triggers")).toArray())
        p.triggers << t.toObject();
    p.queryText = str(top, "Query Text");

    // Depth-first without recursion: a hostile or huge plan cannot exhaust the stack.
    struct Pending
    {
        QJsonObject object;
        int parent;
        int depth;
    };
    QList<Pending> stack{{rootValue.toObject(), -1, 0}};
    while (!stack.isEmpty()) {
        const Pending item = stack.takeLast();
        PlanNode n = readNode(item.object);
        n.id = int(p.nodes.size());
        n.parent = item.parent;
        n.depth = item.depth;
        if (item.parent >= 0)
            p.nodes[item.parent].children << n.id;
        p.nodes << n;
        const QJsonArray kids = item.object.value(QLatin1String("Plans")).toArray();
        for (qsizetype i = kids.size() - 1; i >= 0; --i) {
            if (kids.at(i).isObject())
                stack.append({kids.at(i).toObject(), n.id, item.depth + 1});
        }
    }
    p.analyzed = !p.nodes.isEmpty() && p.nodes.first().analyzed;
    if (p.executionMs <= 0 && p.analyzed) // auto_explain without timing of the whole statement
        p.executionMs = p.nodes.first().actualTotalMs;
    return p;
}

void Plan::analyse(bool ioTimingTracked)
{
    // Nodes under a Gather run once in each process (the workers and, usually, the leader); their
    // times and rows are per-process averages and their loops count every process. Their wall
    // time is total time x loops / processes, processes being the loops of the Gather's child.
    QList<double> divisor(nodes.size(), 1.0), childDivisor(nodes.size(), 1.0);
    for (PlanNode& n : nodes) { // plan order: a parent comes before its children
        divisor[n.id] = n.parent >= 0 ? childDivisor.at(n.parent) : 1.0;
        childDivisor[n.id] = divisor.at(n.id);
        const bool gather =
            n.nodeType == QLatin1String("Gather") || n.nodeType == QLatin1String("Gather Merge");
        if (gather && n.workersLaunched > 0 && !n.children.isEmpty()) {
            const double processes =
                nodes.at(n.children.first()).loops; // read before it is visited: set by parse
            childDivisor[n.id] = qMax(1.0, processes);
        }
        n.inclusiveMs = n.neverExecuted ? 0 : n.actualTotalMs * n.loops / divisor.at(n.id);
    }
    QHash<QString, int> cteNode; // "CTE name" -> the InitPlan node computing it
    for (const PlanNode& n : std::as_const(nodes)) {
        if (n.parentRelationship == QLatin1String("InitPlan") &&
            n.subplanName.startsWith(QLatin1String("CTE ")))
            cteNode.insert(n.subplanName.mid(4), n.id);
    }
    QSet<int> cteCharged;
    bool anyBuffers = false, anyIoTiming = false;
    for (PlanNode& n : nodes) {
        double children = 0;
        for (int c : n.children) {
            const PlanNode& child = nodes.at(c);
            // A CTE's plan runs when a CTE Scan pulls from it: its time is inside that scan's, not here.
            if (child.parentRelationship == QLatin1String("InitPlan") &&
                child.subplanName.startsWith(QLatin1String("CTE ")))
                continue;
            children += child.inclusiveMs;
        }
        if (n.nodeType == QLatin1String("CTE Scan") && cteNode.contains(n.cteName) &&
            !cteCharged.contains(cteNode.value(n.cteName))) {
            cteCharged.insert(cteNode.value(n.cteName));
            children += nodes.at(cteNode.value(n.cteName)).inclusiveMs;
        }
        n.exclusiveMs = qMax(0.0, n.inclusiveMs - children);
        n.percentOfTotal = executionMs > 0 ? 100.0 * n.exclusiveMs / executionMs : 0;
        anyBuffers |= n.raw.contains(QLatin1String("Shared Hit Blocks"));
        anyIoTiming |= n.raw.contains(QLatin1String("I/O Read Time")) ||
                       n.raw.contains(QLatin1String("Shared I/O Read Time"));

        n.warnings.clear();
        if (!n.analyzed || n.neverExecuted)
            continue;
        const double actual = qMax(1.0, n.actualRows), estimated = qMax(1.0, n.planRows);
        n.underestimated = actual > estimated;
        n.misestimate = n.underestimated ? actual / estimated : estimated / actual;
        const QLocale l;
        if (executionMs > 0 && n.exclusiveMs >= kHotShare * executionMs)
            n.warnings << tr("Takes %1 % of the execution time on its own.").arg(QLocale().toString(n.percentOfTotal, 'f', 0));
        if (n.misestimate >= kMisestimate)
            n.warnings
                << (n.underestimated
                        ? tr("Row estimate %1× too low: %2 expected per loop, %3 came. Stale statistics? "
                             "Run ANALYZE, or raise the statistics target of the filtered columns.")
                        : tr("Row estimate %1× too high: %2 expected per loop, %3 came."))
                       .arg(l.toString(n.misestimate, 'f', 0), l.toString(n.planRows, 'f', 0),
                            l.toString(n.actualRows, 'f', 0));
        if (n.sortSpaceType == QLatin1String("Disk") || n.sortMethod.contains(QLatin1String("external")))
            n.warnings << tr("Sort spilled to disk (%1 kB): work_mem is too small for it; raise it for this "
                             "query, or "
                             "let an index deliver the order.")
                              .arg(l.toString(n.sortSpaceKb));
        if (n.hashBatches > 1)
            n.warnings
                << tr("Hash spilled into %1 batches (planned %2): work_mem is too small for the hash table.")
                       .arg(n.hashBatches)
                       .arg(qMax(1, n.originalHashBatches));
        if (n.nodeType == QLatin1String("Nested Loop")) {
            for (int c : n.children) {
                const PlanNode& inner = nodes.at(c);
                if (inner.parentRelationship == QLatin1String("Inner") &&
                    inner.nodeType.contains(QLatin1String("Seq Scan")) && inner.loops >= kNestedLoopRows)
                    n.warnings
                        << tr("Runs a sequential scan of %1 %2 times: an index on the join column would "
                              "turn each into a lookup.")
                               .arg(inner.relation.isEmpty() ? inner.alias : inner.relation,
                                    l.toString(inner.loops, 'f', 0));
            }
        }
        const bool indexScan =
            n.nodeType.contains(QLatin1String("Index")) || n.nodeType == QLatin1String("Bitmap Heap Scan");
        const double fetched = n.actualRows + n.rowsRemovedByFilter;
        if (indexScan && n.rowsRemovedByFilter > 0 && fetched > 0 &&
            n.rowsRemovedByFilter / fetched >= kFilterDiscard)
            n.warnings
                << tr("Discards %1 % of the rows it fetches by a filter: an index that covers the filter's "
                      "columns would read less.")
                       .arg(QLocale().toString(100.0 * n.rowsRemovedByFilter / fetched, 'f', 0));
        if (n.nodeType == QLatin1String("Index Only Scan") && n.heapFetches > 0)
            n.warnings
                << tr("%1 heap fetches: the visibility map is behind, so the index-only scan still reads the "
                      "table. VACUUM it.")
                       .arg(l.toString(n.heapFetches, 'f', 0));
    }
    warnings.clear();
    if (analyzed && anyBuffers && !anyIoTiming && !ioTimingTracked)
        warnings << tr("track_io_timing is off, so I/O times are missing: SET track_io_timing = on "
                       "(superuser) to see them.");
    else if (analyzed && anyBuffers && !anyIoTiming)
        warnings << tr("No I/O times in this plan: track_io_timing is off, or nothing was read from disk.");
}

QString Plan::toText() const
{
    QStringList out;
    for (const PlanNode& n : nodes) {
        const QString indent(n.depth == 0 ? 0 : 6 * (n.depth - 1) + 2, QLatin1Char(' '));
        const QString detailIndent(n.depth == 0 ? 2 : 6 * n.depth + 2, QLatin1Char(' '));
        if (n.parentRelationship == QLatin1String("InitPlan") ||
            n.parentRelationship == QLatin1String("SubPlan"))
            out << QString(qMax(0, int(indent.size()) - 0), QLatin1Char(' ')) + n.subplanName;
        QString line = indent + (n.depth == 0 ? QString() : QStringLiteral("->  ")) + n.title();
        line += QStringLiteral("  (cost=%1..%2 rows=%3 width=%4)")
                    .arg(QString::number(n.startupCost, 'f', 2), QString::number(n.totalCost, 'f', 2))
                    .arg(qint64(n.planRows))
                    .arg(n.planWidth);
        if (n.neverExecuted)
            line += QStringLiteral(" (never executed)");
        else if (n.analyzed)
            line += QStringLiteral(" (actual time=%1..%2 rows=%3 loops=%4)")
                        .arg(fmtMs(n.actualStartupMs), fmtMs(n.actualTotalMs))
                        .arg(qint64(n.actualRows))
                        .arg(qint64(n.loops));
        out << line;
        for (const char* key : {"Output", "Group Key", "Sort Key", "Hash Cond", "Merge Cond", "Join Filter",
                                "Index Cond", "Recheck Cond", "Filter", "One-Time Filter"}) {
            const QJsonValue v = n.raw.value(QLatin1String(key));
            if (v.isString())
                out << detailIndent + QLatin1String(key) + QStringLiteral(": ") + v.toString();
            else if (v.isArray()) {
                QStringList parts;
                for (const QJsonValue& x : v.toArray())
                    parts << x.toString();
                out << detailIndent + QLatin1String(key) + QStringLiteral(": ") +
                           parts.join(QStringLiteral(", "));
            }
        }
        if (n.rowsRemovedByFilter > 0)
            out << detailIndent +
                       QStringLiteral("Rows Removed by Filter: %1").arg(qint64(n.rowsRemovedByFilter));
        if (!n.sortMethod.isEmpty())
            out << detailIndent + QStringLiteral("Sort Method: %1  %2: %3kB")
                                      .arg(n.sortMethod, n.sortSpaceType)
                                      .arg(n.sortSpaceKb);
        if (n.hashBatches > 0)
            out << detailIndent + QStringLiteral("Buckets: %1  Batches: %2")
                                      .arg(qint64(num(n.raw, "Hash Buckets")))
                                      .arg(n.hashBatches);
        if (n.raw.contains(QLatin1String("Heap Fetches")))
            out << detailIndent + QStringLiteral("Heap Fetches: %1").arg(qint64(n.heapFetches));
        if (n.sharedHit + n.sharedRead + n.sharedDirtied + n.sharedWritten + n.tempRead + n.tempWritten > 0) {
            QStringList b;
            if (n.sharedHit)
                b << QStringLiteral("hit=%1").arg(n.sharedHit);
            if (n.sharedRead)
                b << QStringLiteral("read=%1").arg(n.sharedRead);
            if (n.sharedDirtied)
                b << QStringLiteral("dirtied=%1").arg(n.sharedDirtied);
            if (n.sharedWritten)
                b << QStringLiteral("written=%1").arg(n.sharedWritten);
            QString buffers = QStringLiteral("Buffers: shared ") + b.join(QLatin1Char(' '));
            if (n.tempRead + n.tempWritten > 0)
                buffers += QStringLiteral(", temp read=%1 written=%2").arg(n.tempRead).arg(n.tempWritten);
            out << detailIndent + buffers;
        }
        if (n.workersPlanned > 0)
            out << detailIndent + QStringLiteral("Workers Planned: %1").arg(n.workersPlanned);
        if (n.analyzed && n.workersPlanned > 0)
            out << detailIndent + QStringLiteral("Workers Launched: %1").arg(n.workersLaunched);
    }
    if (!settings.isEmpty()) {
        QStringList s;
        for (auto it = settings.begin(); it != settings.end(); ++it)
            s << QStringLiteral("%1 = '%2'").arg(it.key(), it.value().toVariant().toString());
        out << QStringLiteral("Settings: ") + s.join(QStringLiteral(", "));
    }
    out << QStringLiteral("Planning Time: %1 ms").arg(fmtMs(planningMs));
    for (const QJsonObject& t : triggers)
        out << QStringLiteral("Trigger %1: time=%2 calls=%3")
                   .arg(str(t, "Trigger Name"), fmtMs(num(t, "Time")))
                   .arg(qint64(num(t, "Calls")));
    if (analyzed)
        out << QStringLiteral("Execution Time: %1 ms").arg(fmtMs(executionMs));
    return out.join(QLatin1Char('\n'));
}

} // namespace sg
