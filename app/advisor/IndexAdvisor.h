// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "Finding.h"

#include "db/ResultSet.h"

namespace sg {

/// Index findings from the rows of advisor_indexes.sql and advisor_foreign_keys.sql: unused,
/// duplicate, redundant and invalid indexes, and foreign keys no valid index covers.
class IndexAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(sg::IndexAdvisor)
public:
    /// \a statsSinceMs: when the usage statistics started, said in "unused" findings. (Not how long
    /// they cover: that grows, and a finding's text should change only when the finding does.)
    static QList<Finding> analyze(const ResultSet& indexes, const ResultSet& foreignKeys, qint64 statsSinceMs);
    /// "3 minutes", "2 days" … for how long statistics have been counting.
    static QString coverage(qint64 statsSinceMs, qint64 nowMs);
};

} // namespace sg
