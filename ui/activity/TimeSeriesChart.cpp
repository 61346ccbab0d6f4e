// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeSeriesChart.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace sg::ui {

namespace {

/// The y value of the point of \a series nearest to \a x, NaN when the series is empty.
double valueAt(const QXYSeries* series, double x)
{
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return std::nan("");
    auto it = std::lower_bound(points.begin(), points.end(), x,
                               [](const QPointF& p, double v) { return p.x() < v; });
    if (it == points.end())
        return points.last().y();
    if (it != points.begin() && std::abs((it - 1)->x() - x) < std::abs(it->x() - x))
        --it;
    return it->y();
}

/// Keeps the first and last point and, per pixel column, the lowest and the highest: the drawn line
/// looks the same (spikes included) at a fraction of the points.
QList<QPointF> decimate(const QList<QPointF>& points, int columns)
{
    if (columns <= 0 || points.size() <= 2 * columns)
        return points;
    const double x0 = points.first().x();
    const double width = (points.last().x() - x0) / columns;
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    qsizetype i = 0;
    while (i < points.size()) {
        const int column = int((points.at(i).x() - x0) / width);
        qsizetype lo = i, hi = i, j = i;
        for (; j < points.size() && int((points.at(j).x() - x0) / width) == column; ++j) {
            if (points.at(j).y() < points.at(lo).y())
                lo = j;
            if (points.at(j).y() > points.at(hi).y())
                hi = j;
        }
        out << points.at(qMin(lo, hi));
        if (lo != hi)
            out << points.at(qMax(lo, hi));
        i = j;
    }
    return out;
}

/// For stacked layers: one sample index per pixel column (the one where the stack is highest),
/// the same for every layer, so the bands stay aligned.
QList<QList<QPointF>> decimateStack(const QList<QList<QPointF>>& layers, int columns)
{
    if (layers.isEmpty() || columns <= 0 || layers.last().size() <= 2 * columns)
        return layers;
    const QList<QPointF>& top = layers.last();
    const double x0 = top.first().x();
    const double width = (top.last().x() - x0) / columns;
    QList<qsizetype> keep;
    qsizetype i = 0;
    while (i < top.size()) {
        const int column = int((top.at(i).x() - x0) / width);
        qsizetype best = i, j = i;
        for (; j < top.size() && int((top.at(j).x() - x0) / width) == column; ++j) {
            if (top.at(j).y() > top.at(best).y())
                best = j;
        }
        keep << best;
        i = j;
    }
    QList<QList<QPointF>> out;
    for (const auto& layer : layers) {
        QList<QPointF> l;
        l.reserve(keep.size());
        for (qsizetype k : keep) {
            if (k < layer.size())
                l << layer.at(k);
        }
        out << l;
    }
    return out;
}

double maxY(const QList<QPointF>& points)
{
    double top = 0;
    for (const QPointF& p : points)
        top = std::max(top, p.y());
    return top;
}

double minY(const QList<QPointF>& points)
{
    double bottom = std::numeric_limits<double>::infinity();
    for (const QPointF& p : points) {
        if (!std::isnan(p.y()))
            bottom = std::min(bottom, p.y());
    }
    return bottom;
}

/// The top the bulk of the data reaches: twice the 95th percentile, so that a burst a few samples
/// long sits above the scale while a sustained rise (more than 5 % of the window) moves the axis.
double bulkTop(const QList<QPointF>& points)
{
    if (points.size() < 20)
        return maxY(points);
    std::vector<double> ys;
    ys.reserve(size_t(points.size()));
    for (const QPointF& p : points)
        ys.push_back(p.y());
    const auto nth = ys.begin() + qsizetype(double(ys.size() - 1) * 0.95);
    std::nth_element(ys.begin(), nth, ys.end());
    return std::min(maxY(points), 2 * *nth);
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
    m_title = title;
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    // Axis labels in the user's number format ("99,5" in German), as every other figure.
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
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
    // setChart() releases the default chart without deleting it.
    QChart* defaultChart = chart();
    setChart(c);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 170); // four side by side at 1280 px, and still readable axes
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    c->legend()->setFont(small);
    c->legend()->setShowToolTips(true); // a name cut short by a narrow chart, in full on hover
    applyPalette();
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TimeSeriesChart::applyPalette()
{
    // Qt Charts draws with its own theme colours; take the widget palette's instead, so a dark
    // desktop gets a dark chart with light labels. The series keep their colours, chosen to read
    // on both.
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(45);
    QChart* c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    setBackgroundBrush(p.color(QPalette::Window));
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
    // Antialiased area fills cost four times as much to paint (26 ms against 6 ms for eight layers
    // of 1,200 points, see docs/BENCHMARKS.md); flat bands look the same without it.
    setRenderHint(QPainter::Antialiasing, false);
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
    m_lineTop << 0.0;
    m_lineBottom << std::numeric_limits<double>::infinity();
    m_lineBulkTop << 0.0;
    m_reference << false;
    return int(m_lines.size() - 1);
}

int TimeSeriesChart::plotColumns() const
{
    const int w = int(chart()->plotArea().width());
    return w > 10 ? w : 800;
}

void TimeSeriesChart::setStackedData(const QList<QList<QPointF>>& cumulative)
{
    const QList<QList<QPointF>> shown = decimateStack(cumulative, plotColumns());
    for (int i = 0; i < m_layers.size() && i < shown.size(); ++i)
        m_layers.at(i)->replace(shown.at(i));
    m_stackTop = shown.isEmpty() ? 0 : maxY(shown.last());
    // The legend names only the layers with sessions in the window: eight names do not fit under
    // a quarter of a laptop screen, the three or four that matter do.
    bool changed = false;
    for (int i = 0; i < m_layers.size() && i < shown.size(); ++i) {
        bool any = false;
        for (qsizetype k = 0; k < shown.at(i).size() && !any; ++k)
            any = shown.at(i).at(k).y() > (i > 0 && k < shown.at(i - 1).size() ? shown.at(i - 1).at(k).y() : 0);
        if (m_layerShown.size() <= i)
            m_layerShown.resize(i + 1, true);
        changed |= m_layerShown.at(i) != any;
        m_layerShown[i] = any;
        for (QLegendMarker* marker : chart()->legend()->markers(m_areas.at(i)))
            marker->setVisible(any);
    }
    if (changed)
        Q_EMIT legendChanged();
    fitY();
}

void TimeSeriesChart::setLineData(int line, const QList<QPointF>& points)
{
    if (line < 0 || line >= m_lines.size())
        return;
    const QList<QPointF> shown = decimate(points, plotColumns());
    m_lines.at(line)->replace(shown);
    m_lineTop[line] = maxY(shown);
    m_lineBottom[line] = minY(shown);
    m_lineBulkTop[line] = m_spikeResistant ? bulkTop(shown) : m_lineTop.at(line);
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

void TimeSeriesChart::setLineIsReference(int line, bool reference)
{
    if (line < 0 || line >= m_lines.size())
        return;
    m_reference[line] = reference;
    fitY();
}

void TimeSeriesChart::setZoomedYRange(double floor, double ceiling)
{
    m_zoomed = true;
    m_floor = floor;
    m_ceiling = ceiling;
    fitY();
}

void TimeSeriesChart::setSpikeResistant(bool on)
{
    m_spikeResistant = on;
}

void TimeSeriesChart::setExternalLegend()
{
    chart()->legend()->hide();
}

QString TimeSeriesChart::legendHtml() const
{
    QStringList items;
    auto item = [](const QColor& color, const QString& name, bool line) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
            .arg(color.name(), line ? QStringLiteral("&#9472;&#9472;") : QStringLiteral("&#9632;"),
                 name.toHtmlEscaped());
    };
    for (qsizetype i = m_areas.size() - 1; i >= 0; --i) { // top layer first, as drawn
        if (m_layerShown.value(i, true))
            items << item(m_areas.at(i)->brush().color(), m_areas.at(i)->name(), false);
    }
    for (const QLineSeries* line : m_lines)
        if (line->isVisible())
            items << item(line->pen().color(), line->name(), true);
    return items.join(QStringLiteral(" &nbsp; "));
}

void TimeSeriesChart::setValueFormat(const QString& suffix, int decimals)
{
    m_suffix = suffix;
    m_decimals = decimals;
    m_y->setLabelFormat(m_fixedY || (decimals == 0 && !m_zoomed)
                            ? QStringLiteral("%.0f")
                            : QStringLiteral("%.%1f").arg(qMin(decimals, 2)));
}

void TimeSeriesChart::setTimeWindow(qint64 fromMs, qint64 toMs)
{
    m_time->setFormat(toMs - fromMs > 3 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    placeBandAtRange(); // the selection stays on its times while the window moves on
}

qint64 TimeSeriesChart::timeAt(qreal x) const
{
    const QRectF plot = chart()->plotArea();
    const qreal clamped = qBound(plot.left(), x, plot.right());
    return qint64(chart()->mapToValue(QPointF(clamped, plot.center().y())).x());
}

void TimeSeriesChart::placeBand(qreal x1, qreal x2)
{
    if (!m_band) {
        m_band = scene()->addRect(QRectF(), Qt::NoPen);
        m_band->setZValue(100);
    }
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    m_band->setBrush(fill);
    const QRectF plot = chart()->plotArea();
    const qreal left = qBound(plot.left(), qMin(x1, x2), plot.right());
    const qreal right = qBound(plot.left(), qMax(x1, x2), plot.right());
    m_band->setRect(QRectF(left, plot.top(), right - left, plot.height()));
    m_band->setVisible(right > left);
}

void TimeSeriesChart::placeBandAtRange()
{
    if (!hasRange() || m_pressX >= 0)
        return;
    placeBand(chart()->mapToPosition(QPointF(double(m_rangeFromMs), 0)).x(),
              chart()->mapToPosition(QPointF(double(m_rangeToMs), 0)).x());
}

void TimeSeriesChart::selectRange(qint64 fromMs, qint64 toMs)
{
    m_rangeFromMs = qMin(fromMs, toMs);
    m_rangeToMs = qMax(fromMs, toMs);
    placeBandAtRange();
    Q_EMIT rangeSelected(m_rangeFromMs, m_rangeToMs);
}

void TimeSeriesChart::clearRange()
{
    const bool had = hasRange();
    m_rangeFromMs = m_rangeToMs = 0;
    if (m_band)
        m_band->setVisible(false);
    if (had)
        Q_EMIT rangeCleared();
}

void TimeSeriesChart::mousePressEvent(QMouseEvent* event)
{
    if (m_selectable && event->button() == Qt::LeftButton &&
        chart()->plotArea().contains(event->position())) {
        m_pressX = event->position().x();
        placeBand(m_pressX, m_pressX);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressX >= 0) {
        placeBand(m_pressX, event->position().x());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressX < 0) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const qreal start = m_pressX;
    m_pressX = -1;
    event->accept();
    if (std::abs(event->position().x() - start) < 4) { // a click, not a drag
        clearRange();
        return;
    }
    selectRange(timeAt(start), timeAt(event->position().x()));
}

void TimeSeriesChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_selectable) {
        clearRange();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeBandAtRange();
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

double TimeSeriesChart::yTop() const
{
    return m_y->max();
}

double TimeSeriesChart::yBottom() const
{
    return m_y->min();
}

void TimeSeriesChart::fitY()
{
    if (m_fixedY)
        return;
    // Maxima are kept as data arrives: scanning the series here would copy every point each time.
    double top = m_stackTop, peak = m_stackTop;
    double bottom = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!m_lines.at(i)->isVisible() || m_reference.at(i))
            continue;
        top = std::max(top, m_lineBulkTop.value(i));
        peak = std::max(peak, m_lineTop.value(i));
        bottom = std::min(bottom, m_lineBottom.value(i));
    }
    if (m_zoomed) {
        if (std::isinf(bottom)) {
            m_y->setRange(m_floor, m_ceiling);
            return;
        }
        // A tenth of the span below the lowest value, at least one unit: 99.7 % reads on 99–100.
        const double span = std::max(m_ceiling - bottom, 1.0);
        const double want = std::max(m_floor, bottom - span * 0.1);
        // Whole-number ticks, at most four: the first step whose multiple below the data leaves
        // three intervals or fewer (90–100 by 5, 99–100 by 1, 60–100 by 20).
        double step = 1, low = std::floor(want);
        for (double s : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0}) {
            step = s;
            low = std::max(m_floor, std::floor(want / s) * s);
            if ((m_ceiling - low) / s <= 3) // four labels fit the chart's height at 1280×720
                break;
        }
        m_y->setRange(low, m_ceiling);
        m_y->setTickCount(int(std::lround((m_ceiling - low) / step)) + 1);
        m_y->setLabelFormat(QStringLiteral("%.0f"));
        return;
    }
    // Whole counts on an empty or near-empty chart: 0–3 reads 0 1 2 3, where 0–1 read "0 0 1 1".
    const double wanted = niceCeiling(std::max(top * 1.1, m_minimumTop));
    const double target = m_decimals == 0 ? std::max(wanted, 3.0) : wanted;
    // Each change of the axis lays out every series again, and setting the range then rounding
    // it is two: only when the scale has to change (most seconds it does not).
    if (target != m_fittedTop || m_y->min() != 0 || m_y->tickCount() != 4) {
        m_y->setRange(0, target);
        m_y->setTickCount(4);
        m_y->applyNiceNumbers(); // round ticks (0, 50, 100 …) rather than thirds
        m_fittedTop = target;
    }
    const QString title = peak > m_y->max()
        ? tr("%1 (peak %2 above the scale)").arg(m_title, QLocale().toString(peak, 'f', m_decimals))
        : m_title;
    if (chart()->title() != title)
        chart()->setTitle(title);
}

QString TimeSeriesChart::describe(qint64 timeMs) const
{
    QStringList lines{QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    auto fmt = [this](double v) {
        return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', m_decimals) + m_suffix;
    };
    // Lines first (limits, thresholds), then the stack from the top layer down, as drawn.
    for (auto* s : m_lines)
        lines << QStringLiteral("%1: %2").arg(s->name(), fmt(valueAt(s, double(timeMs))));
    for (int i = int(m_layers.size()) - 1; i >= 0; --i) {
        const double below = i > 0 ? valueAt(m_layers.at(i - 1), double(timeMs)) : 0.0;
        lines << QStringLiteral("%1: %2").arg(m_areas.at(i)->name(),
                                              fmt(valueAt(m_layers.at(i), double(timeMs)) - below));
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
