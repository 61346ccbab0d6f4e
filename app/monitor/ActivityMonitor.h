// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivitySampler.h"
#include "HistoryStore.h"
#include "PgBouncerSampler.h"
#include "WaitProfiler.h"

#include "db/ConnectionOptions.h"

#include <QObject>

namespace sg {

class LiveQuery;
class ResultTableModel;
class ServerSession;

/// Everything the Activity panel shows, for one server session: the sampler and its history,
/// the live session list, per-application and alert tables, pgbouncer pools when the profile is
/// pgbouncer's console, and the cancel/terminate actions (on the interactive worker, refused
/// while the session is read-only).
class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ActivityMonitor(ServerSession* session, QObject* parent = nullptr);
    ~ActivityMonitor() override;

    /// Starts sampling for the session's current connection (call after ServerSession::open).
    void start();
    void stop();
    bool isPgBouncer() const;

    ServerSession* session() const { return m_session; }
    ActivitySampler* sampler() const { return m_sampler; }
    PgBouncerSampler* pools() const { return m_pools; }
    WaitProfiler* waits() const { return m_waits; }
    /// The server's CPU count for the load chart's line: as the user gave it for this server, else
    /// this machine's when the server runs here; 0 when unknown. \a source says which.
    int serverCpus(QString* source = nullptr) const;
    void setServerCpus(int cpus);
    /// This machine's CPU count when \a options reach a server on it (a socket, the loopback), else 0.
    static int localServerCpus(const ConnectionOptions& options);
    LiveQuery* sessions() const { return m_sessions; }
    ResultTableModel* applications() const { return m_applications; }
    ResultTableModel* alertLog() const { return m_alertLog; }
    ResultTableModel* databases() const { return m_databases; }
    ResultTableModel* users() const { return m_users; }
    ResultTableModel* poolTable() const { return m_poolTable; }
    ResultTableModel* poolStats() const { return m_poolStats; }
    const HistoryStore& history() const { return m_store; }

    /// Empty when our role sees every session; otherwise which figures are hidden and why.
    QString hiddenFiguresNote() const;

    enum class SessionAction { Cancel, Terminate };
    /// The exact statement an action sends, for the confirmation.
    static QString actionSql(SessionAction action, int pid);
    /// Runs the action on the admin session after the user confirmed it; false while that
    /// session is not connected. Production profiles may act too: it changes no data.
    bool runAction(SessionAction action, int pid);
    /// Empty when our role may signal a session of \a user; else why not (for the disabled button).
    QString whyCannotSignal(const QString& user) const;

Q_SIGNALS:
    void actionFinished(bool ok, const QString& message);

private:
    void refreshTables();

    ServerSession* m_session;
    ActivitySampler* m_sampler;
    PgBouncerSampler* m_pools;
    WaitProfiler* m_waits;
    LiveQuery* m_sessions;
    ResultTableModel* m_applications;
    ResultTableModel* m_alertLog;
    ResultTableModel* m_databases;
    ResultTableModel* m_users;
    ResultTableModel* m_poolTable;
    ResultTableModel* m_poolStats;
    HistoryStore m_store;
    quint64 m_actionRequest = 0;
};

} // namespace sg
