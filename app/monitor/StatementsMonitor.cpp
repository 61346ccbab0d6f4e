// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsMonitor.h"

#include "db/Capabilities.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"

#include <QDateTime>

namespace sg {

namespace {
const QStringList kStatementKey{QStringLiteral("queryid"), QStringLiteral("user"), QStringLiteral("database")};
} // namespace

StatementsMonitor::StatementsMonitor(ServerSession* session, const QString& historyPath, QObject* parent)
    : QObject(parent), m_session(session),
      m_top(new LiveQuery(session->monitor(), QStringLiteral("statements_top"), kStatementKey, this)),
      m_running(new LiveQuery(session->monitor(), QStringLiteral("statements_running"), {QStringLiteral("pid")},
                              this)),
      m_statements(new ResultTableModel(this)), m_runningNow(new ResultTableModel(this))
{
    // pg_stat_statements moves slowly and its read is the heaviest of the monitor's: every 5 s;
    // what runs now every 2 s, like the Activity panel's session list.
    m_top->setIntervalMs(5000);
    m_running->setIntervalMs(2000);
    m_statements->setKeyColumns(kStatementKey);
    m_runningNow->setKeyColumns({QStringLiteral("pid")});
    if (!m_snapshots.open(historyPath))
        m_historyError = m_snapshots.lastError();
    connect(m_top, &LiveQuery::updated, this, &StatementsMonitor::onTopUpdated);
    connect(m_top, &LiveQuery::failed, this, &StatementsMonitor::failed);
    connect(m_running, &LiveQuery::updated, this, &StatementsMonitor::rebuildRunning);
    connect(m_running, &LiveQuery::failed, this, &StatementsMonitor::runningUpdated);
    connect(session->interactive(), &DbClient::replied, this, [this](const DbReply& r) {
        if (r.id != m_resetRequest)
            return;
        m_resetRequest = 0;
        Q_EMIT resetFinished(r.ok(), r.ok() ? tr("Statistics reset on the server.") : r.error.userMessage());
        if (r.ok())
            m_top->refresh();
    });
}

StatementsMonitor::~StatementsMonitor() = default;

void StatementsMonitor::start()
{
    m_top->start();
    m_running->start();
}

void StatementsMonitor::stop()
{
    m_top->stop();
    m_running->stop();
}

void StatementsMonitor::refresh()
{
    m_top->refresh();
    m_running->refresh();
}

void StatementsMonitor::setWindow(Window window)
{
    m_window = window;
    rebuild();
}

void StatementsMonitor::setRunningThresholdSeconds(double seconds)
{
    m_thresholdSeconds = seconds;
    rebuildRunning();
}

qint64 StatementsMonitor::windowLengthMs(qint64 nowMs) const
{
    switch (m_window) {
    case Window::SinceReset:
        return 0;
    case Window::Last15Minutes:
        return 15 * 60 * 1000LL;
    case Window::LastHour:
        return 3600 * 1000LL;
    case Window::Last24Hours:
        return 24 * 3600 * 1000LL;
    case Window::SinceMidnight:
        return nowMs - QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    }
    return 0;
}

void StatementsMonitor::onTopUpdated()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ResultSet& live = m_top->model()->result();
    if (now - m_lastSnapshotMs >= m_snapshotEveryMs && live.rowCount() > 0) {
        // A history that cannot be written loses the windows, not the live view.
        m_historyError = m_snapshots.save(m_session->options().displayName(), now, live) ? QString()
                                                                                         : m_snapshots.lastError();
        m_lastSnapshotMs = now;
    }
    rebuild();
}

