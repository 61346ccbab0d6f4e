// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitProfiler.h"

#include "HistoryStore.h"

#include "db/DbClient.h"
#include "db/SqlLibrary.h"

#include <QDateTime>

namespace sg {

WaitProfiler::WaitProfiler(DbClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    setRateHz(DefaultHz);
    connect(&m_timer, &QTimer::timeout, this, &WaitProfiler::sampleNow);
    connect(m_client, &DbClient::replied, this, &WaitProfiler::onReply);
}

void WaitProfiler::setRateHz(int hz)
{
    m_timer.setInterval(1000 / qBound(1, hz, 10));
}

void WaitProfiler::attachHistory(HistoryStore* store, const QString& serverKey)
{
    m_store = store;
    m_serverKey = serverKey;
    if (!m_store)
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
    for (const WaitProfile::StoredQuery& q : m_store->loadWaitQueries(serverKey))
        m_profile.restoreQuery(q);
    for (const auto& [startMs, packed] : m_store->loadWaits(serverKey, since))
        m_profile.restoreSecond(startMs, packed);
}

void WaitProfiler::keep(const WaitProfile::Second& second)
{
    if (m_store && second.startMs != 0)
        m_store->appendWaits(m_serverKey, second.startMs, m_profile.packSecond(second),
                             m_profile.queriesOf(second));
    Q_EMIT secondClosed();
}

void WaitProfiler::start()
{
    m_timer.start();
    sampleNow();
}

void WaitProfiler::stop()
{
    m_timer.stop();
    const qint64 newest = m_profile.latest().startMs;
    m_profile.flush();
    if (m_profile.latest().startMs != newest)
        keep(m_profile.latest());
    if (m_store)
        m_store->flush();
}

void WaitProfiler::sampleNow()
{
    if (m_inFlight != 0 || m_client->state() != ConnectionState::Connected)
        return;
    m_inFlight = m_client->submit(
        QStringLiteral("wait-sample"),
        SqlLibrary::load(QStringLiteral("wait_sample"), m_client->capabilities().majorVersion()));
}

void WaitProfiler::readStatements(const QList<qint64>& queryIds)
{
    QStringList ids;
    for (qint64 id : queryIds)
        ids << QString::number(id);
    m_statements = m_client->submit(QStringLiteral("wait-statements"),
                                    SqlLibrary::load(QStringLiteral("wait_statements")),
                                    {QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))});
}

void WaitProfiler::onReply(const DbReply& reply)
{
    if (reply.id != 0 && reply.id == m_statements) {
        m_statements = 0;
        if (reply.ok())
            Q_EMIT statementsRead(reply.result);
        else
            Q_EMIT statementsFailed(reply.error);
        return;
    }
    if (reply.id != m_inFlight || m_inFlight == 0)
        return;
    m_inFlight = 0;
    if (!reply.ok()) {
        Q_EMIT failed(reply.error);
        return;
    }
    // The client's clock: the samples of one second are the ones that came back in it.
    const qint64 newest = m_profile.latest().startMs;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    m_profile.addSample(at, reply.result);
    ++m_samples;
    Q_EMIT sampled(at, reply.result);
    if (m_profile.latest().startMs != newest)
        keep(m_profile.latest());
}

} // namespace sg
