// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/StatementSnapshots.h"
#include "monitor/WaitProfile.h"

#include <QHash>
#include <QWidget>

#include <array>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sg {
class ActivityMonitor;
class ResultTableModel;
class WaitRecorder;
} // namespace sg

namespace sg::ui {

class TimeSeriesChart;

/// The Activity panel's "Load by wait" tab: average active sessions by wait class as stacked
/// areas against the server's CPU count, and, for a range dragged on the chart (else the whole
/// window), its top wait events, queries (with their pg_stat_statements figures from 14 on),
/// applications, users and databases.
class WaitProfileView : public QWidget
{
    Q_OBJECT
public:
    /// The live view of \a monitor's profile, with its sampling controls and the recorder.
    explicit WaitProfileView(sg::ActivityMonitor* monitor, QWidget* parent = nullptr);
    /// A fixed profile (an opened recording), with \a cpus for the line (0: unknown).
    WaitProfileView(const sg::WaitProfile* recorded, int cpus, QWidget* parent = nullptr);

    /// Draws the seconds between \a fromMs and \a toMs (the panel's window).
    void redraw(qint64 fromMs, qint64 toMs);
    TimeSeriesChart* chart() const { return m_chart; }
    QTableView* table(WaitProfile::Dimension d) const { return m_tables[d]; }
    /// What the tables summarise: the range, its seconds and average load.
    QString rangeText() const;

    /// The recorder (live view only): Record starts it; Stop ends it and asks where to save.
    sg::WaitRecorder* recorder() const { return m_recorder; }
    /// Saves the last recording; on failure it stays, so Save can be tried again elsewhere.
    bool saveRecording(const QString& path, QString* error);
    /// Opens a recording in a window of its own (nullptr and \a error when it cannot be read).
    QWidget* openRecording(const QString& path, QString* error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build(QHBoxLayout* controls);
    const sg::WaitProfile& profile() const;
    void toggleRecording();
    void askWhereToSave();
    void updateRecordButton();
    void summarize();
    void showTops();
    void updateCpuLine();

    sg::ActivityMonitor* m_monitor = nullptr;
    const sg::WaitProfile* m_recorded = nullptr;
    int m_recordedCpus = 0;
    sg::WaitRecorder* m_recorder = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_save = nullptr;
    bool m_unsaved = false; ///< a stopped recording not saved yet
    QLabel* m_recordState = nullptr;
    TimeSeriesChart* m_chart;
    QLabel* m_range;
    QLabel* m_cpuSource;
    QComboBox* m_rate = nullptr;
    QSpinBox* m_cpus = nullptr;
    std::array<sg::ResultTableModel*, WaitProfile::DimensionCount> m_models{};
    std::array<QTableView*, WaitProfile::DimensionCount> m_tables{};
    WaitProfile::Summary m_summary;
    qint64 m_windowFromMs = 0;
    qint64 m_windowToMs = 0;
    qint64 m_summarizedAtMs = 0;
    QPair<qint64, qint64> m_summarizedWindow;
    /// pg_stat_statements' text, calls, mean ms and total ms per query_id, as last read.
    QHash<qint64, QList<QVariant>> m_statements;
    /// The Slow queries panel's snapshots of pg_stat_statements, for calls and mean time within a
    /// range (opened on first use), and the last two read from it.
    sg::StatementSnapshots m_snapshots;
    bool m_snapshotsOpened = false;
    QHash<qint64, QHash<qint64, sg::StatementSnapshots::QueryTotals>> m_snapshotCache;
    const QHash<qint64, sg::StatementSnapshots::QueryTotals>& snapshotTotals(qint64 tMs);
    QString m_statementsNote;
    QString m_sampleError; ///< the last sample's failure, until one succeeds
};

} // namespace sg::ui
