// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeSeriesChart.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sg::ui {

namespace {

/// The y value of the point of \a series nearest to \a x, NaN when the series is empty.
double valueAt(const QXYSeries* series, double x)
{
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return std::nan("");
    auto it = std::lower_bound(points.begin(), points.end(), x, [](const QPointF& p, double v) { return p.x() < v; });
    if (it == points.end())
        return points.last().y();
    if (it != points.begin() && std::abs((it - 1)->x() - x) < std::abs(it->x() - x))
        --it;
    return it->y();
}

double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (v <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString& title, QWidget* parent) : QChartView(parent)
{
    auto* c = new QChart;
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    // Qt 6.4 draws no time labels at all if the chart reaches its view while the axis still has its
    // default (1970) range: give it a real one first.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(now - 60000), QDateTime::fromMSecsSinceEpoch(now));
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setRange(0, 1);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    // After addAxis: adding an axis applies the chart theme's fonts over ours.
    QFont labels = font();
    labels.setPointSizeF(labels.pointSizeF() * 0.8);
    m_time->setLabelsFont(labels);
    m_time->setTickCount(4);
    m_y->setLabelsFont(labels);
    m_y->setTickCount(4);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 170);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    c->legend()->setFont(small);
}

void TimeSeriesChart::attach(QXYSeries* series)
{
    series->attachAxis(m_time);
    series->attachAxis(m_y);
}

void TimeSeriesChart::addArea(const QString& name, const QColor& color)
{
    auto* upper = new QLineSeries(this);
    QLineSeries* lower = m_layers.isEmpty() ? nullptr : m_layers.last();
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(200);
    area->setBrush(fill);
    area->setPen(QPen(color.darker(120), 1));
    chart()->addSeries(area);
    area->attachAxis(m_time);
    area->attachAxis(m_y);
    connect(area, &QAreaSeries::hovered, this, &TimeSeriesChart::onHovered);
    m_layers << upper;
    m_areas << area;
}

int TimeSeriesChart::addLine(const QString& name, const QColor& color, Qt::PenStyle style, qreal width)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(color, width, style));
    chart()->addSeries(line);
    attach(line);
    connect(line, &QLineSeries::hovered, this, &TimeSeriesChart::onHovered);
    m_lines << line;
    return int(m_lines.size() - 1);
}

void TimeSeriesChart::setStackedData(const QList<QList<QPointF>>& cumulative)
{
    for (int i = 0; i < m_layers.size() && i < cumulative.size(); ++i)
        m_layers.at(i)->replace(cumulative.at(i));
    fitY();
}

void TimeSeriesChart::setLineData(int line, const QList<QPointF>& points)
{
    if (line >= 0 && line < m_lines.size())
        m_lines.at(line)->replace(points);
    fitY();
}

void TimeSeriesChart::setLineVisible(int line, bool visible)
{
    if (line < 0 || line >= m_lines.size())
        return;
    m_lines.at(line)->setVisible(visible);
    fitY();
}

void TimeSeriesChart::setFixedYRange(double min, double max)
{
    m_fixedY = true;
    m_y->setRange(min, max);
    m_y->setTickCount(5);
}

void TimeSeriesChart::setValueFormat(const QString& suffix, int decimals)
{
    m_suffix = suffix;
    m_decimals = decimals;
    m_y->setLabelFormat(m_fixedY || decimals == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

void TimeSeriesChart::setTimeWindow(qint64 fromMs, qint64 toMs)
{
    m_time->setFormat(toMs - fromMs > 3 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
}

int TimeSeriesChart::pointCount() const
{
    int n = 0;
    for (auto* s : m_layers)
        n += int(s->count());
    for (auto* s : m_lines)
        n += int(s->count());
    return n;
}

void TimeSeriesChart::fitY()
{
    if (m_fixedY)
        return;
    double top = 0;
    for (auto* s : m_layers.isEmpty() ? QList<QLineSeries*>() : QList<QLineSeries*>{m_layers.last()}) {
        for (const QPointF& p : s->points())
            top = std::max(top, p.y());
    }
    for (auto* s : m_lines) {
        if (!s->isVisible())
            continue;
        for (const QPointF& p : s->points())
            top = std::max(top, p.y());
    }
    m_y->setRange(0, niceCeiling(top * 1.1));
    m_y->applyNiceNumbers(); // round ticks (0, 50, 100 …) rather than thirds
}

QString TimeSeriesChart::describe(qint64 timeMs) const
{
    QStringList lines{QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    auto fmt = [this](double v) {
        return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', m_decimals) + m_suffix;
    };
    // Lines first (limits, thresholds), then the stack from the top layer down, as drawn.
    for (auto* s : m_lines)
        lines << QStringLiteral("%1: %2").arg(s->name(), fmt(valueAt(s, double(timeMs))));
    for (int i = int(m_layers.size()) - 1; i >= 0; --i) {
        const double below = i > 0 ? valueAt(m_layers.at(i - 1), double(timeMs)) : 0.0;
        lines << QStringLiteral("%1: %2").arg(m_areas.at(i)->name(), fmt(valueAt(m_layers.at(i), double(timeMs)) - below));
    }
    return lines.join(QLatin1Char('\n'));
}

void TimeSeriesChart::onHovered(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describe(qint64(point.x())), this);
}

} // namespace sg::ui
