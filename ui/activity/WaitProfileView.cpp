// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitProfileView.h"

#include "RecordingWindow.h"
#include "TimeSeriesChart.h"
#include "ui/RowList.h"

#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/WaitRecorder.h"
#include "Settings.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sg::ui {

namespace {

using sg::WaitProfile;

QColor classColor(WaitProfile::Class c)
{
    using namespace chartcolor;
    switch (c) {
    case WaitProfile::Cpu:
        return kActive;
    case WaitProfile::Lock:
        return kLockWait;
    case WaitProfile::LWLock:
        return kOtherWait;
    case WaitProfile::IO:
        return kIo;
    case WaitProfile::IPC:
        return kIpc;
    case WaitProfile::Client:
        return kClient;
    case WaitProfile::Timeout:
        return kTimeout;
    case WaitProfile::BufferPin:
        return kBufferPin;
    case WaitProfile::Extension:
        return kExtension;
    case WaitProfile::Other:
    case WaitProfile::ClassCount:
        break;
    }
    return kHidden;
}

ResultSet resultOf(const QStringList& columns, QList<QList<QVariant>> rows)
{
    ResultSet::Data d;
    // Typed as the server would (float8, int8), so the columns sort by value and read as numbers.
    for (const QString& c : columns)
        d.columns.append({c, c == QLatin1String("calls") ? 20u
                             : (c == QLatin1String("aas") || c.endsWith(QLatin1String("_pct")) ||
                                c == QLatin1String("mean_ms"))
                                 ? 701u
                                 : 25u});
    d.rows = std::move(rows);
    return ResultSet(std::move(d));
}

// Two decimals: 0.25 average active sessions is a quarter of a session busy all the time.
QVariant rounded(double v, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

// A recording in the window: long enough for an incident, short enough to share (10 minutes
// of 500 active sessions at 10 samples a second is about 3 million rows).
constexpr int kRecordMinutes = 10;

QString recordingFilter()
{
    return WaitProfileView::tr("Sightglass recordings (*.sgrec);;All files (*)");
}

QString recordingsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

WaitProfileView::WaitProfileView(sg::ActivityMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_recorder(new sg::WaitRecorder(monitor->waits(), this))
{
    m_rate = new QComboBox(this);
    m_rate->setObjectName(QStringLiteral("waitRate"));
    m_rate->setAccessibleName(tr("Wait samples per second"));
    for (int hz : {1, 2, 5, 10})
        m_rate->addItem(tr("%n per second", nullptr, hz), hz);
    m_rate->setCurrentIndex(qMax(0, m_rate->findData(monitor->waits()->rateHz())));
    m_rate->setToolTip(tr("How often the sessions doing work are sampled. Each sample is one read of "
                          "pg_stat_activity on the monitoring connection."));
    connect(m_rate, &QComboBox::currentIndexChanged, this, [this] {
        const int hz = m_rate->currentData().toInt();
        m_monitor->waits()->setRateHz(hz);
        Settings::setWaitSampleHz(hz);
    });
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("serverCpus"));
    m_cpus->setAccessibleName(tr("Server CPUs"));
    m_cpus->setRange(0, 4096);
    m_cpus->setSpecialValueText(tr("unknown"));
    m_cpuSource = new QLabel(this);
    m_cpuSource->setObjectName(QStringLiteral("cpuSource"));
    QString source;
    m_cpus->setValue(monitor->serverCpus(&source));
    m_cpuSource->setText(source);
    connect(m_cpus, &QSpinBox::valueChanged, this, [this](int cpus) {
        m_monitor->setServerCpus(cpus);
        QString why;
        const int effective = m_monitor->serverCpus(&why);
        m_cpuSource->setText(why);
        if (cpus == 0 && effective != 0) {
            const QSignalBlocker block(m_cpus);
            m_cpus->setValue(effective);
        }
        updateCpuLine();
    });
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("waitRecord"));
    m_record->setToolTip(tr("Record every active session 10 times a second, for up to %n minutes, into a "
                            "file to share or open later.",
                            nullptr, kRecordMinutes));
    connect(m_record, &QPushButton::clicked, this, &WaitProfileView::toggleRecording);
    connect(m_recorder, &sg::WaitRecorder::finished, this, [this] {
        // Stopped by its limit or by the button: kept until saved or replaced.
        m_unsaved = m_recorder->recording().sampleCount() > 0;
        updateRecordButton();
    });
    m_save = new QPushButton(tr("Save recording…"), this);
    m_save->setObjectName(QStringLiteral("waitSaveRecording"));
    connect(m_save, &QPushButton::clicked, this, &WaitProfileView::askWhereToSave);
    auto* open = new QPushButton(tr("Open recording…"), this);
    open->setObjectName(QStringLiteral("waitOpenRecording"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a recording"), recordingsDir(), recordingFilter());
        if (path.isEmpty())
            return;
        QString error;
        if (!openRecording(path, &error))
            QMessageBox::warning(this, tr("Open a recording"), error);
    });
    m_recordState = new QLabel(this);
    m_recordState->setObjectName(QStringLiteral("waitRecordState"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Sample"), this));
    controls->addWidget(m_rate);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Server CPUs:"), this));
    controls->addWidget(m_cpus);
    controls->addWidget(m_cpuSource, 1);
    controls->addWidget(m_recordState);
    controls->addWidget(m_record);
    controls->addWidget(m_save);
    controls->addWidget(open);
    build(controls);
    updateRecordButton();

    connect(monitor->waits(), &sg::WaitProfiler::statementsRead, this, [this](const ResultSet& rows) {
        for (int r = 0; r < rows.rowCount(); ++r)
            m_statements.insert(
                rows.value(r, QStringLiteral("query_id")).toLongLong(),
                {rows.value(r, QStringLiteral("query")), rows.value(r, QStringLiteral("calls")),
                 rows.value(r, QStringLiteral("mean_ms")), rows.value(r, QStringLiteral("total_ms"))});
        m_statementsNote.clear();
        showTops();
    });
    // A sample that failed says so until one succeeds again (the chart would only show a gap).
    connect(monitor->waits(), &sg::WaitProfiler::failed, this, [this](const sg::DbError& e) {
        m_sampleError = tr("The last wait sample failed: %1").arg(e.userMessage());
        showTops();
    });
    connect(monitor->waits(), &sg::WaitProfiler::sampled, this, [this] {
        if (!m_sampleError.isEmpty()) {
            m_sampleError.clear();
            showTops();
        }
    });
    connect(monitor->waits(), &sg::WaitProfiler::statementsFailed, this, [this](const sg::DbError& e) {
        m_statementsNote =
            tr("Calls and mean time need pg_stat_statements in this database (%1).").arg(e.userMessage());
        showTops();
    });
    summarize();
}

WaitProfileView::WaitProfileView(const sg::WaitProfile* recorded, int cpus, QWidget* parent)
    : QWidget(parent), m_recorded(recorded), m_recordedCpus(cpus)
{
    m_cpuSource = new QLabel(cpus > 0 ? tr("Server CPUs: %1 (as recorded)").arg(cpus)
                                      : tr("Server CPUs: unknown (not in the recording)"),
                             this);
    m_cpuSource->setObjectName(QStringLiteral("cpuSource"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_cpuSource, 1);
    build(controls);
    summarize();
}

void WaitProfileView::build(QHBoxLayout* controls)
{
    m_chart = new TimeSeriesChart(tr("Average active sessions by wait class"), this);
    m_chart->setObjectName(QStringLiteral("waitChart"));
    for (int c = 0; c < WaitProfile::ClassCount; ++c)
        m_chart->addArea(WaitProfile::className(WaitProfile::Class(c)), classColor(WaitProfile::Class(c)));
    m_chart->addLine(tr("CPUs"), chartcolor::kLimit, Qt::DashLine, 1.5);
    m_chart->setValueFormat({}, 2);
    m_chart->setMinimumTop(1);
    m_chart->setExternalLegend();
    m_chart->setRangeSelectable(true);
    m_chart->setMinimumHeight(200);
    auto* legend = new QLabel(this);
    legend->setWordWrap(true);
    connect(m_chart, &TimeSeriesChart::legendChanged, legend,
            [this, legend] { legend->setText(m_chart->legendHtml()); });
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("waitRange"));
    m_range->setWordWrap(true);
    auto* tabs = new QTabWidget(this);
    const std::array<QString, WaitProfile::DimensionCount> titles = {
        tr("Wait events"), tr("Queries"), tr("Applications"), tr("Users"), tr("Databases")};
    const std::array<const char*, WaitProfile::DimensionCount> names = {
        "waitEventsTable", "waitQueriesTable", "waitApplicationsTable", "waitUsersTable",
        "waitDatabasesTable"};
    for (int d = 0; d < WaitProfile::DimensionCount; ++d) {
        m_models[d] = new sg::ResultTableModel(this);
        auto* proxy = new sg::ResultSortFilterProxy(this);
        proxy->setSourceModel(m_models[d]);
        auto* view = new QTableView(this);
        view->setObjectName(QString::fromLatin1(names[d]));
        view->setAccessibleName(titles[d]);
        view->setModel(proxy);
        setUpRowList(view, RowOrder::SortableByHeader);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_tables[d] = view;
        tabs->addTab(view, titles[d]);
    }
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_range);
    rightLayout->addWidget(tabs, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(controls);
    leftLayout->addWidget(m_chart, 1);
    leftLayout->addWidget(legend);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    right->setMinimumWidth(360); // the tables' names and figures, beside a chart that gives way
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_chart, &TimeSeriesChart::rangeSelected, this, &WaitProfileView::summarize);
    connect(m_chart, &TimeSeriesChart::rangeCleared, this, &WaitProfileView::summarize);
}

void WaitProfileView::toggleRecording()
{
    if (m_recorder->isRecording()) {
        m_recorder->stop();
        return;
    }
    if (m_unsaved &&
        QMessageBox::question(this, tr("Record"),
                              tr("The last recording was not saved. Record a new one and drop it?"),
                              QMessageBox::Discard | QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    m_unsaved = false;
    const sg::Capabilities& c = m_monitor->session()->capabilities();
    m_recorder->start(kRecordMinutes * 60, m_monitor->session()->options().displayName(), c.serverVersionNum,
                      m_monitor->serverCpus());
    updateRecordButton();
}

void WaitProfileView::updateRecordButton()
{
    const bool recording = m_recorder->isRecording();
    m_record->setText(recording ? tr("Stop recording") : tr("Record"));
    m_rate->setEnabled(!recording); // a recording samples 10 times a second; the rate comes back after
    m_save->setVisible(m_unsaved && !recording);
    const sg::WaitRecording& r = m_recorder->recording();
    if (recording)
        m_recordState->setText(tr("Recording: %1 s of at most %n min, %2 samples", nullptr, kRecordMinutes)
                                   .arg(m_recorder->elapsedSeconds())
                                   .arg(r.sampleCount()));
    else if (m_unsaved)
        m_recordState->setText(tr("Recorded %1 s (%2 samples), not saved yet")
                                   .arg((r.lastMs() - r.firstMs()) / 1000)
                                   .arg(r.sampleCount()));
}

void WaitProfileView::askWhereToSave()
{
    const QString name =
        QStringLiteral("%1/sightglass-%2.sgrec")
            .arg(recordingsDir(), QDateTime::fromMSecsSinceEpoch(m_recorder->recording().firstMs())
                                      .toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the recording"), name, recordingFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRecording(path, &error))
        QMessageBox::warning(this, tr("Save the recording"),
                             tr("%1\n\nThe recording is still here: save it somewhere else.").arg(error));
}

bool WaitProfileView::saveRecording(const QString& path, QString* error)
{
    if (!m_recorder->recording().save(path, error))
        return false;
    m_unsaved = false;
    updateRecordButton();
    m_recordState->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QWidget* WaitProfileView::openRecording(const QString& path, QString* error)
{
    auto* window = RecordingWindow::open(path, error);
    if (window) {
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    }
    return window;
}

const QHash<qint64, sg::StatementSnapshots::QueryTotals>& WaitProfileView::snapshotTotals(qint64 tMs)
{
    static const QHash<qint64, sg::StatementSnapshots::QueryTotals> none;
    if (tMs <= 0)
        return none;
    auto it = m_snapshotCache.find(tMs);
    if (it == m_snapshotCache.end()) {
        if (m_snapshotCache.size() > 8) // a snapshot never changes once taken; keep a few
            m_snapshotCache.clear();
        it = m_snapshotCache.insert(
            tMs, m_snapshots.totalsByQueryId(m_monitor->session()->options().displayName(), tMs));
    }
    return *it;
}

const sg::WaitProfile& WaitProfileView::profile() const
{
    return m_recorded ? *m_recorded : m_monitor->waits()->profile();
}

void WaitProfileView::redraw(qint64 fromMs, qint64 toMs)
{
    m_windowFromMs = fromMs;
    m_windowToMs = toMs;
    if (m_recorder && m_recorder->isRecording())
        updateRecordButton();
    // The panel redraws every second; a tab in the background only keeps the window for showEvent.
    if (!isVisible())
        return;
    m_chart->setTimeWindow(fromMs, toMs);
    // A day is 86,400 seconds: 600 points of ten stacked areas redraw in about 9 ms, 1,200 in 24
    // (BENCHMARKS.md), over the 16 ms a frame has.
    const QList<QList<QPointF>> cumulative = profile().stackedSeries(fromMs, 600);
    m_chart->setStackedData(cumulative);
    updateCpuLine();
    // Without a selection the tables follow the window, every few seconds (a day is 86,400 seconds).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A recording's window only moves when it is opened.
    const bool moved = m_recorded && (m_summarizedWindow != qMakePair(fromMs, toMs));
    if (!m_chart->hasRange() && (moved || (!m_recorded && now - m_summarizedAtMs >= 2000)))
        summarize();
}

void WaitProfileView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_windowToMs > 0)
        redraw(m_windowFromMs, m_windowToMs);
}

void WaitProfileView::updateCpuLine()
{
    const int cpus = m_monitor ? m_monitor->serverCpus() : m_recordedCpus;
    m_chart->setLineVisible(0, cpus > 0);
    if (cpus > 0)
        m_chart->setLineData(0, {QPointF(double(m_windowFromMs), cpus), QPointF(double(m_windowToMs), cpus)});
}

QString WaitProfileView::rangeText() const
{
    return m_range->text();
}

void WaitProfileView::summarize()
{
    m_summarizedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_summarizedWindow = {m_windowFromMs, m_windowToMs};
    const bool selected = m_chart->hasRange();
    const qint64 from = selected ? m_chart->rangeFromMs() : m_windowFromMs;
    const qint64 to = selected ? m_chart->rangeToMs() : m_windowToMs;
    m_summary = profile().summarize(from, to, 25);
    // Queries with an id whose pg_stat_statements row is not known yet: one read for them all. A
    // range picked reads them all again, as its calls and mean time count up to now.
    QList<qint64> missing;
    for (const WaitProfile::Top& t : m_summary.tops[WaitProfile::Query])
        if (t.queryId != 0 && (selected || !m_statements.contains(t.queryId))) {
            missing << t.queryId;
            if (selected)
                m_statements.remove(t.queryId); // no figures of an earlier read in the meantime
        }
    if (!missing.isEmpty() && m_monitor &&
        m_monitor->session()->capabilities().hasExtension(QStringLiteral("pg_stat_statements")))
        m_monitor->waits()->readStatements(missing);
    showTops();
}

void WaitProfileView::showTops()
{
    const WaitProfile::Summary& s = m_summary;
    const QLocale locale;
    auto clock = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
    };
    if (s.seconds == 0) {
        m_range->setText(m_chart->hasRange() ? tr("Nothing was sampled in the selected range.")
                                             : tr("No samples yet. Drag across the chart to pick a range."));
    } else {
        const QString what = m_chart->hasRange()
                                 ? tr("Selected %1–%2").arg(clock(s.fromMs), clock(s.toMs))
                                 : tr("The whole window (drag across the chart to pick a range)");
        m_range->setText(tr("%1: %n s sampled, %2 average active sessions.", nullptr, s.seconds)
                             .arg(what, locale.toString(s.aas, 'f', 2)) +
                         (m_statementsNote.isEmpty() ? QString() : QStringLiteral(" ") + m_statementsNote));
    }
    if (!m_sampleError.isEmpty())
        m_range->setText(m_range->text() + QStringLiteral(" ") + m_sampleError);
    QList<QList<QVariant>> waits;
    for (const WaitProfile::Top& t : s.tops[WaitProfile::WaitEvent])
        waits.append({WaitProfile::className(t.waitClass), t.name, rounded(t.aas), rounded(t.sharePct, 1)});
    m_models[WaitProfile::WaitEvent]->setResult(
        resultOf({QStringLiteral("wait_class"), QStringLiteral("wait_event"), QStringLiteral("aas"),
                  QStringLiteral("share_pct")},
                 waits));
    // Calls and mean time within a selected range: the difference between the statement snapshots
    // around it (the Slow queries panel takes one every few minutes), or from the last one before
    // it to now. Without one before the range they are pg_stat_statements' totals.
    const QString server = m_monitor ? m_monitor->session()->options().displayName() : QString();
    qint64 baseAt = 0, endAt = 0;
    if (m_monitor && m_chart->hasRange()) {
        if (!m_snapshotsOpened)
            m_snapshotsOpened = m_snapshots.open();
        baseAt = m_snapshots.snapshotAtOrBefore(server, s.fromMs);
        endAt = m_snapshots.snapshotAtOrBefore(server, s.toMs);
        if (endAt <= baseAt)
            endAt = 0; // no later snapshot: up to now
    }
    const auto& base = snapshotTotals(baseAt);
    const auto& end = snapshotTotals(endAt);
    int inRange = 0;
    QList<QList<QVariant>> queries;
    for (const WaitProfile::Top& t : s.tops[WaitProfile::Query]) {
        const QList<QVariant> known = m_statements.value(t.queryId);
        const QString text =
            known.isEmpty() || known.at(0).toString().isEmpty() ? t.name : known.at(0).toString();
        QVariant calls = known.isEmpty() ? QVariant() : known.at(1);
        QVariant mean =
            known.isEmpty() || known.at(2).isNull() ? QVariant() : rounded(known.at(2).toDouble());
        const auto from = base.constFind(t.queryId);
        const bool hasEnd = endAt > 0 ? end.contains(t.queryId) : known.size() > 3 && !known.at(3).isNull();
        if (from != base.constEnd() && hasEnd) {
            const double endCalls = endAt > 0 ? end.value(t.queryId).calls : known.at(1).toDouble();
            const double endTotal = endAt > 0 ? end.value(t.queryId).totalMs : known.at(3).toDouble();
            const double n = endCalls - from->calls;
            if (n >= 0 && endTotal >= from->totalMs) { // counters went down: a reset, keep the totals
                calls = qint64(n);
                mean = n > 0 ? rounded((endTotal - from->totalMs) / n) : QVariant();
                ++inRange;
            }
        }
        queries.append({t.queryId != 0 ? QVariant(QString::number(t.queryId)) : QVariant(), text.simplified(),
                        rounded(t.aas), rounded(t.sharePct, 1), calls, mean});
    }
    if (baseAt > 0 && inRange > 0) {
        const QLocale l;
        auto at = [&](qint64 ms) {
            return l.toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
        };
        m_range->setText(
            m_range->text() + QStringLiteral(" ") +
            (endAt > 0
                 ? tr("Calls and mean time: between the statement snapshots of %1 and %2.")
                       .arg(at(baseAt), at(endAt))
                 : tr("Calls and mean time: from the statement snapshot of %1 to now.").arg(at(baseAt))));
    } else if (m_chart->hasRange() && !s.tops[WaitProfile::Query].isEmpty() && !m_statements.isEmpty()) {
        m_range->setText(m_range->text() + QStringLiteral(" ") +
                         tr("Calls and mean time: since pg_stat_statements was reset (no statement snapshot "
                            "before this range; the Slow queries panel takes one every few minutes)."));
    }
    m_models[WaitProfile::Query]->setResult(
        resultOf({QStringLiteral("query_id"), QStringLiteral("query"), QStringLiteral("aas"),
                  QStringLiteral("share_pct"), QStringLiteral("calls"), QStringLiteral("mean_ms")},
                 queries));
    const std::array<QString, 3> keys = {QStringLiteral("application"), QStringLiteral("user"),
                                         QStringLiteral("database")};
    for (int d = WaitProfile::Application; d <= WaitProfile::Database; ++d) {
        QList<QList<QVariant>> rows;
        for (const WaitProfile::Top& t : s.tops[d])
            rows.append({t.name, rounded(t.aas), rounded(t.sharePct, 1)});
        m_models[d]->setResult(resultOf(
            {keys[d - WaitProfile::Application], QStringLiteral("aas"), QStringLiteral("share_pct")}, rows));
    }
}

} // namespace sg::ui
