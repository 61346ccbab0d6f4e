// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WaitProfile.h"

#include "db/DbError.h"
#include "db/DbRequest.h"

#include <QObject>
#include <QTimer>

namespace sg {

class DbClient;
class HistoryStore;

/// Samples the sessions doing work (resources/sql/wait_sample.sql) on the monitoring worker, 1 to
/// 10 times a second, into a WaitProfile. A sample still running when the next is due is not
/// doubled: the rate drops instead (a slow server gets fewer samples, never a queue).
class WaitProfiler : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultHz = 5;

    explicit WaitProfiler(DbClient* client, QObject* parent = nullptr);

    void setRateHz(int hz); ///< clamped to 1–10
    int rateHz() const { return 1000 / m_timer.interval(); }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void sampleNow();

    /// Asks pg_stat_statements for these query_ids (wait_statements.sql): statementsRead() follows,
    /// or statementsFailed() (no pg_stat_statements in this database).
    void readStatements(const QList<qint64>& queryIds);

    /// Restores the last 24 h of this server from the local history, and keeps each second there
    /// from now on (nullptr: no history).
    void attachHistory(HistoryStore* store, const QString& serverKey);

    const WaitProfile& profile() const { return m_profile; }
    int sampleCount() const { return m_samples; }

Q_SIGNALS:
    /// A second of samples was closed into the profile.
    void secondClosed();
    /// Every sample as it came back (the incident recorder keeps them).
    void sampled(qint64 atMs, const sg::ResultSet& activeSessions);
    void failed(const sg::DbError& error);
    void statementsRead(const sg::ResultSet& rows);
    void statementsFailed(const sg::DbError& error);

private:
    void onReply(const DbReply& reply);
    void keep(const WaitProfile::Second& second);

    DbClient* m_client;
    QTimer m_timer;
    quint64 m_inFlight = 0;
    quint64 m_statements = 0;
    WaitProfile m_profile;
    int m_samples = 0;
    HistoryStore* m_store = nullptr;
    QString m_serverKey;
};

} // namespace sg
