// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sg {

/// An analysed plan for a terminal or a script: the tree with each node's inclusive and exclusive
/// time, share of the total, row misestimate, buffers and warnings.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(sg::PlanReport)
public:
    static QString toText(const Plan& plan);
    /// {"planning_ms", "execution_ms", "warnings", "nodes": [{id, parent, depth, node, relation, index,
    /// inclusive_ms, exclusive_ms, percent, plan_rows, actual_rows, loops, misestimate, direction,
    /// shared_hit, shared_read, temp_read, temp_written, rows_removed_by_filter, heap_fetches, warnings}]}
    static QJsonObject toJson(const Plan& plan);
};

} // namespace sg
