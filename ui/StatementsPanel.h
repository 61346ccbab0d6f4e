// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sg {
class ResultSortFilterProxy;
class ResultTableModel;
class StatementsMonitor;
} // namespace sg

namespace sg::ui {

/// The "Slow queries" dock over a StatementsMonitor: pg_stat_statements, either since the
/// statistics were last reset or over a window (the last 15 minutes, hour, day, since midnight),
/// and what runs now. Filter, sort, double-click to explain, reset on the server only after a
/// confirmation.
class StatementsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatementsPanel(sg::StatementsMonitor* monitor, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTableView* runningTable() const { return m_runningTable; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    /// Selects the statement of the running query in row \a runningRow; false if it is not listed.
    bool showStatementOfRunning(int runningRow);
    QComboBox* windowBox() const { return m_window; }
    QString statusText() const;
    sg::ResultTableModel* model() const;
    sg::StatementsMonitor* monitor() const { return m_monitor; }
    /// Resets pg_stat_statements on the server once the user agreed (it clears everyone's figures).
    void resetStatistics();

Q_SIGNALS:
    void explainRequested(const QString& sql);
    void shown();

private:
    void onUpdated();
    void showStatus(const QString& extra = {});
    void onRunningUpdated();

    sg::StatementsMonitor* m_monitor;
    sg::ResultSortFilterProxy* m_proxy;
    QComboBox* m_window;
    QLineEdit* m_filter;
    QCheckBox* m_showOwn;
    QPushButton* m_reset;
    QTableView* m_table;
    QLabel* m_status;
    QTableView* m_runningTable;
    QSpinBox* m_threshold;
    QLabel* m_runningLabel;
    bool m_columnsSized = false;
};

} // namespace sg::ui
