// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementSnapshots.h"

#include "db/DbError.h"

#include <QObject>

namespace sg {

struct Capabilities;
class LiveQuery;
class ResultTableModel;
class ServerSession;

/// Everything the Slow queries panel shows, for one server session: pg_stat_statements' busiest
/// statements (statements_top), either since the statistics were reset or over a window worked out
/// from snapshots in the local history (StatementSnapshots), and what runs now for longer than a
/// threshold (statements_running), linked to its statement through query_id. The reset of the
/// server's statistics runs on the interactive worker.
class StatementsMonitor : public QObject
{
    Q_OBJECT
public:
    enum class Window { SinceReset, Last15Minutes, LastHour, Last24Hours, SinceMidnight };
    Q_ENUM(Window)

    /// \a historyPath: the snapshot database (empty: statements.sqlite in AppDataLocation).
    explicit StatementsMonitor(ServerSession* session, const QString& historyPath = {},
                               QObject* parent = nullptr);
    ~StatementsMonitor() override;

    void start();
    void stop();
    void refresh();

    /// The statements of the current window, busiest first; key: queryid, user, database.
    ResultTableModel* statements() const { return m_statements; }
    /// What runs now for at least the threshold; key: pid.
    ResultTableModel* runningNow() const { return m_runningNow; }
    LiveQuery* topQuery() const { return m_top; }
    LiveQuery* runningQuery() const { return m_running; }

    void setWindow(Window window);
    Window window() const { return m_window; }
    /// What the figures of the current window are differences from (empty for SinceReset).
    QString windowNote() const { return m_windowNote; }
    /// Set when the local history cannot be written: the live view goes on without it.
    QString historyError() const { return m_historyError; }
    /// How often a snapshot is kept (5 minutes by default; 0: on every refresh).
    void setSnapshotIntervalMs(qint64 ms) { m_snapshotEveryMs = ms; }
    qint64 snapshotIntervalMs() const { return m_snapshotEveryMs; }
    void setRunningThresholdSeconds(double seconds);
    double runningThresholdSeconds() const { return m_thresholdSeconds; }

    /// The row of statements() whose queryid is \a queryId; -1 if it is not listed.
    int rowOfStatement(const QString& queryId) const;
    /// The whole text of the statement in row \a row of statements() (for EXPLAIN).
    QString statementText(int row) const;
    /// query_id of the running query in row \a row of runningNow(); empty or "0" when the server
    /// does not report it (before PostgreSQL 14, or compute_query_id off).
    QString runningQueryId(int row) const;

    static QString resetSql();
    /// Runs resetSql() after the user confirmed it; resetFinished() follows.
    void resetStatistics();

    /// What to do when statements_top failed because pg_stat_statements is missing or not loaded;
    /// empty for any other error. \a caps says which of the two steps is already taken.
    static QString missingExtensionAdvice(const DbError& error, const Capabilities& caps);
    /// The message to show for statements_top's last error: the advice when there is one.
    QString failureText() const;

Q_SIGNALS:
    /// statements() was rebuilt (new figures, or another window).
    void updated();
    void failed();
    void runningUpdated();
    void resetFinished(bool ok, const QString& message);

private:
    void onTopUpdated();
    void rebuild();
    void rebuildRunning();
    qint64 windowLengthMs(qint64 nowMs) const;

    ServerSession* m_session;
    LiveQuery* m_top;
    LiveQuery* m_running;
    ResultTableModel* m_statements;
    ResultTableModel* m_runningNow;
    StatementSnapshots m_snapshots;
    Window m_window = Window::SinceReset;
    QString m_windowNote;
    QString m_historyError;
    qint64 m_snapshotEveryMs = 5 * 60 * 1000;
    qint64 m_lastSnapshotMs = 0;
    double m_thresholdSeconds = 5;
    quint64 m_resetRequest = 0;
};

} // namespace sg
