// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sg {
class ActivityMonitor;
}

namespace sg::ui {

class ElidedLabel;
class SessionsView;
class TimeSeriesChart;
class WaitProfileView;

/// The Activity dock: warnings, four live charts (connections by state against max_connections,
/// utilization against its threshold, TPS, cache hit ratio) over a chosen window, and tabs with
/// sessions and the blocking tree, per-application pools and the alert log. Against pgbouncer's
/// admin console it charts SHOW POOLS and lists SHOW STATS instead.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(sg::ActivityMonitor* monitor, QWidget* parent = nullptr);

    /// Window lengths offered, in seconds: 1 min, 5 min, 15 min, 1 h, 24 h.
    static const QList<int>& windows();
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowS; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Draws what the samples taken while the panel was covered changed (its dock back in front).
    void showIfStale();

    /// Saves the charts as one PNG / the window's samples as CSV; returns an error message or "".
    QString exportPng(const QString& path);
    QString exportCsv(const QString& path);

    QList<TimeSeriesChart*> charts() const { return m_charts; }
    SessionsView* sessionsView() const { return m_sessions; }
    WaitProfileView* waitProfileView() const { return m_waits; }
    /// The one-line strip of warnings firing now (empty text when none).
    ElidedLabel* warningBanner() const { return m_banner; }

private:
    QWidget* buildControls();
    QWidget* buildStatusStrip();
    void setBannerText(const QString& text);
    QWidget* buildCharts();
    QWidget* buildPoolCharts();
    QTableView* tableFor(QAbstractItemModel* model, const QString& objectName);
    void redraw();
    void redrawPools();
    void showAlerts();
    void updateSummary();

    sg::ActivityMonitor* m_monitor;
    ElidedLabel* m_banner;
    QLabel* m_note;
    QLabel* m_summary;
    QComboBox* m_window;
    QPushButton* m_pause;
    QDoubleSpinBox* m_interval;
    QWidget* m_chartArea = nullptr;
    QLabel* m_connectionsLegend = nullptr;
    QList<TimeSeriesChart*> m_charts;
    QTabWidget* m_tabs;
    SessionsView* m_sessions = nullptr;
    WaitProfileView* m_waits = nullptr;
    int m_windowS = 300;
    bool m_paused = false;
    bool m_stale = false; // samples came while the panel was covered
};

} // namespace sg::ui
