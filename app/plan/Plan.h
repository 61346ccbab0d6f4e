// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

/// One node of an EXPLAIN (FORMAT JSON) plan with the figures worked out from it.
struct PlanNode
{
    int id = 0; ///< position in plan order (depth-first), 0 = root
    int parent = -1;
    int depth = 0;
    QList<int> children;
    QJsonObject raw; ///< every field the server gave, for the details view

    QString nodeType; ///< "Seq Scan", "Hash Join" …
    QString relation; ///< schema.table when the server says (VERBOSE), else the table
    QString alias;
    QString indexName;
    QString joinType;
    QString strategy;
    QString parentRelationship; ///< Outer, Inner, Member, InitPlan, SubPlan, Subquery
    QString subplanName;        ///< "CTE totals", "InitPlan 1 (returns $0)", "SubPlan 2"
    QString cteName;            ///< for CTE Scan
    bool parallelAware = false;

    double startupCost = 0, totalCost = 0;
    double planRows = 0;
    int planWidth = 0;

    bool analyzed = false; ///< actual figures present (EXPLAIN ANALYZE)
    bool neverExecuted = false;
    double actualStartupMs = 0, actualTotalMs = 0; ///< per loop, as the server prints them
    double actualRows = 0;                         ///< per loop
    double loops = 0;
    int workersPlanned = 0, workersLaunched = 0;

    qint64 sharedHit = 0, sharedRead = 0, sharedDirtied = 0, sharedWritten = 0;
    qint64 localHit = 0, localRead = 0, tempRead = 0, tempWritten = 0;
    double ioReadMs = 0, ioWriteMs = 0;
    double rowsRemovedByFilter = 0, rowsRemovedByJoinFilter = 0, rowsRemovedByRecheck = 0;
    double heapFetches = 0;
    QString sortMethod, sortSpaceType;
    qint64 sortSpaceKb = 0;
    int hashBatches = 0, originalHashBatches = 0;

    // Worked out by Plan::analyse()
    double inclusiveMs = 0; ///< wall time of this node and what runs under it
    double exclusiveMs = 0; ///< this node alone
    double percentOfTotal = 0;
    double misestimate = 1;      ///< actual / estimated rows, or the inverse, >= 1
    bool underestimated = false; ///< more rows came than the planner expected
    QStringList warnings;

    /// "Seq Scan on public.orders o", "Index Scan using idx on t" … as psql names the node.
    QString title() const;
};

/// A parsed plan: the nodes in plan order and the header figures.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(sg::Plan)

public:
    QList<PlanNode> nodes;
    double planningMs = 0;
    double executionMs = 0;
    bool analyzed = false;
    QJsonObject settings; ///< SETTINGS: the non-default planner settings
    QJsonObject jit;
    QList<QJsonObject> triggers;
    QString queryText;    ///< auto_explain writes it
    QStringList warnings; ///< about the plan as a whole (e.g. I/O timing missing)

    bool isEmpty() const { return nodes.isEmpty(); }
    /// The JSON as EXPLAIN (FORMAT JSON) prints it: an array of one object, an object (auto_explain),
    /// or psql's aligned output of it ("QUERY PLAN", "----", a "+" at line ends).
    static std::optional<Plan> parse(const QString& text, QString* error);
    static std::optional<Plan> fromJson(const QJsonObject& top, QString* error);
    /// Inclusive and exclusive times, shares, misestimates and warnings.
    void analyse(bool ioTimingTracked = true);
    /// The plan as psql prints EXPLAIN in text format (close to it, from the JSON).
    QString toText() const;

    /// Thresholds of the warnings.
    static constexpr double kHotShare = 0.2;        ///< exclusive time above 20 % of the total
    static constexpr double kMisestimate = 10;      ///< actual vs estimated rows off by 10x or more
    static constexpr double kNestedLoopRows = 1000; ///< inner seq scan looped this many times
    static constexpr double kFilterDiscard = 0.9;   ///< index scan discarding 90 % of what it fetched
};

} // namespace sg
