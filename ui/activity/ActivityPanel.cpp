// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityPanel.h"
#include "ui/PanelFrame.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "SessionsView.h"
#include "ThresholdsDialog.h"
#include "TimeSeriesChart.h"
#include "ui/ElidedLabel.h"
#include "WaitProfileView.h"

#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/ActivitySeries.h"

#include <QCheckBox>
#include <QLocale>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include "Settings.h"
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sg::ui {

using Field = sg::ActivityPoint::Field;

using namespace chartcolor;

const QList<int>& ActivityPanel::windows()
{
    static const QList<int> w = {60, 300, 900, 3600, 86400};
    return w;
}

ActivityPanel::ActivityPanel(sg::ActivityMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor)
{
    m_banner = new ElidedLabel(this);
    m_banner->setObjectName(QStringLiteral("activityWarnings"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    showBanner(m_note, State::Warning);
    m_note->hide();

    m_tabs = new QTabWidget(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    if (monitor->isPgBouncer()) {
        split->addWidget(buildPoolCharts());
        m_tabs->addTab(tableFor(monitor->poolTable(), QStringLiteral("poolsTable")),
                       tr("Pools (SHOW POOLS)"));
        m_tabs->addTab(tableFor(monitor->poolStats(), QStringLiteral("statsTable")),
                       tr("Stats (SHOW STATS)"));
    } else {
        split->addWidget(buildCharts());
        m_sessions = new SessionsView(monitor, this);
        m_tabs->addTab(m_sessions, tr("Sessions"));
        m_waits = new WaitProfileView(monitor, this);
        m_waits->setObjectName(QStringLiteral("waitProfileTab"));
        m_tabs->addTab(m_waits, tr("Load by wait"));
        m_tabs->addTab(tableFor(monitor->applications(), QStringLiteral("applicationsTable")),
                       tr("Applications (pools)"));
        auto* groups = new QSplitter(Qt::Horizontal, this);
        groups->addWidget(tableFor(monitor->databases(), QStringLiteral("databasesTable")));
        groups->addWidget(tableFor(monitor->users(), QStringLiteral("usersTable")));
        m_tabs->addTab(groups, tr("Databases && users"));
        m_tabs->addTab(tableFor(monitor->alertLog(), QStringLiteral("alertsTable")), tr("Alert log"));
    }
    split->addWidget(m_tabs);
    // Sessions first: in an incident the list is what you act on; the charts give the trend.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_note);
    layout->addWidget(buildControls());
    layout->addWidget(buildStatusStrip());
    layout->addWidget(split, 1);

    connect(monitor->sampler(), &sg::ActivitySampler::sampled, this, [this] {
        // Behind another panel nothing is drawn: a second's charts, lines and list cost more of
        // the client's CPU than the sample itself. showIfStale() catches up when it comes back.
        if (!isOnScreen(this)) {
            m_stale = true;
            return;
        }
        updateSummary();
        showAlerts(); // current values of the rules still firing
        if (!m_paused)
            redraw();
    });
    connect(monitor->sampler(), &sg::ActivitySampler::alertsChanged, this, &ActivityPanel::showAlerts);
    connect(monitor->pools(), &sg::PgBouncerSampler::sampled, this, [this] {
        if (!isOnScreen(this))
            m_stale = true;
        else if (!m_paused)
            redrawPools();
    });
}

QWidget* ActivityPanel::buildControls()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_window = new QComboBox(bar);
    m_window->setAccessibleName(tr("Time window"));
    m_window->setObjectName(QStringLiteral("windowCombo"));
    for (int s : windows())
        m_window->addItem(s < 3600 ? tr("%n min", nullptr, s / 60) : tr("%n h", nullptr, s / 3600), s);
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int i) { setWindowSeconds(m_window->itemData(i).toInt()); });
    auto* scale = new QCheckBox(tr("Scale to max_connections"), bar);
    scale->setObjectName(QStringLiteral("scaleToMax"));
    // Off by default and remembered: 12 sessions on an axis to 200 are a flat line, and a choice
    // made in an incident must survive a reconnect.
    scale->setChecked(sg::Settings::scaleToMaxConnections());
    scale->setToolTip(tr("On: the connections chart's axis runs to max_connections. Off: it fits "
                         "the sessions, and the max_connections line shows once they come near it"));
    connect(scale, &QCheckBox::toggled, this, [this](bool on) {
        sg::Settings::setScaleToMaxConnections(on);
        if (!m_charts.isEmpty() && !m_monitor->isPgBouncer())
            m_charts.first()->setLineIsReference(0, !on);
    });
    m_pause = new QPushButton(tr("Pause"), bar);
    m_pause->setCheckable(true);
    connect(m_pause, &QPushButton::toggled, this, &ActivityPanel::setPaused);
    m_interval = new QDoubleSpinBox(bar);
    m_interval->setAccessibleName(tr("Sampling interval"));
    m_interval->setRange(0.5, 60);
    m_interval->setSingleStep(0.5);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(m_monitor->sampler()->intervalMs() / 1000.0);
    m_interval->setToolTip(tr("Time between samples"));
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, [this](double s) {
        m_monitor->sampler()->setIntervalMs(int(s * 1000));
        m_monitor->pools()->setIntervalMs(int(s * 1000));
    });
    auto* png = new QPushButton(tr("Export PNG…"), bar);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(
            this, tr("Export charts"), QStringLiteral("activity.png"), tr("PNG images (*.png)"));
        if (f.isEmpty())
            return;
        const QString error = exportPng(f);
        m_summary->setText(error.isEmpty() ? tr("Saved %1").arg(f) : error);
    });
    auto* csv = new QPushButton(tr("Export CSV…"), bar);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(
            this, tr("Export samples"), QStringLiteral("activity.csv"), tr("CSV files (*.csv)"));
        if (f.isEmpty())
            return;
        const QString error = exportCsv(f);
        m_summary->setText(error.isEmpty() ? tr("Saved %1").arg(f) : error);
    });
    auto* limits = new QPushButton(tr("Warnings…"), bar);
    limits->setObjectName(QStringLiteral("thresholdsButton"));
    connect(limits, &QPushButton::clicked, this, [this] {
        ThresholdsDialog dialog(m_monitor->sampler()->alerts().thresholds(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const sg::ActivityThresholds t = dialog.thresholds();
        t.save();
        m_monitor->sampler()->alerts().setThresholds(t); // applies from the next sample on
        redraw();
    });
    row->addWidget(new QLabel(tr("Window:"), bar));
    row->addWidget(m_window);
    row->addWidget(m_pause);
    if (!m_monitor->isPgBouncer())
        row->addWidget(scale);
    row->addWidget(new QLabel(tr("Sample every"), bar));
    row->addWidget(m_interval);
    if (!m_monitor->isPgBouncer())
        row->addWidget(limits);
    row->addWidget(png);
    row->addWidget(csv);
    row->addStretch(1);
    return bar;
}

QWidget* ActivityPanel::buildStatusStrip()
{
    // One line of fixed height whatever fires: a warning appearing or clearing must not move the
    // buttons and rows a DBA is about to click. The whole list is the tooltip and the Alert log.
    auto* strip = new QWidget(this);
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(strip);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    row->addWidget(m_banner, 1);
    row->addWidget(m_summary);
    m_banner->setParent(strip);
    const int height = m_banner->fontMetrics().height() + 10;
    strip->setFixedHeight(height);
    setBannerText(QString());
    return strip;
}

void ActivityPanel::setBannerText(const QString& text)
{
    m_banner->setFullText(text);
    showBanner(m_banner, text.isEmpty() ? State::Normal : State::Error);
}

QWidget* ActivityPanel::buildCharts()
{
    m_chartArea = new QWidget(this);
    auto* grid = new QGridLayout(m_chartArea);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);

    auto* connections = new TimeSeriesChart(tr("Connections by state"), m_chartArea);
    // Short legend names: the tooltip and the docs spell them out.
    connections->addArea(tr("active"), kActive);
    connections->addArea(tr("lock wait"), kLockWait);
    connections->addArea(tr("other wait"), kOtherWait);
    connections->addArea(tr("idle in tx"), kIdleTx);
    connections->addArea(tr("aborted tx"), kAborted);
    connections->addArea(tr("idle"), kIdle);
    connections->addArea(tr("other"), kHidden);
    connections->addArea(tr("ours"), kOwn);
    const int maxLine = connections->addLine(tr("max"), kLimit, Qt::DashLine, 1.5);
    // Up to nine names: one row under a quarter of a 1280 px window cuts them short, so they wrap
    // in a label under the chart instead.
    connections->setExternalLegend();
    m_connectionsLegend = new QLabel(m_chartArea);
    m_connectionsLegend->setObjectName(QStringLiteral("connectionsLegend"));
    m_connectionsLegend->setWordWrap(true);
    m_connectionsLegend->setAlignment(Qt::AlignHCenter);
    QFont small = m_connectionsLegend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_connectionsLegend->setFont(small);
    auto showLegend = [this, connections] { m_connectionsLegend->setText(connections->legendHtml()); };
    connect(connections, &TimeSeriesChart::legendChanged, this, showLegend);
    showLegend();
    connections->setLineIsReference(maxLine, !sg::Settings::scaleToMaxConnections());

    auto* utilization = new TimeSeriesChart(tr("Utilization of usable connections"), m_chartArea);
    utilization->addLine(tr("utilization"), kOwn);
    utilization->addLine(tr("threshold"), kThreshold, Qt::DashLine, 1.5);
    utilization->setFixedYRange(0, 100);
    utilization->setValueFormat(QStringLiteral(" %"), 1);

    auto* tps = new TimeSeriesChart(tr("Transactions per second"), m_chartArea);
    tps->addLine(tr("commits + rollbacks"), kActive);
    tps->addLine(tr("rollbacks %"), kLockWait, Qt::DotLine, 1.5);
    tps->setValueFormat(QString(), 1);
    tps->setSpikeResistant(true);

    auto* cache = new TimeSeriesChart(tr("Cache hit ratio"), m_chartArea);
    cache->addLine(tr("all databases"), kOwn);
    cache->addLine(tr("tables"), kActive, Qt::SolidLine, 1.2);
    cache->addLine(tr("indexes"), kOtherWait, Qt::SolidLine, 1.2);
    const int cacheThreshold = cache->addLine(tr("threshold"), kThreshold, Qt::DashLine, 1.5);
    cache->setLineIsReference(cacheThreshold, true);
    cache->setZoomedYRange(0, 100);
    cache->setValueFormat(QStringLiteral(" %"), 1);

    m_charts = {connections, utilization, tps, cache};
    // One row: the charts' height is what the sessions list below does not get.
    // The connections chart is the one read first and has the most legend names: a wider column.
    for (int i = 0; i < m_charts.size(); ++i) {
        grid->addWidget(m_charts.at(i), 0, i);
        grid->setColumnStretch(i, i == 0 ? 4 : 3);
    }
    grid->addWidget(m_connectionsLegend, 1, 0);
    grid->setRowStretch(0, 1);
    return m_chartArea;
}

