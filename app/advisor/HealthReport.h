// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Advisor.h"
#include "WraparoundForecast.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace sg {

class DbClient;

/// The health report: server version and the settings that matter, cache hit ratios, connection
/// use, pg_stat_statements presence, checkpoints and I/O (pg_stat_io on 16+), transaction ID
/// wraparound (ages, what holds the horizon back, a forecast from the local history),
/// sequences near their limit, autovacuum's workers, the tables it owes work to and the commands
/// in progress, replication (standbys and their lag, slots and the WAL they keep, archiving, a
/// standby's receiver), and every advisor finding with its fix. Collected on one
/// worker (collect(), then ready() or failed()); written as JSON for machines, Markdown or HTML
/// for people.
class HealthReport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Json };

    explicit HealthReport(DbClient* client, QObject* parent = nullptr);

    /// The next transaction ID as sampled into the local history, oldest first: the basis of the
    /// wraparound forecast. Without it the report says there is none.
    void setXidHistory(const QList<WraparoundForecast::Sample>& samples) { m_xidHistory = samples; }
    void collect();
    QJsonObject toJson() const;
    QString toMarkdown() const;
    QString toHtml() const;
    QString render(Format format) const;
    /// md, markdown, html, htm, json; false for anything else.
    static bool parseFormat(const QString& name, Format* format);
    /// The format a file name asks for by its extension (Markdown when unknown).
    static Format formatForPath(const QString& path);

Q_SIGNALS:
    void ready();
    void failed(const sg::DbError& error);

private:
    void maybeReady();

    DbClient* m_client;
    Advisor m_advisor;
    QJsonObject checkpointsJson() const;
    QJsonValue ioJson() const;
    QJsonObject wraparoundJson() const;
    QJsonArray sequencesJson() const;
    QJsonObject vacuumJson() const;
    QJsonObject replicationJson() const;
    WraparoundForecast forecast() const;
    /// Sends one of the report's queries; its reply fills \a into.
    void ask(const QString& query, ResultSet* into);

    QHash<quint64, ResultSet*> m_pending; ///< request id -> where its rows go, for this collect()
    ResultSet m_overview, m_checkpoints, m_io, m_wraparound, m_oldestTables, m_horizon, m_sequences;
    ResultSet m_autovacuum, m_vacuumQueue, m_progress;
    ResultSet m_replicas, m_slots, m_subscriptions, m_wal;
    QList<WraparoundForecast::Sample> m_xidHistory;
    int m_serverMajor = 0;
    bool m_haveOverview = false;
    bool m_haveFindings = false;
    qint64 m_generatedMs = 0;
};

} // namespace sg
