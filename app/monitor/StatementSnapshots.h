// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ResultSet.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sg {

/// Periodic snapshots of pg_stat_statements in the local history (SQLite), so the slow-query
/// browser can show "the last 15 minutes" or "since yesterday" as differences between two
/// snapshots — never by resetting the server's statistics. A statement whose counters went
/// down (a reset, a crash, an eviction) counts from zero and is marked, never shown negative.
class StatementSnapshots
{
public:
    StatementSnapshots();
    ~StatementSnapshots();
    StatementSnapshots(const StatementSnapshots&) = delete;
    StatementSnapshots& operator=(const StatementSnapshots&) = delete;

    /// Opens or creates the database; empty: statements.sqlite in AppDataLocation.
    bool open(const QString& path = {});
    QString lastError() const { return m_lastError; }
    void setRetentionMs(qint64 ms) { m_retentionMs = ms; }

    /// Stores the cumulative counters of \a rows (statements_top's columns) for \a server at \a tMs.
    bool save(const QString& server, qint64 tMs, const ResultSet& rows);
    /// The time of the newest snapshot of \a server at or before \a tMs; 0 if none.
    qint64 snapshotAtOrBefore(const QString& server, qint64 tMs) const;
    qint64 oldestSnapshot(const QString& server) const;

    struct Window
    {
        ResultSet rows;    ///< the current rows with counters as differences, busiest first
        qint64 fromMs = 0; ///< the snapshot the differences start from (0: none, so totals)
        int resetRows = 0; ///< statements whose counters went down: counted from zero
    };
    /// \a current minus the snapshot at or before \a nowMs - \a windowMs (or the oldest one, when
    /// the history is younger than the window). Statements without calls in the window are left out.
    Window window(const QString& server, const ResultSet& current, qint64 nowMs, qint64 windowMs) const;

    /// Calls and total execution time per query_id in the snapshot \a tMs (one of this server's
    /// snapshot times), summed over the users and databases that ran it: what the wait profile's
    /// queries are measured against for a range.
    struct QueryTotals
    {
        double calls = 0;
        double totalMs = 0;
    };
    QHash<qint64, QueryTotals> totalsByQueryId(const QString& server, qint64 tMs) const;

    /// The counters that are differenced; the others (max, stddev, query text …) are kept as they are.
    static const QStringList& counterColumns();

private:
    bool fail(const QString& what);

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    QString m_lastError;
    qint64 m_retentionMs = 8LL * 24 * 3600 * 1000;
    // The snapshot the last window started from (snapshots are never rewritten once saved).
    mutable QString m_cachedServer;
    mutable qint64 m_cachedFrom = 0;
    mutable QJsonObject m_cachedBase;
};

} // namespace sg
