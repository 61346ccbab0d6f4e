// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionOptions.h"
#include "DbRequest.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <functional>

typedef struct pg_conn PGconn;
typedef struct pg_cancel PGcancel;
typedef struct pg_result PGresult;

namespace sg {

/// Owns one libpq session (RAII). Not thread-safe except cancel(), which any thread may call.
class Connection
{
public:
    using NoticeHandler = std::function<void(const DbNotice&)>;

    Connection();
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Connects (blocking) and applies the session settings; on failure fills \a error and stays closed.
    bool open(const ConnectionOptions& options, DbError* error);
    void close();
    bool isOpen() const;

    /// Runs one request to completion, honouring its timeout by cancelling on the server.
    /// Returns a result, or fills \a error (Kind::ConnectionLost when the session dropped).
    ResultSet execute(const DbRequest& request, DbError* error);

    /// Asks the server to cancel whatever this session runs now. Safe from any thread.
    bool cancel();
    /// A flag that, once set, abandons a connection attempt in progress (checked every 100 ms).
    void setAbortFlag(const std::atomic<bool>* flag) { m_abort = flag; }
    /// Receives NOTICE/WARNING messages; called on the thread that runs execute().
    void setNoticeHandler(NoticeHandler handler) { m_noticeHandler = std::move(handler); }

    /// Reads pending input while idle; false when the server closed the session.
    bool consumeIdleInput();
    int socket() const;
    int serverVersion() const;
    QString escapeIdentifier(const QString& identifier) const;
    QString escapeLiteral(const QString& literal) const;

    /// Maps a libpq connection failure message to an error kind and SQLSTATE (libpq gives none).
    static DbError classifyConnectError(const QString& message);

private:
    static void noticeReceiver(void* self, const PGresult* result);
    QString waitForConnect(int timeoutMs);
    QString escapeWith(char* (*escape)(PGconn*, const char*, size_t), const QString& text) const;
    ResultSet collectResults(DbError* error, bool timedOut, const QElapsedTimer& clock);

    PGconn* m_conn = nullptr;
    QMutex m_cancelMutex;
    PGcancel* m_cancel = nullptr;
    NoticeHandler m_noticeHandler;
    quint64 m_currentRequest = 0;
    const QByteArray* m_copyData = nullptr; ///< the running request's COPY rows, if it has any
    const std::atomic<bool>* m_abort = nullptr;
};

} // namespace sg
