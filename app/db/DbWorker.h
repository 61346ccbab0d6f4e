// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Capabilities.h"
#include "Connection.h"
#include "ConnectionState.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace sg {

/// One database session on its own thread: runs requests in the order they arrive and answers
/// only by signals. Lives on the thread DbClient gives it; cancel*() may be called from any thread.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(const QString& name);
    ~DbWorker() override;

    /// Cancels the request with this id: on the server if it is running, before it starts if queued,
    /// not at all if it has finished. Returns at once (the server is told from another thread).
    void cancelRequest(quint64 id);
    /// Cancels of queued requests waiting to be acted on (bounded: none for finished requests).
    int pendingCancels() const;
    /// Cancels whatever runs now.
    void cancelCurrent();
    /// Stops taking requests (queued ones answer Cancelled) and cancels the running one.
    void shutdown();

public Q_SLOTS:
    void open(const sg::ConnectionOptions& options);
    void execute(const sg::DbRequest& request);
    void close();
    void setSessionSettings(const sg::SessionSettings& settings) { m_options.session = settings; }

Q_SIGNALS:
    void stateChanged(sg::ConnectionState state, const sg::DbError& error);
    void connected(const sg::Capabilities& capabilities);
    void replied(const sg::DbReply& reply);
    void notice(const sg::DbNotice& notice);

private:
    bool connectNow(DbError* error);
    void setState(ConnectionState state, const DbError& error = {});
    void connectionLost(const DbError& error);
    void scheduleReconnect();
    void tryReconnect();
    void watchSocket(bool enable);
    void onSocketActivity();

    QString m_name;
    Connection m_conn;
    ConnectionOptions m_options;
    ConnectionState m_state = ConnectionState::Disconnected;
    bool m_everConnected = false;
    int m_reconnectAttempt = 0;
    QTimer* m_reconnectTimer = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QList<DbNotice> m_pendingNotices;

    // Guards the three below against a concurrent cancelRequest(). Request ids only grow, and one
    // worker runs them in that order: an id at or below m_lastStarted has started (or was skipped).
    mutable QMutex m_cancelMutex;
    quint64 m_running = 0;
    quint64 m_lastStarted = 0;
    QSet<quint64> m_cancelledBeforeStart;
    /// The id running now, for background cancels that must not hit the next request instead.
    const std::shared_ptr<std::atomic<quint64>> m_runningNow = std::make_shared<std::atomic<quint64>>(0);
    std::atomic<bool> m_closing{false};
};

} // namespace sg
