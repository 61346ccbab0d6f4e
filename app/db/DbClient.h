// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Capabilities.h"
#include "ConnectionOptions.h"
#include "ConnectionState.h"
#include "DbRequest.h"

#include <QObject>
#include <QThread>

namespace sg {

class DbWorker;

/// The GUI-thread handle of one DbWorker and its thread. Every call returns at once; answers come
/// as queued signals. The destructor cancels what runs and joins the thread.
class DbClient : public QObject
{
    Q_OBJECT
public:
    explicit DbClient(const QString& name, QObject* parent = nullptr);
    ~DbClient() override;

    void open(const ConnectionOptions& options);
    /// Settings applied by the next (re)connect; the current session is changed by the caller.
    void setSessionSettings(const SessionSettings& settings);
    /// Queues a request; returns its id (the generation id replies carry back).
    quint64 submit(DbRequest request);
    quint64 submit(const QString& tag, const QString& sql, const QList<QVariant>& params = {},
                   int timeoutMs = 0);
    /// Cancels one request (running or queued); 0 cancels whatever runs now. Returns at once: the
    /// server is told from another thread, so an unreachable server never stalls the caller.
    void cancel(quint64 requestId = 0);
    /// Cancels of queued requests not yet acted on (diagnostics; stays small).
    int pendingCancels() const;

    QString name() const { return m_name; }
    ConnectionState state() const { return m_state; }
    const Capabilities& capabilities() const { return m_capabilities; }
    const ConnectionOptions& options() const { return m_options; }
    DbError lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(sg::ConnectionState state, const sg::DbError& error);
    void connected(const sg::Capabilities& capabilities);
    void replied(const sg::DbReply& reply);
    void notice(const sg::DbNotice& notice);

private:
    QString m_name;
    QThread m_thread;
    DbWorker* m_worker = nullptr;
    ConnectionOptions m_options;
    ConnectionState m_state = ConnectionState::Disconnected;
    Capabilities m_capabilities;
    DbError m_lastError;
};

/// Registers the database value types for queued signals; called once by DbClient.
void registerDbMetaTypes();

} // namespace sg
