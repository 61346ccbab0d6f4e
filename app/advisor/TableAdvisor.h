// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "Finding.h"

#include "db/ResultSet.h"

namespace sg {

/// Table and index upkeep findings from advisor_tables.sql and advisor_indexes.sql: bloat and dead
/// tuples, autovacuum overdue where it is switched off, tables read mostly by sequential scans,
/// bloated btree indexes.
class TableAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(sg::TableAdvisor)
public:
    struct Limits
    {
        double bloatPct = 30;              ///< estimated bloat share that is worth acting on …
        qint64 bloatBytes = 1024 * 1024;   ///< … when it is also at least this big
        double deadPct = 20;               ///< dead tuples share …
        qint64 deadTuples = 1000;          ///< … and count
        qint64 seqScanRows = 10000;        ///< tables this big …
        qint64 rowsPerSeqScan = 10000;     ///< … whose scans read this many rows each, more often than indexes
        qint64 horizonSeconds = 60;        ///< a snapshot held this long keeps dead tuples from VACUUM …
        qint64 horizonXids = 10000;        ///< … as does a slot whose xmin is this many transactions old
    };

    /// What holds the xmin horizon back (advisor_stats_since.sql): the oldest snapshot of a session,
    /// a replication slot or a prepared transaction.
    struct Horizon
    {
        QString kind; ///< "session", "slot", "prepared"; empty: nothing holds it
        QString who;  ///< pid, slot name or gid
        QString application;
        qint64 seconds = -1; ///< how long it has held it (-1: not known, slots)
        qint64 xids = 0;     ///< how many transactions old its xmin is

        static Horizon fromResult(const ResultSet& statsSince);
        bool holdsBack(const Limits& limits) const;
        /// "pid 727 (etl-nightly) has kept a snapshot for 13 min"
        QString describe() const;
    };

    static QList<Finding> analyze(const ResultSet& tables, const ResultSet& indexes, const Horizon& horizon,
                                  const Limits& limits);
    static QList<Finding> analyze(const ResultSet& tables, const ResultSet& indexes, const Horizon& horizon)
    {
        return analyze(tables, indexes, horizon, Limits());
    }
    static QList<Finding> analyze(const ResultSet& tables, const ResultSet& indexes)
    {
        return analyze(tables, indexes, Horizon(), Limits());
    }
};

} // namespace sg
