// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbClient.h"

#include "DbWorker.h"

#include <atomic>

namespace sg {

namespace {
std::atomic<quint64> g_nextRequestId{1};
}

void registerDbMetaTypes()
{
    qRegisterMetaType<sg::ConnectionOptions>();
    qRegisterMetaType<sg::DbRequest>();
    qRegisterMetaType<sg::DbReply>();
    qRegisterMetaType<sg::DbNotice>();
    qRegisterMetaType<sg::DbError>();
    qRegisterMetaType<sg::ResultSet>();
    qRegisterMetaType<sg::Capabilities>();
    qRegisterMetaType<sg::ConnectionState>();
}

DbClient::DbClient(const QString& name, QObject* parent) : QObject(parent), m_name(name)
{
    registerDbMetaTypes();
    m_worker = new DbWorker(name);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("db-") + name);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DbWorker::stateChanged, this, [this](ConnectionState s, const DbError& e) {
        m_state = s;
        if (e.isError())
            m_lastError = e;
        Q_EMIT stateChanged(s, e);
    });
    connect(m_worker, &DbWorker::connected, this, [this](const Capabilities& c) {
        m_capabilities = c;
        m_lastError = {};
        Q_EMIT connected(c);
    });
    connect(m_worker, &DbWorker::replied, this, &DbClient::replied);
    connect(m_worker, &DbWorker::notice, this, &DbClient::notice);
    m_thread.start();
}

DbClient::~DbClient()
{
    m_worker->shutdown();
    QMetaObject::invokeMethod(m_worker, &DbWorker::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DbClient::open(const ConnectionOptions& options)
{
    m_options = options;
    m_state = ConnectionState::Connecting;
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(sg::ConnectionOptions, options));
}

void DbClient::setSessionSettings(const SessionSettings& settings)
{
    m_options.session = settings;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings] { w->setSessionSettings(settings); }, Qt::QueuedConnection);
}

quint64 DbClient::submit(DbRequest request)
{
    request.id = g_nextRequestId.fetch_add(1);
    QMetaObject::invokeMethod(m_worker, "execute", Qt::QueuedConnection, Q_ARG(sg::DbRequest, request));
    return request.id;
}

quint64 DbClient::submit(const QString& tag, const QString& sql, const QList<QVariant>& params, int timeoutMs)
{
    DbRequest r;
    r.tag = tag;
    r.sql = sql;
    r.params = params;
    r.timeoutMs = timeoutMs;
    return submit(std::move(r));
}

void DbClient::cancel(quint64 requestId)
{
    m_worker->cancelRequest(requestId);
}

int DbClient::pendingCancels() const
{
    return m_worker->pendingCancels();
}

} // namespace sg
