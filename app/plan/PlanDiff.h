// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"

#include <QList>
#include <QString>

namespace sg {

/// Two plans of one statement side by side (before and after an index, a setting, a rewrite):
/// nodes matched by the table they read or their place in the tree, with what changed.
class PlanDiff
{
public:
    struct Row
    {
        int before = -1; ///< node id in the first plan, -1 if only in the second
        int after = -1;  ///< node id in the second plan, -1 if only in the first
        int depth = 0;
        QString change;                   ///< "Seq Scan → Index Scan", "only before", "" when the same
        double msBefore = 0, msAfter = 0; ///< exclusive times (analysed plans)
        qint64 buffersBefore = 0, buffersAfter = 0; ///< shared hit + read
        double costBefore = 0, costAfter = 0;
    };
    struct Result
    {
        QList<Row> rows; ///< in the order of a walk over both trees
        bool joinOrderChanged = false;
        QStringList tablesBefore, tablesAfter; ///< the order the plans read their tables in
        QString summary; ///< execution (or cost) before → after, and the node-type changes
    };
    static Result compare(const Plan& before, const Plan& after);
};

} // namespace sg
