// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivitySampler.h"

#include "HistoryStore.h"

#include "db/DbClient.h"
#include "db/SqlLibrary.h"

#include <QDateTime>

namespace sg {

ActivitySampler::ActivitySampler(DbClient* client, QObject* parent)
    : QObject(parent), m_client(client), m_alerts(ActivityThresholds::load())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ActivitySampler::sampleNow);
    connect(m_client, &DbClient::replied, this, &ActivitySampler::onReply);
    connect(m_client, &DbClient::connected, this, [this] {
        if (m_timer.isActive())
            sampleNow();
    });
}

void ActivitySampler::setIntervalMs(int ms)
{
    m_timer.setInterval(qBound(500, ms, 60000));
}

void ActivitySampler::attachHistory(HistoryStore* store, const QString& serverKey)
{
    m_store = store;
    m_serverKey = serverKey;
    if (!m_store)
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
    const QList<ActivityPoint> points = m_store->load(serverKey, since);
    for (const ActivityPoint& p : points)
        m_history.push(p);
}

void ActivitySampler::start()
{
    m_timer.start();
    sampleNow();
}

void ActivitySampler::stop()
{
    m_timer.stop();
    if (m_store)
        m_store->flush();
}

void ActivitySampler::sampleNow()
{
    if (m_client->state() != ConnectionState::Connected)
        return;
    if (!m_sinceTableIo.isValid() || m_sinceTableIo.hasExpired(TableIoIntervalMs))
        sampleTableIo();
    if (m_inFlight != 0)
        return;
    m_inFlight = m_client->submit(
        QStringLiteral("activity-sample"),
        SqlLibrary::load(QStringLiteral("activity_sample"), m_client->capabilities().majorVersion()));
}

void ActivitySampler::sampleTableIo()
{
    if (m_tableIoInFlight != 0)
        return;
    m_sinceTableIo.start();
    m_tableIoInFlight = m_client->submit(QStringLiteral("activity-table-io"),
                                         SqlLibrary::load(QStringLiteral("activity_table_io")));
}

void ActivitySampler::onReply(const DbReply& reply)
{
    if (reply.id != 0 && reply.id == m_tableIoInFlight) {
        m_tableIoInFlight = 0;
        // A failure shows with the next sample's; the ratios stay unknown until a read succeeds.
        const TableIoCounters io = reply.ok() ? TableIoCounters::fromResult(reply.result) : TableIoCounters{};
        m_tableHit.setTableHitBetween(m_tableIo, io);
        m_tableIo = io;
        return;
    }
    if (reply.id != m_inFlight)
        return;
    m_inFlight = 0;
    if (!reply.ok()) {
        Q_EMIT failed(reply.error);
        return;
    }
    const ActivitySample sample = ActivitySample::fromResult(reply.result);
    m_rates = ActivityRates::between(m_latest, sample);
    m_rates.tableHitPct = m_tableHit.tableHitPct;
    m_rates.indexHitPct = m_tableHit.indexHitPct;
    m_latest = sample;
    ++m_samples;
    ActivityPoint point = ActivityPoint::from(sample, m_rates);
    point.values[ActivityPoint::SequenceUsedPct] = m_sequenceUsedPct;
    m_history.push(point);
    if (m_store)
        m_store->append(m_serverKey, point);
    const QList<AlertEvent> transitions = m_alerts.evaluate(point);
    Q_EMIT sampled();
    if (!transitions.isEmpty())
        Q_EMIT alertsChanged(transitions);
}

} // namespace sg