void StatementsMonitor::rebuild()
{
    const ResultSet& live = m_top->model()->result();
    if (live.isNull())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 length = windowLengthMs(now);
    m_windowNote.clear();
    if (m_window == Window::SinceReset) {
        m_statements->setResult(live);
        Q_EMIT updated();
        return;
    }
    const StatementSnapshots::Window w =
        m_snapshots.window(m_session->options().displayName(), live, now, length);
    m_statements->setResult(w.rows);
    if (w.fromMs == 0)
        m_windowNote = tr("No snapshot yet (one is kept every %n minute(s)): these are the totals since the reset.",
                          nullptr, int(m_snapshotEveryMs / 60000));
    else if (now - w.fromMs < length - m_snapshotEveryMs)
        m_windowNote = tr("The local history goes back to %1 only: differences since then.")
                           .arg(QDateTime::fromMSecsSinceEpoch(w.fromMs).toString(QStringLiteral("HH:mm")));
    else
        m_windowNote = tr("Differences since %1; max and stddev are since the reset.")
                           .arg(QDateTime::fromMSecsSinceEpoch(w.fromMs).toString(QStringLiteral("ddd HH:mm")));
    if (w.resetRows > 0)
        m_windowNote += QLatin1Char(' ') +
                        tr("%n statement(s) were reset meanwhile and count from the reset (column reset).",
                           nullptr, w.resetRows);
    Q_EMIT updated();
}

void StatementsMonitor::rebuildRunning()
{
    const ResultSet& all = m_running->model()->result();
    const int seconds = all.columnIndex(QStringLiteral("seconds"));
    ResultSet::Data d;
    d.columns = all.columns();
    for (int r = 0; r < all.rowCount(); ++r) {
        if (all.value(r, seconds).toDouble() >= m_thresholdSeconds)
            d.rows.append(all.row(r));
    }
    m_runningNow->setResult(ResultSet(std::move(d)));
    Q_EMIT runningUpdated();
}

int StatementsMonitor::rowOfStatement(const QString& queryId) const
{
    const ResultSet& rows = m_statements->result();
    const int column = rows.columnIndex(QStringLiteral("queryid"));
    for (int r = 0; r < rows.rowCount(); ++r) {
        if (rows.value(r, column).toString() == queryId)
            return r;
    }
    return -1;
}

QString StatementsMonitor::statementText(int row) const
{
    return m_statements->result().value(row, QStringLiteral("query_text")).toString();
}

QString StatementsMonitor::runningQueryId(int row) const
{
    return m_runningNow->result().value(row, QStringLiteral("queryid")).toString();
}

QString StatementsMonitor::resetSql()
{
    return QStringLiteral("SELECT pg_stat_statements_reset()");
}

void StatementsMonitor::resetStatistics()
{
    m_resetRequest = m_session->interactive()->submit(QStringLiteral("statements reset"), resetSql());
}

QString StatementsMonitor::failureText() const
{
    const DbError error = m_top->lastError();
    const QString advice = missingExtensionAdvice(error, m_session->capabilities());
    return advice.isEmpty() ? error.userMessage() : advice;
}

QString StatementsMonitor::missingExtensionAdvice(const DbError& error, const Capabilities& caps)
{
    if (!error.message.contains(QLatin1String("pg_stat_statements")))
        return {};
    if (error.message.contains(QLatin1String("shared_preload_libraries")))
        return tr("pg_stat_statements is created in this database but not loaded by the server: add it to "
                  "shared_preload_libraries in postgresql.conf (shared_preload_libraries = "
                  "'pg_stat_statements') and restart the server. The other panels work without it.");
    if (caps.sharedPreloadLibraries.contains(QLatin1String("pg_stat_statements")))
        return tr("pg_stat_statements is loaded by the server but not created in this database: run CREATE "
                  "EXTENSION pg_stat_statements; here (needs the CREATE privilege). The other panels work "
                  "without it.");
    return tr("Slow queries come from pg_stat_statements, which this database does not have. Two steps: add it "
              "to shared_preload_libraries in postgresql.conf and restart the server (if it is not loaded "
              "already), then run CREATE EXTENSION pg_stat_statements; in this database. The other panels "
              "work without it.");
}

} // namespace sg
