// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionOptions.h"
#include "DbRequest.h"
#include "TlsInfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

typedef struct pg_conn PGconn;
typedef struct pg_cancel PGcancel;
typedef struct pg_result PGresult;

namespace sg {

/// Owns one libpq session (RAII). Not thread-safe except cancel() and cancelInBackground(), which
/// any thread may call.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(sg::Connection)
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
    /// Whether the open session is encrypted, and with what (nothing when closed).
    TlsInfo tlsInfo() const;

    /// Runs one request to completion, honouring its timeout by cancelling on the server.
    /// Returns a result, or fills \a error (Kind::ConnectionLost when the session dropped).
    ResultSet execute(const DbRequest& request, DbError* error);
    /// The same for a statement of the core's own: \a sql with $1, $2 … bound to \a params, within
    /// \a timeoutMs (0: the session's statement_timeout).
    ResultSet execute(const QString& sql, const QList<QVariant>& params, DbError* error, int timeoutMs = 0);

    /// Asks the server to cancel whatever this session runs now, and waits for it to take the
    /// request (PQcancel opens a connection of its own). Safe from any thread.
    bool cancel();
    /// The same without waiting: PQcancel runs on a thread of its own, for callers that must
    /// never block (the UI thread, a worker holding its own lock). \a stillWanted, if given, is
    /// asked just before the cancel goes out, so a request that finished meanwhile is left alone.
    void cancelInBackground(std::function<bool()> stillWanted = {});
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

    /// Maps a libpq connection failure to an error kind and SQLSTATE: from the server's code in a
    /// PQERRORS_VERBOSE message, \a neededPassword (PQconnectionNeedsPassword), or libpq's own text.
    static DbError classifyConnectError(const QString& verboseMessage, bool neededPassword = false);

private:
    static void noticeReceiver(void* self, const PGresult* result);
    QString waitForConnect(int timeoutMs);
    QString escapeWith(char* (*escape)(PGconn*, const char*, size_t), const QString& text) const;
    ResultSet collectResults(DbError* error, bool timedOut, const QElapsedTimer& clock);

    /// Shared with background cancels, which may outlive this object; close() empties it.
    struct CancelHandle
    {
        QMutex mutex;
        PGcancel* cancel = nullptr;
        /// Background cancels asked for and not yet returned. Counted without \a mutex, which a
        /// cancel holds while PQcancel waits for the server: asking for one never blocks.
        std::atomic<int> inFlight{0};
        QMutex flightMutex;  ///< for \a sent only
        QWaitCondition sent; ///< woken (under flightMutex) when inFlight drops
    };
    static bool sendCancel(CancelHandle& handle, const std::function<bool()>& stillWanted);
    /// Waits (bounded) until no background cancel is still on its way; see execute().
    void waitForCancelsInFlight();

    PGconn* m_conn = nullptr;
    const std::shared_ptr<CancelHandle> m_cancel = std::make_shared<CancelHandle>();
    NoticeHandler m_noticeHandler;
    quint64 m_currentRequest = 0;
    const QByteArray* m_copyData = nullptr; ///< the running request's COPY rows, if it has any
    const std::atomic<bool>* m_abort = nullptr;
};

} // namespace sg
