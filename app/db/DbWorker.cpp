// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbWorker.h"

#include "SqlLibrary.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

namespace sg {

namespace {
constexpr int kFirstRetryMs = 250;
constexpr int kMaxRetryMs = 8000;
} // namespace

DbWorker::DbWorker(const QString& name) : m_name(name)
{
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &DbWorker::tryReconnect);
    m_conn.setAbortFlag(&m_closing);
    m_conn.setNoticeHandler([this](const DbNotice& n) {
        m_pendingNotices.append(n);
        Q_EMIT notice(n);
    });
}

DbWorker::~DbWorker() = default;

void DbWorker::cancelRequest(quint64 id)
{
    quint64 target = 0;
    {
        QMutexLocker lock(&m_cancelMutex);
        if (id == 0 || id == m_running)
            target = m_running;
        else if (id > m_lastStarted)
            m_cancelledBeforeStart.insert(id); // queued: execute() checks just before it runs
        // else: it has finished; nothing to cancel and nothing to remember
    }
    if (target != 0)
        m_conn.cancelInBackground([running = m_runningNow, target] { return running->load() == target; });
}

int DbWorker::pendingCancels() const
{
    QMutexLocker lock(&m_cancelMutex);
    return int(m_cancelledBeforeStart.size());
}

void DbWorker::cancelCurrent()
{
    cancelRequest(0);
}

void DbWorker::shutdown()
{
    m_closing = true;
    cancelCurrent();
}

void DbWorker::setState(ConnectionState state, const DbError& error)
{
    if (state == m_state && !error.isError())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, error);
}

bool DbWorker::connectNow(DbError* error)
{
    watchSocket(false);
    if (!m_conn.open(m_options, error))
        return false;
    DbRequest probe;
    probe.tag = QStringLiteral("capabilities");
    probe.sql = SqlLibrary::load(QStringLiteral("capabilities"));
    DbError probeError;
    const ResultSet caps = m_options.session.apply && !m_options.isPgBouncerConsole()
                               ? m_conn.execute(probe, &probeError)
                               : ResultSet();
    m_everConnected = true;
    m_reconnectAttempt = 0;
    watchSocket(true);
    setState(ConnectionState::Connected);
    // A failed probe (pgbouncer's console, a very old server) still leaves a usable session.
    Capabilities capabilities = probeError.isError() ? Capabilities() : Capabilities::fromResult(caps);
    capabilities.tls = m_conn.tlsInfo();
    Q_EMIT connected(capabilities);
    return true;
}

void DbWorker::open(const ConnectionOptions& options)
{
    m_reconnectTimer->stop();
    m_closing = false;
    m_options = options;
    m_everConnected = false;
    setState(ConnectionState::Connecting);
    DbError error;
    if (!connectNow(&error))
        setState(ConnectionState::Disconnected, error);
}

void DbWorker::close()
{
    m_closing = true;
    m_reconnectTimer->stop();
    watchSocket(false);
    m_conn.close();
    setState(ConnectionState::Disconnected);
}

void DbWorker::execute(const DbRequest& request)
{
    DbReply reply;
    reply.id = request.id;
    reply.tag = request.tag;
    {
        QMutexLocker lock(&m_cancelMutex);
        if (m_cancelledBeforeStart.remove(request.id) || m_closing) {
            reply.error.kind = DbError::Kind::Cancelled;
            reply.error.sqlState = QStringLiteral("57014");
            reply.error.message = tr("cancelled before it started");
            Q_EMIT replied(reply);
            return;
        }
    }
    if (!m_conn.isOpen() && m_everConnected && !m_closing) {
        // Try once at once rather than fail while the backoff timer waits.
        DbError error;
        if (!connectNow(&error))
            scheduleReconnect();
    }
    if (!m_conn.isOpen()) {
        reply.error.kind = m_everConnected ? DbError::Kind::ConnectionLost : DbError::Kind::Connection;
        reply.error.sqlState = QStringLiteral("08003");
        reply.error.message = tr("not connected to the server");
        Q_EMIT replied(reply);
        return;
    }

    watchSocket(false);
    m_pendingNotices.clear();
    {
        // Checked again, in one step with marking it running: a cancel that came during the
        // reconnect above is seen here, and one that comes after finds it running.
        QMutexLocker lock(&m_cancelMutex);
        const bool cancelled = m_cancelledBeforeStart.remove(request.id) || m_closing;
        m_lastStarted = qMax(m_lastStarted, request.id);
        m_cancelledBeforeStart.removeIf([id = request.id](quint64 other) { return other < id; });
        if (cancelled) {
            lock.unlock();
            reply.error.kind = DbError::Kind::Cancelled;
            reply.error.sqlState = QStringLiteral("57014");
            reply.error.message = tr("cancelled before it started");
            watchSocket(true);
            Q_EMIT replied(reply);
            return;
        }
        m_running = request.id;
        *m_runningNow = request.id;
    }
    reply.result = m_conn.execute(request, &reply.error);
    {
        QMutexLocker lock(&m_cancelMutex);
        m_running = 0;
        *m_runningNow = 0;
    }
    reply.notices = m_pendingNotices;
    m_pendingNotices.clear();
    if (reply.error.kind == DbError::Kind::ConnectionLost) {
        Q_EMIT replied(reply);
        connectionLost(reply.error);
        return;
    }
    watchSocket(true);
    Q_EMIT replied(reply);
}

void DbWorker::connectionLost(const DbError& error)
{
    watchSocket(false);
    m_conn.close();
    if (m_closing)
        return;
    setState(ConnectionState::Lost, error);
    scheduleReconnect();
}

void DbWorker::scheduleReconnect()
{
    if (m_closing || m_reconnectTimer->isActive())
        return;
    const int delay = qMin(kMaxRetryMs, kFirstRetryMs << qMin(m_reconnectAttempt, 6));
    m_reconnectTimer->start(delay);
}

void DbWorker::tryReconnect()
{
    if (m_closing || m_conn.isOpen())
        return;
    ++m_reconnectAttempt;
    setState(ConnectionState::Reconnecting);
    DbError error;
    if (!connectNow(&error))
        scheduleReconnect();
}

void DbWorker::watchSocket(bool enable)
{
    if (m_notifier) {
        // deleteLater: this may run inside the notifier's own activated() signal
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (!enable || m_conn.socket() < 0)
        return;
    // While idle the server only speaks to say it is going away (or to deliver NOTIFY).
    m_notifier = new QSocketNotifier(m_conn.socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DbWorker::onSocketActivity);
}

void DbWorker::onSocketActivity()
{
    if (m_conn.consumeIdleInput())
        return;
    DbError error;
    error.kind = DbError::Kind::ConnectionLost;
    error.sqlState = QStringLiteral("08006");
    error.message = tr("the server closed the connection");
    connectionLost(error);
}

} // namespace sg
