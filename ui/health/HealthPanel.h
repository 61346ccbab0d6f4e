// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sg {
class HealthMonitor;
}

namespace sg::ui {

class LiveTableView;
class TimeSeriesChart;

/// The Production health dock: a line each for wraparound (with its forecast and basis),
/// sequences, autovacuum, the commands in progress and replication, coloured by how urgent they
/// are; below, a tab each with the rows behind them (Replication with the WAL rate and the lag
/// charted from the sampler's history). A running command can be cancelled, after a confirmation
/// that shows the statement.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPanel(sg::HealthMonitor* monitor, QWidget* parent = nullptr);

    QLabel* wraparoundLine() const { return m_wraparound; }
    QLabel* sequencesLine() const { return m_sequences; }
    QLabel* vacuumLine() const { return m_vacuum; }
    QLabel* progressLine() const { return m_progress; }
    QLabel* replicationLine() const { return m_replication; }
    TimeSeriesChart* walChart() const { return m_walChart; }
    TimeSeriesChart* lagChart() const { return m_lagChart; }
    /// Above the Checkpoints and I/O tab: the counts and what they say.
    QLabel* checkpointLine() const { return m_checkpointLine; }
    LiveTableView* ioView() const { return m_ioView; }
    QTabWidget* tabs() const { return m_tabs; }
    LiveTableView* progressView() const { return m_progressView; }
    LiveTableView* sequencesView() const { return m_sequencesView; }
    LiveTableView* queueView() const { return m_queueView; }
    QPushButton* cancelButton() const { return m_cancel; }
    /// What became of the last cancel, or why the selected command may not be cancelled.
    QLabel* cancelResult() const { return m_cancelResult; }
    /// Asks to cancel the selected command (confirmation first).
    void cancelSelected();

private:
    void updateLines();
    int selectedPid() const;
    void updateCancelButton();
    QWidget* buildReplicationPage();
    void redrawReplicationCharts();

    sg::HealthMonitor* m_monitor;
    QLabel* m_wraparound;
    QLabel* m_sequences;
    QLabel* m_vacuum;
    QLabel* m_progress;
    QLabel* m_replication;
    QWidget* m_replicationPage = nullptr;
    TimeSeriesChart* m_walChart = nullptr;
    TimeSeriesChart* m_lagChart = nullptr;
    QTabWidget* m_tabs;
    LiveTableView* m_progressView;
    LiveTableView* m_sequencesView;
    LiveTableView* m_queueView;
    QPushButton* m_cancel;
    QLabel* m_cancelResult;
    QLabel* m_checkpointLine;
    QLabel* m_ioNote;
    QWidget* m_ioList; ///< the pg_stat_io list with its caption
    LiveTableView* m_ioView;
};

} // namespace sg::ui
