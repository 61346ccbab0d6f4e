// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveQuery.h"

#include "DbClient.h"
#include "ResultTableModel.h"
#include "SqlLibrary.h"

namespace sg {

LiveQuery::LiveQuery(DbClient* client, const QString& queryName, const QStringList& keyColumns,
                     QObject* parent)
    : QObject(parent), m_client(client), m_queryName(queryName), m_model(new ResultTableModel(this))
{
    m_model->setKeyColumns(keyColumns);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &LiveQuery::refresh);
    connect(m_client, &DbClient::replied, this, &LiveQuery::onReply);
    // Every request gets exactly one reply, even when the session drops, so nothing to reset
    // here: just refresh at once after a (re)connect.
    connect(m_client, &DbClient::connected, this, [this] {
        if (m_timer.isActive())
            refresh();
    });
}

void LiveQuery::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

void LiveQuery::start()
{
    m_timer.start();
    refresh();
}

void LiveQuery::stop()
{
    m_timer.stop();
}

void LiveQuery::refresh()
{
    if (m_inFlight != 0 || m_client->state() != ConnectionState::Connected)
        return;
    const QString sql = SqlLibrary::load(m_queryName, m_client->capabilities().majorVersion());
    if (sql.isEmpty()) {
        m_lastError.kind = DbError::Kind::Query;
        m_lastError.message = tr("no query named %1 in resources/sql").arg(m_queryName);
        Q_EMIT failed(m_lastError);
        return;
    }
    m_inFlight = m_client->submit(QStringLiteral("live:") + m_queryName, sql);
}

void LiveQuery::onReply(const DbReply& reply)
{
    if (reply.id != m_inFlight)
        return; // someone else's, or a stale generation
    m_inFlight = 0;
    if (!reply.ok()) {
        m_lastError = reply.error;
        Q_EMIT failed(reply.error);
        return;
    }
    m_lastError = {};
    m_model->setResult(reply.result);
    m_lastUpdated = QDateTime::currentDateTime();
    ++m_updates;
    Q_EMIT updated();
}

} // namespace sg
