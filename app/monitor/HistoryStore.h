// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityPoint.h"
#include "WaitProfile.h"

#include <QList>
#include <QString>

namespace sg {

/// The local history (SQLite through Qt Sql): activity points and the wait profile's seconds per
/// server, so charts survive a restart. Bounded: points older than the retention are pruned. Writes are
/// batched; a failed write (read-only directory, full disk) is reported by lastError() and costs only the
/// history, never the live panel.
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    /// Opens or creates the database; an empty path means defaultPath().
    bool open(const QString& path = {});
    /// history.sqlite in AppDataLocation: the window's history.
    static QString defaultPath();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    void setRetentionMs(qint64 ms) { m_retentionMs = ms; }
    /// Queues a point; written by flush() (called every 10 points and on destruction).
    void append(const QString& server, const ActivityPoint& point);
    bool flush();
    /// Points of this server newer than \a sinceMs, oldest first.
    QList<ActivityPoint> load(const QString& server, qint64 sinceMs) const;
    /// Queues a closed second of the wait profile (WaitProfile::packSecond) and its queries;
    /// written with the points.
    void appendWaits(const QString& server, qint64 startMs, const QByteArray& packed,
                     const QList<WaitProfile::StoredQuery>& queries);
    /// The wait profile's seconds of this server newer than \a sinceMs, oldest first, with every
    /// query they name.
    QList<QPair<qint64, QByteArray>> loadWaits(const QString& server, qint64 sinceMs) const;
    QList<WaitProfile::StoredQuery> loadWaitQueries(const QString& server) const;
    /// Deletes points and seconds older than the retention, for every server.
    bool prune(qint64 nowMs);

private:
    bool fail(const QString& what);

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    QString m_lastError;
    qint64 m_retentionMs = 24LL * 3600 * 1000;
    QList<QPair<QString, ActivityPoint>> m_pending;
    struct PendingWaits
    {
        QString server;
        qint64 startMs;
        QByteArray packed;
        QList<WaitProfile::StoredQuery> queries;
    };
    QList<PendingWaits> m_pendingWaits;
    int m_flushes = 0;
};

} // namespace sg