QWidget* ActivityPanel::buildPoolCharts()
{
    m_chartArea = new QWidget(this);
    auto* grid = new QHBoxLayout(m_chartArea);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* clients = new TimeSeriesChart(tr("pgbouncer clients and servers (all pools)"), m_chartArea);
    clients->addLine(tr("cl_active"), kActive);
    clients->addLine(tr("cl_waiting"), kLockWait);
    clients->addLine(tr("sv_active"), kOwn);
    clients->addLine(tr("sv_idle"), kIdle);
    auto* wait = new TimeSeriesChart(tr("Longest client wait (maxwait)"), m_chartArea);
    wait->addLine(tr("maxwait"), kLockWait);
    wait->setValueFormat(tr(" s"), 2);
    auto* stats = new TimeSeriesChart(tr("Throughput (SHOW STATS)"), m_chartArea);
    stats->addLine(tr("transactions/s"), kActive);
    stats->addLine(tr("queries/s"), kOwn);
    stats->addLine(tr("avg query ms"), kAborted, Qt::DashLine, 1.5);
    stats->setValueFormat(QString(), 1);
    m_charts = {clients, wait, stats};
    grid->addWidget(clients, 2);
    grid->addWidget(wait, 1);
    grid->addWidget(stats, 2);
    return m_chartArea;
}

