// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/StatementSnapshots.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sg {
class LiveQuery;
class ResultSortFilterProxy;
class ResultTableModel;
class ServerSession;
struct DbError;
} // namespace sg

namespace sg::ui {

/// The "Slow queries" dock: pg_stat_statements, either since the statistics were last reset or
/// over a window (the last 15 minutes, hour, day, since midnight) worked out from snapshots kept
/// in the local history. Filter, sort, double-click to explain, reset on the server only after
/// a confirmation.
class StatementsPanel : public QWidget
{
    Q_OBJECT
public:
    /// \a running: statements_running (what runs now), for the list below the statements.
    StatementsPanel(sg::LiveQuery* query, sg::LiveQuery* running, sg::ServerSession* session,
                    QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTableView* runningTable() const { return m_runningTable; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    /// Selects the statement of the running query in row \a runningRow; false if it is not listed.
    bool showStatementOfRunning(int runningRow);
    QComboBox* windowBox() const { return m_window; }
    QString statusText() const;
    sg::ResultTableModel* model() const { return m_model; }
    /// How often a snapshot is kept (5 minutes by default).
    void setSnapshotIntervalMs(qint64 ms) { m_snapshotEveryMs = ms; }
    void setFailureAdvice(std::function<QString(const sg::DbError&)> advice) { m_advice = std::move(advice); }
    /// Resets pg_stat_statements on the server; \a confirmed skips the question (tests).
    void resetStatistics(bool confirmed);

Q_SIGNALS:
    void explainRequested(const QString& sql);
    void shown();

private:
    void onUpdated();
    void rebuild();
    void showStatus(const QString& extra = {});
    void rebuildRunning();

    sg::LiveQuery* m_query;
    sg::ServerSession* m_session;
    sg::StatementSnapshots m_snapshots;
    sg::ResultTableModel* m_model;
    sg::ResultSortFilterProxy* m_proxy;
    QComboBox* m_window;
    QLineEdit* m_filter;
    QCheckBox* m_showOwn;
    QPushButton* m_reset;
    QTableView* m_table;
    QLabel* m_status;
    sg::LiveQuery* m_running;
    sg::ResultTableModel* m_runningModel;
    QTableView* m_runningTable;
    QSpinBox* m_threshold;
    QLabel* m_runningLabel;
    qint64 m_snapshotEveryMs = 5 * 60 * 1000;
    qint64 m_lastSnapshotMs = 0;
    QString m_note;
    quint64 m_resetRequest = 0;
    bool m_columnsSized = false;
    std::function<QString(const sg::DbError&)> m_advice;
};

} // namespace sg::ui
