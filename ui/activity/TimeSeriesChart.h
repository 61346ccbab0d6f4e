// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QAreaSeries;
class QGraphicsRectItem;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QXYSeries;

namespace sg::ui {

/// The series colours of every chart, by meaning (categories, not states: those are StateColors):
/// greens for work, ambers for sessions holding a transaction, reds for waiting and limits.
namespace chartcolor {
inline const QColor kActive(0x2e, 0x7d, 0x32), kIdleTx(0xf9, 0xa8, 0x25), kAborted(0xef, 0x6c, 0x00),
    kLockWait(0xc6, 0x28, 0x28), kOtherWait(0x8e, 0x24, 0xaa), kIdle(0x90, 0xa4, 0xae),
    kHidden(0xbd, 0xbd, 0xbd), kOwn(0x15, 0x65, 0xc0), kLimit(0x21, 0x21, 0x21), kThreshold(0xc6, 0x28, 0x28),
    // Wait classes beyond CPU (kActive), Lock (kLockWait) and LWLock (kOtherWait):
    kIo(0x15, 0x65, 0xc0), kIpc(0x00, 0x83, 0x8f), kClient(0x78, 0x90, 0x9c), kTimeout(0xf9, 0xa8, 0x25),
    kBufferPin(0x6d, 0x4c, 0x41), kExtension(0xd8, 0x1b, 0x60);
} // namespace chartcolor

/// A chart of values over time: stacked areas (bottom layer first) and/or lines, a time axis
/// following the selected window, and a tooltip with every series' exact value at the hovered time.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(const QString& title, QWidget* parent = nullptr);

    /// Adds a stacked layer; setStackedData() gets the cumulative sums, bottom layer first.
    void addArea(const QString& name, const QColor& color);
    /// Adds a line; returns its index for setLineData().
    int addLine(const QString& name, const QColor& color, Qt::PenStyle style = Qt::SolidLine,
                qreal width = 2.0);
    void setStackedData(const QList<QList<QPointF>>& cumulative);
    void setLineData(int line, const QList<QPointF>& points);
    /// Hides or shows a line; a hidden line does not count for the automatic y range.
    void setLineVisible(int line, bool visible);
    /// A fixed y range (percentages); otherwise the axis grows to fit the visible data.
    void setFixedYRange(double min, double max);
    /// A reference line (a limit, a threshold) is drawn where it falls but does not stretch the
    /// axis: 12 sessions against max_connections = 100 stay readable.
    void setLineIsReference(int line, bool reference);
    /// The y axis zooms to the data between \a floor and \a ceiling: a cache hit ratio of 99.7 %
    /// gets 99–100 rather than a flat line at the top of 0–100.
    void setZoomedYRange(double floor, double ceiling);
    /// One spike (a 3,000 tps burst) does not flatten the rest of the window: the axis follows the
    /// bulk of the data and the title names the peak above the scale.
    void setSpikeResistant(bool on);
    void setValueFormat(const QString& suffix, int decimals);
    /// The automatic y axis reaches at least \a top: a replication lag of 0.02 s draws low on a
    /// 0–1 s scale instead of filling a 0–0.025 one whose labels all read 0.0.
    void setMinimumTop(double top) { m_minimumTop = top; }
    /// Hides the chart's own legend (one row that cuts names short when the chart is narrow) and
    /// offers it as wrapping rich text instead: legendHtml(), legendChanged().
    void setExternalLegend();
    /// The visible series' names with their colours, for a label that wraps.
    QString legendHtml() const;
    void setTimeWindow(qint64 fromMs, qint64 toMs);
    int pointCount() const;
    /// The y axis now.
    double yTop() const;
    double yBottom() const;
    /// The tooltip text for a time, as shown on hover.
    QString describe(qint64 timeMs) const;
    /// Dragging across the plot selects a time range (shaded until cleared; a click or a
    /// double-click clears it): rangeSelected(), rangeCleared().
    void setRangeSelectable(bool on) { m_selectable = on; }
    void selectRange(qint64 fromMs, qint64 toMs);
    void clearRange();
    bool hasRange() const { return m_rangeToMs > m_rangeFromMs; }
    qint64 rangeFromMs() const { return m_rangeFromMs; }
    qint64 rangeToMs() const { return m_rangeToMs; }

Q_SIGNALS:
    void legendChanged();
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void rangeCleared();

protected:
    /// Follows the palette (the system's dark or light mode, also when it switches while running).
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyPalette();
    qint64 timeAt(qreal x) const;
    void placeBand(qreal x1, qreal x2);
    void placeBandAtRange();
    void attach(QXYSeries* series);
    void onHovered(const QPointF& point, bool state);
    void fitY();
    int plotColumns() const;

    QDateTimeAxis* m_time;
    QValueAxis* m_y;
    QList<QLineSeries*> m_layers; ///< upper edges of the stacked areas
    QList<QAreaSeries*> m_areas;
    QList<bool> m_layerShown; ///< layers with sessions in the window: the legend names only those
    QList<QLineSeries*> m_lines;
    /// Per line, of its current data: highest and lowest y, and the top that spikes do not set.
    QList<double> m_lineTop;
    QList<double> m_lineBottom;
    QList<double> m_lineBulkTop;
    QList<bool> m_reference;
    double m_stackTop = 0;
    double m_fittedTop = -1; ///< the top fitY() last asked for, before rounding
    bool m_fixedY = false;
    bool m_zoomed = false;
    double m_floor = 0, m_ceiling = 0;
    bool m_spikeResistant = false;
    QString m_title;
    QString m_suffix;
    int m_decimals = 0;
    double m_minimumTop = 0;
    bool m_selectable = false;
    qreal m_pressX = -1; ///< where a drag started; -1 when none is under way
    QGraphicsRectItem* m_band = nullptr;
    qint64 m_rangeFromMs = 0, m_rangeToMs = 0;
};

} // namespace sg::ui