QTableView* ActivityPanel::tableFor(QAbstractItemModel* model, const QString& objectName)
{
    auto* proxy = new sg::ResultSortFilterProxy(this);
    proxy->setSourceModel(model);
    auto* view = new QTableView(this);
    const QHash<QString, QString> names = {{QStringLiteral("poolsTable"), tr("Pools")},
                                           {QStringLiteral("statsTable"), tr("Pool statistics")},
                                           {QStringLiteral("applicationsTable"), tr("Applications")},
                                           {QStringLiteral("databasesTable"), tr("Databases")},
                                           {QStringLiteral("usersTable"), tr("Users")},
                                           {QStringLiteral("alertsTable"), tr("Alert log")}};
    view->setAccessibleName(names.value(objectName, objectName));
    view->setObjectName(objectName);
    view->setModel(proxy);
    setUpRowList(view, RowOrder::SortableByHeader);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

void ActivityPanel::setWindowSeconds(int seconds)
{
    m_windowS = seconds;
    const int index = m_window->findData(seconds);
    if (index >= 0 && index != m_window->currentIndex())
        m_window->setCurrentIndex(index);
    m_monitor->isPgBouncer() ? redrawPools() : redraw();
}

void ActivityPanel::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        m_monitor->isPgBouncer() ? redrawPools() : redraw();
}

