// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QXYSeries;

namespace sg::ui {

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
    void setValueFormat(const QString& suffix, int decimals);
    void setTimeWindow(qint64 fromMs, qint64 toMs);
    int pointCount() const;
    /// The top of the y axis now.
    double yTop() const;
    /// The tooltip text for a time, as shown on hover.
    QString describe(qint64 timeMs) const;

protected:
    /// Follows the palette (the system's dark or light mode, also when it switches while running).
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void attach(QXYSeries* series);
    void onHovered(const QPointF& point, bool state);
    void fitY();
    int plotColumns() const;

    QDateTimeAxis* m_time;
    QValueAxis* m_y;
    QList<QLineSeries*> m_layers; ///< upper edges of the stacked areas
    QList<QAreaSeries*> m_areas;
    QList<QLineSeries*> m_lines;
    QList<double> m_lineTop; ///< highest y of each line's current data
    double m_stackTop = 0;
    bool m_fixedY = false;
    QString m_suffix;
    int m_decimals = 0;
};

} // namespace sg::ui
