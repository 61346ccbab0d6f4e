// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DbRequest.h"

#include <QObject>

namespace sg {

class ServerSession;

/// Everything about one session, for the detail pane: its pg_stat_activity row in full, the locks
/// it holds and awaits, whom it blocks, its statement's pg_stat_statements row (by query id) and
/// its pg_stat_progress_* row. Read on the monitor connection, off the UI thread; each part fails
/// on its own (no pg_stat_statements is a note, not an empty pane).
class SessionDetail : public QObject
{
    Q_OBJECT
public:
    explicit SessionDetail(ServerSession* session, QObject* parent = nullptr);

    /// Reads the session again; loaded() follows once every part has answered.
    void load(int pid);
    int pid() const { return m_pid; }
    bool isLoading() const { return m_pending > 0; }

    /// One row, or none once the session has ended.
    const ResultSet& activity() const { return m_activity; }
    bool sessionEnded() const { return !m_activity.isNull() && m_activity.rowCount() == 0; }
    QVariant value(const QString& column) const { return m_activity.value(0, column); }
    const ResultSet& locks() const { return m_locks; }
    const ResultSet& progress() const { return m_progress; }
    /// The statement's history; empty without a query id or when pg_stat_statements has no row.
    const ResultSet& statement() const { return m_statement; }
    /// Why the statement row is missing, in a user's words ("" when it is there).
    QString statementNote() const { return m_statementNote; }
    /// The first error of a part that should always answer (activity, locks, progress).
    DbError error() const { return m_error; }

Q_SIGNALS:
    void loaded();

private:
    void onReply(const DbReply& reply);
    void requestStatement();
    void finishOne();

    ServerSession* m_session;
    int m_pid = 0;
    int m_pending = 0;
    QList<quint64> m_requests; ///< this load's requests, by part; replies to earlier loads are dropped
    ResultSet m_activity, m_locks, m_progress, m_statement;
    QString m_statementNote;
    DbError m_error;
};

} // namespace sg