void ActivityPanel::showIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    updateSummary();
    showAlerts();
    if (!m_paused)
        m_monitor->isPgBouncer() ? redrawPools() : redraw();
}

void ActivityPanel::redraw()
{
    const auto& h = m_monitor->sampler()->history();
    const qint64 to = h.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : h.last().timeMs;
    const qint64 from = to - qint64(m_windowS) * 1000;
    // Until the window is full, the axis starts at the first sample rather than showing emptiness.
    const qint64 shownFrom = h.isEmpty() ? from : qMax(from, qMin(h.at(0).timeMs, to - 30000));
    for (TimeSeriesChart* c : std::as_const(m_charts))
        c->setTimeWindow(shownFrom, to);
    if (m_charts.size() < 4)
        return;
    m_waits->redraw(shownFrom, to);
    using S = sg::ActivitySeries;
    m_charts[0]->setStackedData(S::stacked(h,
                                           {{Field::Active},
                                            {Field::LockWaiting},
                                            {Field::OtherWaiting},
                                            {Field::IdleInTransaction},
                                            {Field::IdleInTransactionAborted},
                                            {Field::Idle},
                                            {Field::Other, Field::Hidden},
                                            {Field::Own}},
                                           from));
    m_charts[0]->setLineData(0, S::series(h, Field::MaxConnections, from));
    m_charts[1]->setLineData(0, S::series(h, Field::UtilizationPct, from));
    const auto& t = m_monitor->sampler()->alerts().thresholds();
    m_charts[1]->setLineData(
        1, {QPointF(double(from), t.utilizationPct), QPointF(double(to), t.utilizationPct)});
    m_charts[2]->setLineData(0, S::series(h, Field::Tps, from));
    m_charts[2]->setLineData(1, S::series(h, Field::RollbackPct, from));
    m_charts[3]->setLineData(0, S::series(h, Field::CacheHitPct, from));
    m_charts[3]->setLineData(1, S::series(h, Field::TableHitPct, from));
    m_charts[3]->setLineData(2, S::series(h, Field::IndexHitPct, from));
    m_charts[3]->setLineData(3, {QPointF(double(from), t.cacheHitPct), QPointF(double(to), t.cacheHitPct)});
}

