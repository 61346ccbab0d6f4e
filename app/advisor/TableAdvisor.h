// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include "db/ResultSet.h"

namespace sg {

/// Table and index upkeep findings from advisor_tables.sql and advisor_indexes.sql: bloat and dead
/// tuples, autovacuum overdue where it is switched off, tables read mostly by sequential scans,
/// bloated btree indexes.
class TableAdvisor
{
public:
    struct Limits
    {
        double bloatPct = 30;              ///< estimated bloat share that is worth acting on …
        qint64 bloatBytes = 1024 * 1024;   ///< … when it is also at least this big
        double deadPct = 20;               ///< dead tuples share …
        qint64 deadTuples = 1000;          ///< … and count
        qint64 seqScanRows = 10000;        ///< tables this big …
        qint64 rowsPerSeqScan = 10000;     ///< … whose scans read this many rows each, more often than indexes
    };

    static QList<Finding> analyze(const ResultSet& tables, const ResultSet& indexes, const Limits& limits);
    static QList<Finding> analyze(const ResultSet& tables, const ResultSet& indexes)
    {
        return analyze(tables, indexes, Limits());
    }
};

} // namespace sg
