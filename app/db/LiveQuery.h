// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbError.h"
#include "DbRequest.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace sg {

class DbClient;
class ResultTableModel;

/// Runs one catalog query from resources/sql on a DbClient at an interval and feeds a
/// ResultTableModel. Replies to anything but the latest request are dropped, and a refresh is
/// skipped while the previous one is still running, so a slow server never queues work up.
class LiveQuery : public QObject
{
    Q_OBJECT
public:
    LiveQuery(DbClient* client, const QString& queryName, const QStringList& keyColumns,
              QObject* parent = nullptr);

    ResultTableModel* model() const { return m_model; }
    QString queryName() const { return m_queryName; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    void start();
    void stop();
    void refresh();

    bool hasData() const { return m_updates > 0; }
    int updateCount() const { return m_updates; }
    DbError lastError() const { return m_lastError; }
    QDateTime lastUpdated() const { return m_lastUpdated; }

Q_SIGNALS:
    void updated();
    void failed(const sg::DbError& error);

private:
    void onReply(const DbReply& reply);

    DbClient* m_client;
    QString m_queryName;
    ResultTableModel* m_model;
    QTimer m_timer;
    quint64 m_inFlight = 0;
    int m_updates = 0;
    DbError m_lastError;
    QDateTime m_lastUpdated;
};

} // namespace sg
