// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSession.h"

#include "DbClient.h"

namespace sg {

ServerSession::ServerSession(QObject* parent)
    : QObject(parent), m_monitor(new DbClient(QStringLiteral("monitor"), this)),
      m_interactive(new DbClient(QStringLiteral("interactive"), this)),
      m_catalog(new DbClient(QStringLiteral("catalog"), this)),
      m_admin(new DbClient(QStringLiteral("admin"), this))
{
    connect(m_monitor, &DbClient::stateChanged, this, &ServerSession::stateChanged);
    connect(m_monitor, &DbClient::connected, this, [this](const Capabilities& c) {
        Q_EMIT connected(c);
        ping();
    });
    connect(m_monitor, &DbClient::replied, this, [this](const DbReply& r) {
        if (r.id != m_pingId)
            return;
        m_pingId = 0;
        if (r.ok()) {
            m_latencyMs = double(r.result.elapsedUs()) / 1000.0;
            Q_EMIT latencyChanged(m_latencyMs);
        }
    });
    m_pingTimer.setInterval(2000);
    connect(&m_pingTimer, &QTimer::timeout, this, &ServerSession::ping);
}

ServerSession::~ServerSession() = default;

void ServerSession::open(const ConnectionOptions& options)
{
    m_options = options;
    m_monitor->open(options);
    m_interactive->open(options);
    if (!options.isPgBouncerConsole()) {
        // A backstop behind the lock-aware catalog queries: a lock taken between their check and
        // their read makes them fail in 2 s and say so, instead of waiting with the lock's queue.
        ConnectionOptions catalog = options;
        if (catalog.session.lockTimeoutMs <= 0)
            catalog.session.lockTimeoutMs = 2000;
        m_catalog->open(catalog);
        ConnectionOptions admin = options;
        admin.session.readOnly = true; // it can signal sessions, never change data
        admin.session.statementTimeoutMs = 5000;
        m_admin->open(admin);
    }
    m_pingTimer.start();
}

ConnectionState ServerSession::state() const
{
    return m_monitor->state();
}

const Capabilities& ServerSession::capabilities() const
{
    return m_monitor->capabilities();
}

void ServerSession::unlockWrites()
{
    if (writesAllowed())
        return;
    m_options.session.readOnly = false;
    for (DbClient* c : {m_monitor, m_interactive, m_catalog}) {
        c->submit(QStringLiteral("unlock-writes"), QStringLiteral("SET default_transaction_read_only = off"));
        c->setSessionSettings(m_options.session);
    }
    Q_EMIT writesAllowedChanged(true);
}

void ServerSession::lockWrites()
{
    if (!writesAllowed())
        return;
    m_options.session.readOnly = true;
    for (DbClient* c : {m_monitor, m_interactive, m_catalog}) {
        c->submit(QStringLiteral("lock-writes"), QStringLiteral("SET default_transaction_read_only = on"));
        c->setSessionSettings(m_options.session);
    }
    Q_EMIT writesAllowedChanged(false);
}

void ServerSession::ping()
{
    if (m_pingId != 0 || m_monitor->state() != ConnectionState::Connected)
        return;
    m_pingId = m_monitor->submit(QStringLiteral("ping"), QStringLiteral("SELECT 1"));
}

} // namespace sg
