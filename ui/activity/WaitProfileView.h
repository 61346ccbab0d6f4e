// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/WaitProfile.h"

#include <QHash>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace sg {
class ActivityMonitor;
class ResultTableModel;
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
    explicit WaitProfileView(sg::ActivityMonitor* monitor, QWidget* parent = nullptr);

    /// Draws the seconds between \a fromMs and \a toMs (the panel's window).
    void redraw(qint64 fromMs, qint64 toMs);
    TimeSeriesChart* chart() const { return m_chart; }
    QTableView* table(WaitProfile::Dimension d) const { return m_tables[d]; }
    /// What the tables summarise: the range, its seconds and average load.
    QString rangeText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void summarize();
    void showTops();
    void updateCpuLine();

    sg::ActivityMonitor* m_monitor;
    TimeSeriesChart* m_chart;
    QLabel* m_range;
    QLabel* m_cpuSource;
    QComboBox* m_rate;
    QSpinBox* m_cpus;
    std::array<sg::ResultTableModel*, WaitProfile::DimensionCount> m_models{};
    std::array<QTableView*, WaitProfile::DimensionCount> m_tables{};
    WaitProfile::Summary m_summary;
    qint64 m_windowFromMs = 0;
    qint64 m_windowToMs = 0;
    qint64 m_summarizedAtMs = 0;
    /// pg_stat_statements' text, calls and mean ms per query_id, as last read.
    QHash<qint64, QList<QVariant>> m_statements;
    QString m_statementsNote;
};

} // namespace sg::ui