void ActivityPanel::redrawPools()
{
    const auto& h = m_monitor->pools()->history();
    if (h.isEmpty() || m_charts.size() < 3)
        return;
    const qint64 to = h.last().timeMs, from = to - qint64(m_windowS) * 1000;
    QList<QPointF> series[8];
    for (qsizetype i = 0; i < h.size(); ++i) {
        const sg::PoolPoint& p = h.at(i);
        if (p.timeMs < from)
            continue;
        const double x = double(p.timeMs);
        series[0] << QPointF(x, p.clientsActive);
        series[1] << QPointF(x, p.clientsWaiting);
        series[2] << QPointF(x, p.serversActive);
        series[3] << QPointF(x, p.serversIdle);
        series[4] << QPointF(x, p.maxWaitS);
        series[5] << QPointF(x, p.transactionsPerS);
        series[6] << QPointF(x, p.queriesPerS);
        series[7] << QPointF(x, p.avgQueryMs);
    }
    for (auto* c : std::as_const(m_charts))
        c->setTimeWindow(from, to);
    for (int i = 0; i < 4; ++i)
        m_charts[0]->setLineData(i, series[i]);
    m_charts[1]->setLineData(0, series[4]);
    for (int i = 0; i < 3; ++i)
        m_charts[2]->setLineData(i, series[5 + i]);
}

void ActivityPanel::showAlerts()
{
    const QList<sg::AlertEvent> firing = m_monitor->sampler()->alerts().active();
    QStringList lines;
    for (const auto& e : firing)
        lines << tr("⚠ %1 — %2 (since %3)")
                     .arg(e.ruleName(), e.message(),
                          QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("HH:mm:ss")));
    setBannerText(lines.join(QLatin1Char('\n')));
}

void ActivityPanel::updateSummary()
{
    const sg::ActivitySample& s = m_monitor->sampler()->latest();
    const sg::ActivityRates& r = m_monitor->sampler()->latestRates();
    QString text = tr("%1 of %2 usable connections (%3 %)")
                       .arg(s.clientSessions() + s.own)
                       .arg(s.usableConnections())
                       .arg(QLocale().toString(s.utilizationPct(), 'f', 1));
    if (r.valid) {
        text += tr(" · %1 tps").arg(QLocale().toString(r.tps, 'f', 1));
        if (!std::isnan(r.cacheHitPct))
            text += tr(" · cache hit %1 %").arg(QLocale().toString(r.cacheHitPct, 'f', 1));
    } else if (r.statsReset) {
        text += tr(" · statistics were reset: rates resume with the next sample");
    }
    m_summary->setText(text);
    const QString note = m_monitor->hiddenFiguresNote();
    const QString historyError = m_monitor->history().lastError();
    const QString combined =
        QStringList{note, historyError.isEmpty() ? QString() : tr("History not saved: %1").arg(historyError)}
            .join(QLatin1Char('\n'))
            .trimmed();
    m_note->setText(combined);
    m_note->setVisible(!combined.isEmpty());
}

QString ActivityPanel::exportPng(const QString& path)
{
    const QPixmap pixmap = m_chartArea->grab();
    return pixmap.save(path, "PNG") ? QString() : tr("Could not write %1").arg(path);
}

QString ActivityPanel::exportCsv(const QString& path)
{
    const auto& h = m_monitor->sampler()->history();
    const qint64 to = h.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : h.last().timeMs;
    return sg::ActivitySeries::writeCsv(h, to - qint64(m_windowS) * 1000, path);
}

} // namespace sg::ui
