// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthPanel.h"
#include "ui/PanelFrame.h"

#include "ui/activity/TimeSeriesChart.h"
#include "ui/LiveTableView.h"
#include "ui/StateColors.h"

#include "advisor/CheckpointAdvice.h"
#include "db/Durations.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/TransactionIds.h"
#include "monitor/ActivitySampler.h"
#include "monitor/ActivitySeries.h"
#include "monitor/HealthMonitor.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sg::ui {

namespace {

QLabel* line(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

/// A titled list: a caption above the rows, so three lists can share one tab.
QWidget* captioned(const QString& caption, QWidget* list, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto* title = new QLabel(caption, box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(list, 1);
    return box;
}

QString number(const QVariant& v)
{
    return QLocale().toString(v.toLongLong());
}

QString percent(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 2 : 1) + QStringLiteral(" %");
}

} // namespace

HealthPanel::HealthPanel(sg::HealthMonitor* monitor, QWidget* parent) : QWidget(parent), m_monitor(monitor)
{
    m_wraparound = line(this, QStringLiteral("wraparoundLine"));
    m_sequences = line(this, QStringLiteral("sequencesLine"));
    m_vacuum = line(this, QStringLiteral("vacuumLine"));
    m_progress = line(this, QStringLiteral("progressLine"));
    m_replication = line(this, QStringLiteral("replicationLine"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto* wrap = new QSplitter(Qt::Vertical, m_tabs);
    auto* databases = new LiveTableView(monitor->databases(), wrap);
    auto* oldest = new LiveTableView(monitor->oldestTables(), wrap);
    auto* horizon = new LiveTableView(monitor->horizon(), wrap);
    for (LiveTableView* v : {databases, oldest, horizon})
        v->setFilterVisible(false); // a row per database, ten tables, the twenty oldest holders
    wrap->addWidget(captioned(tr("Databases: transaction ID and multixact age"), databases, wrap));
    wrap->addWidget(
        captioned(tr("Oldest tables of this database (autovacuum must freeze them first)"), oldest, wrap));
    wrap->addWidget(captioned(
        tr("What holds the xmin horizon back (vacuum can neither clean nor freeze past it)"), horizon, wrap));
    m_tabs->addTab(wrap, tr("Wraparound"));

    m_sequencesView = new LiveTableView(monitor->sequenceQuery(), monitor->sequences(), m_tabs);
    m_sequencesView->setObjectName(QStringLiteral("sequencesView"));
    m_tabs->addTab(m_sequencesView, tr("Sequences"));

    m_queueView = new LiveTableView(monitor->vacuumQueue(), m_tabs);
    m_queueView->setObjectName(QStringLiteral("vacuumQueueView"));
    m_tabs->addTab(m_queueView, tr("Vacuum queue"));

    auto* progressPage = new QWidget(m_tabs);
    m_progressView = new LiveTableView(monitor->progressQuery(), monitor->progress(), progressPage);
    m_progressView->setObjectName(QStringLiteral("progressView"));
    m_progressView->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cancel = new QPushButton(tr("Cancel command…"), progressPage);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Sends pg_cancel_backend for the selected command, after you confirm"));
    m_cancelResult = new QLabel(progressPage);
    m_cancelResult->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelResult, 1);
    auto* progressLayout = new QVBoxLayout(progressPage);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressView, 1);
    progressLayout->addLayout(buttons);
    m_tabs->addTab(progressPage, tr("In progress"));

    auto* ioPage = new QSplitter(Qt::Vertical, m_tabs);
    auto* checkpointBox = new QWidget(ioPage);
    m_checkpointLine = line(checkpointBox, QStringLiteral("checkpointLine"));
    auto* checkpoints = new LiveTableView(monitor->checkpoints(), checkpointBox);
    checkpoints->setFilterVisible(false);
    auto* checkpointLayout = new QVBoxLayout(checkpointBox);
    checkpointLayout->setContentsMargins(0, 4, 0, 0);
    checkpointLayout->addWidget(m_checkpointLine);
    checkpointLayout->addWidget(checkpoints, 1);
    ioPage->addWidget(checkpointBox);
    auto* ioBox = new QWidget(ioPage);
    m_ioView = new LiveTableView(monitor->io(), ioBox);
    m_ioNote = new QLabel(
        tr("pg_stat_io (I/O by backend type, object and context) exists from PostgreSQL 16 on."), ioBox);
    m_ioNote->setWordWrap(true);
    auto* ioLayout = new QVBoxLayout(ioBox);
    ioLayout->setContentsMargins(0, 0, 0, 0);
    m_ioList =
        captioned(tr("I/O since the statistics were reset, busiest first (pg_stat_io)"), m_ioView, ioBox);
    ioLayout->addWidget(m_ioList, 1);
    ioLayout->addWidget(m_ioNote);
    ioPage->addWidget(ioBox);
    ioPage->setStretchFactor(0, 1); // one row of counters above, the I/O list gets the rest
    ioPage->setStretchFactor(1, 3);
    m_tabs->addTab(ioPage, tr("Checkpoints and I/O"));
    m_tabs->addTab(buildReplicationPage(), tr("Replication"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    for (QLabel* l : {m_wraparound, m_sequences, m_vacuum, m_progress, m_replication})
        layout->addWidget(l);
    layout->addWidget(m_tabs, 1);

    connect(monitor, &sg::HealthMonitor::updated, this, &HealthPanel::updateLines);
    // The charts follow every sample, but only while someone looks at them (the dock may be on a
    // tab behind another, where isVisible() is still true); the next sample after that redraws.
    connect(monitor->sampler(), &sg::ActivitySampler::sampled, this, [this] {
        if (isOnScreen(m_replicationPage))
            redrawReplicationCharts();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_replicationPage)
            redrawReplicationCharts();
    });
    connect(m_cancel, &QPushButton::clicked, this, &HealthPanel::cancelSelected);
    connect(m_progressView->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPanel::updateCancelButton);
    connect(monitor->progress(), &QAbstractItemModel::modelReset, this, &HealthPanel::updateCancelButton);
    connect(monitor->progress(), &QAbstractItemModel::rowsRemoved, this, &HealthPanel::updateCancelButton);
    connect(monitor, &sg::HealthMonitor::cancelFinished, this, [this](bool ok, const QString& message) {
        showState(m_cancelResult, message, ok ? State::Good : State::Error);
    });
    updateLines();
}

QWidget* HealthPanel::buildReplicationPage()
{
    // The charts in a column beside the three lists: stacked under them, the page would need
    // more height than a 720 px screen leaves the dock.
    auto* page = new QSplitter(Qt::Horizontal, m_tabs);
    m_replicationPage = page;
    auto* charts = new QSplitter(Qt::Vertical, page);
    m_walChart = new TimeSeriesChart(tr("WAL written per second"), charts);
    m_walChart->setObjectName(QStringLiteral("walChart"));
    m_walChart->addLine(tr("WAL"), chartcolor::kOwn);
    m_walChart->setValueFormat(tr(" MiB/s"), 2);
    m_walChart->setSpikeResistant(true);
    m_walChart->setMinimumTop(0.1);
    m_lagChart = new TimeSeriesChart(tr("Replication lag"), charts);
    m_lagChart->setObjectName(QStringLiteral("lagChart"));
    m_lagChart->addLine(tr("replay lag"), chartcolor::kLockWait);
    const int threshold = m_lagChart->addLine(tr("threshold"), chartcolor::kThreshold, Qt::DashLine, 1.5);
    m_lagChart->setLineIsReference(threshold, true);
    m_lagChart->setValueFormat(tr(" s"), 1);
    m_lagChart->setMinimumTop(1);
    for (TimeSeriesChart* c : {m_walChart, m_lagChart}) {
        c->setMinimumSize(240, 110);
        charts->addWidget(c);
    }
    page->addWidget(charts);

    auto* lists = new QSplitter(Qt::Vertical, page);
    auto* replicas = new LiveTableView(m_monitor->replicas(), lists);
    replicas->setObjectName(QStringLiteral("replicasView"));
    auto* slotsView = new LiveTableView(m_monitor->replicationSlots(), lists);
    slotsView->setObjectName(QStringLiteral("slotsView"));
    auto* subscriptions = new LiveTableView(m_monitor->subscriptions(), lists);
    subscriptions->setObjectName(QStringLiteral("subscriptionsView"));
    auto* wal = new LiveTableView(m_monitor->wal(), lists);
    wal->setObjectName(QStringLiteral("walView"));
    for (LiveTableView* v : {replicas, slotsView, subscriptions, wal})
        v->setFilterVisible(false);
    lists->addWidget(
        captioned(tr("Standbys streaming from this server: lag in time as each reports it, and in bytes"),
                  replicas, lists));
    lists->addWidget(captioned(tr("Replication slots and the WAL each keeps on this server (inactive first)"),
                               slotsView, lists));
    // Side by side: a fourth list under the other three would make the panel, and with it the
    // window, taller than a 1280×720 screen.
    auto* bottom = new QSplitter(Qt::Horizontal, lists);
    bottom->addWidget(
        captioned(tr("WAL and archiving; on a standby, its WAL receiver and replay"), wal, bottom));
    bottom->addWidget(captioned(tr("Subscriptions of this server to others' publications (logical "
                                   "replication; stopped ones first)"),
                                subscriptions, bottom));
    lists->addWidget(bottom);
    page->addWidget(lists);
    page->setStretchFactor(0, 1);
    page->setStretchFactor(1, 2);
    page->setSizes({420, 860}); // a third for the charts, their time axis readable
    return page;
}

void HealthPanel::redrawReplicationCharts()
{
    const auto& h = m_monitor->sampler()->history();
    if (h.isEmpty())
        return;
    using Field = sg::ActivityPoint::Field;
    const qint64 to = h.last().timeMs;
    const qint64 from = to - 15 * 60 * 1000;
    const qint64 shownFrom = qMax(from, qMin(h.at(0).timeMs, to - 30000));
    for (TimeSeriesChart* c : {m_walChart, m_lagChart})
        c->setTimeWindow(shownFrom, to);
    QList<QPointF> wal = sg::ActivitySeries::series(h, Field::WalBytesPerS, from);
    for (QPointF& p : wal)
        p.setY(p.y() / (1024.0 * 1024.0));
    m_walChart->setLineData(0, wal);
    m_lagChart->setLineData(0, sg::ActivitySeries::series(h, Field::ReplicaLagS, from));
    const double limit = m_monitor->sampler()->alerts().thresholds().replicaLagS;
    m_lagChart->setLineData(1, {QPointF(double(from), limit), QPointF(double(to), limit)});
}

int HealthPanel::selectedPid() const
{
    const QModelIndexList rows = m_progressView->table()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QModelIndex source = m_progressView->proxy()->mapToSource(rows.first());
    const sg::ResultSet& rs = m_monitor->progress()->result();
    const int column = rs.columnIndex(QStringLiteral("pid"));
    return column < 0 ? 0 : m_monitor->progress()->valueAt(source.row(), column).toInt();
}

void HealthPanel::updateCancelButton()
{
    // Whose command it is decides whether our role may cancel it (pg_signal_backend, superusers).
    const int pid = selectedPid();
    QString user;
    const sg::ResultSet& rs = m_monitor->progress()->result();
    for (int r = 0; r < rs.rowCount(); ++r)
        if (rs.value(r, QStringLiteral("pid")).toInt() == pid)
            user = rs.value(r, QStringLiteral("user")).toString();
    const QString why = pid > 0 ? m_monitor->whyCannotCancel(user) : QString();
    m_cancel->setEnabled(pid > 0 && why.isEmpty());
    m_cancel->setToolTip(
        why.isEmpty() ? tr("Sends pg_cancel_backend for the selected command, after you confirm") : why);
    if (!why.isEmpty())
        showState(m_cancelResult, why, State::Warning);
}

void HealthPanel::cancelSelected()
{
    const int pid = selectedPid();
    if (pid <= 0)
        return;
    const sg::ResultSet& rs = m_monitor->progress()->result();
    QString command, object, query;
    bool autovacuum = false;
    for (int r = 0; r < rs.rowCount(); ++r) {
        if (rs.value(r, QStringLiteral("pid")).toInt() != pid)
            continue;
        command = rs.value(r, QStringLiteral("command")).toString();
        object = rs.value(r, QStringLiteral("object")).toString();
        query = rs.value(r, QStringLiteral("query")).toString();
        autovacuum = rs.value(r, QStringLiteral("autovacuum")).toBool();
    }
    QString what = tr("Cancel %1 in session %2?").arg(command, QString::number(pid));
    if (!object.isEmpty())
        what += QLatin1Char(' ') + tr("It works on %1.").arg(object);
    if (command.startsWith(QLatin1String("CREATE INDEX")) &&
        query.contains(QLatin1String("CONCURRENTLY"), Qt::CaseInsensitive))
        what += QStringLiteral("\n\n") + tr("A cancelled CREATE INDEX CONCURRENTLY leaves an invalid index "
                                            "behind: drop it, then build it again.");
    if (autovacuum)
        what +=
            QStringLiteral("\n\n") +
            (query.contains(QLatin1String("wraparound"))
                 ? tr("This is an anti-wraparound vacuum: autovacuum starts it again at once, and the table "
                      "still has to be frozen. Cancel it only to let something more urgent through.")
                 : tr("This is autovacuum: it starts again on this table at its next round."));
    if (!query.isEmpty())
        what += QStringLiteral("\n\n") + tr("Query:") + QStringLiteral("\n") + query.left(300);
    QMessageBox box(QMessageBox::Warning, tr("Cancel command"),
                    what + QStringLiteral("\n\n") + tr("This statement will be sent:") +
                        QStringLiteral("\n\n") + sg::HealthMonitor::cancelSql(pid),
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmCancelCommand"));
    box.button(QMessageBox::Ok)->setText(tr("Cancel command"));
    box.button(QMessageBox::Cancel)->setText(tr("Keep it running"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Ok)
        return;
    if (m_monitor->cancel(pid))
        showState(m_cancelResult, tr("Cancel sent to session %1.").arg(pid), State::Info);
    else
        showState(m_cancelResult, tr("Not sent: the admin connection to the server is not ready."),
                  State::Error);
}

void HealthPanel::updateLines()
{
    if (m_monitor->isPgBouncer()) {
        showState(
            m_wraparound,
            tr("This is pgbouncer's console: it has no catalogs. Connect to the server behind it for its "
               "health."),
            State::Info);
        for (QLabel* l : {m_sequences, m_vacuum, m_progress, m_replication})
            l->clear();
        return;
    }
    // Wraparound: the oldest database against the limits, then the forecast with its basis.
    const sg::ResultSet& dbs = m_monitor->databases()->model()->result();
    if (dbs.rowCount() == 0) {
        showState(m_wraparound, tr("Transaction IDs: waiting for the server…"), State::Normal);
    } else {
        const qint64 age = dbs.value(0, QStringLiteral("xid_age")).toLongLong();
        const qint64 freeze = dbs.value(0, QStringLiteral("freeze_max_age")).toLongLong();
        const double pct = m_monitor->wraparoundPct();
        QString text =
            tr("Transaction IDs: the oldest database, %1, is %2 transactions old: %3 of the way to the "
               "limit where writes stop; autovacuum must freeze it at %4.")
                .arg(dbs.value(0, QStringLiteral("database")).toString(), number(age), percent(pct),
                     number(freeze));
        qint64 mxidAge = 0, mxidFreeze = 0;
        for (int r = 0; r < dbs.rowCount(); ++r) {
            mxidAge = qMax(mxidAge, dbs.value(r, QStringLiteral("mxid_age")).toLongLong());
            mxidFreeze = dbs.value(r, QStringLiteral("mxid_freeze_max_age")).toLongLong();
        }
        if (mxidFreeze > 0 && mxidAge >= mxidFreeze)
            text += QLatin1Char(' ') +
                    tr("Multixact IDs are past their freeze age too (%1).").arg(number(mxidAge));
        const sg::WraparoundForecast f = m_monitor->forecast();
        text += QLatin1Char(' ') + f.summary();
        if (f.known)
            text += QStringLiteral(" (") + f.basis() + QLatin1Char(')');
        const State state = pct >= 50                      ? State::Error
                            : (age >= freeze || pct >= 25) ? State::Warning
                                                           : State::Good;
        showState(m_wraparound, text, state);
    }

    // Sequences: the fullest one, with its rate while watched.
    const sg::ResultSet& seq = m_monitor->sequences()->result();
    if (!m_monitor->sequenceQuery()->hasData()) {
        showState(m_sequences, tr("Sequences: waiting for the server…"), State::Normal);
    } else if (seq.rowCount() == 0) {
        showState(m_sequences, tr("Sequences: none in use in this database."), State::Good);
    } else {
        const double used = seq.value(0, QStringLiteral("used_pct")).toDouble();
        // The values left with the share: 99.99995 % reads "100.0 %", 1,000 values left does not.
        QString text = tr("Sequences: the fullest, %1.%2, has used %3 of its values, %4 left")
                           .arg(seq.value(0, QStringLiteral("schema")).toString(),
                                seq.value(0, QStringLiteral("sequence")).toString(), percent(used),
                                number(seq.value(0, QStringLiteral("values_left"))));
        const QString table = seq.value(0, QStringLiteral("table")).toString();
        if (!table.isEmpty())
            text += QLatin1Char(' ') + tr("(it feeds %1.%2, %3)")
                                           .arg(table, seq.value(0, QStringLiteral("column")).toString(),
                                                seq.value(0, QStringLiteral("column_type")).toString());
        const QVariant fullIn = seq.value(0, QStringLiteral("full_in_s"));
        const QVariant perHour = seq.value(0, QStringLiteral("per_hour"));
        if (!fullIn.isNull())
            text +=
                QStringLiteral("; ") +
                tr("at the %1 values an hour it used while watched, it is full in %2.")
                    .arg(QLocale().toString(perHour.toDouble(), 'f', 0), sg::durationText(fullIn.toDouble()));
        else if (!perHour.isNull())
            text += QStringLiteral("; ") + tr("it used no values while watched.");
        else
            text += QStringLiteral("; ") + tr("its rate is known after a minute of watching.");
        showState(m_sequences, text, used >= 90 ? State::Error : used >= 75 ? State::Warning : State::Good);
    }

    // Autovacuum: busy workers against the maximum, and the queue it owes.
    const sg::ResultSet& av = m_monitor->autovacuum()->model()->result();
    const sg::ResultSet& queue = m_monitor->vacuumQueue()->model()->result();
    if (av.rowCount() == 0) {
        showState(m_vacuum, tr("Autovacuum: waiting for the server…"), State::Normal);
    } else {
        const bool on = av.value(0, QStringLiteral("autovacuum_on")).toBool();
        const int busy = av.value(0, QStringLiteral("workers_busy")).toInt();
        const int max = av.value(0, QStringLiteral("workers_max")).toInt();
        int freezing = 0;
        for (int r = 0; r < queue.rowCount(); ++r)
            freezing += queue.value(r, QStringLiteral("reason")).toString() == QLatin1String("freeze");
        QString text = on ? tr("Autovacuum: %1 of %2 workers busy.").arg(busy).arg(max)
                          : tr("Autovacuum is off: only anti-wraparound vacuums run.");
        if (m_monitor->vacuumQueue()->hasData())
            text += QLatin1Char(' ') +
                    (queue.rowCount() == 0
                         ? tr("No table is past its vacuum or analyze threshold.")
                         : tr("%n table(s) past a threshold", nullptr, int(queue.rowCount())) +
                               (freezing ? QStringLiteral(", ") + tr("%n for freezing", nullptr, freezing)
                                         : QString()) +
                               QLatin1Char('.'));
        const State state = !on                                                     ? State::Error
                            : (busy >= max && queue.rowCount() > 0) || freezing > 0 ? State::Warning
                                                                                    : State::Good;
        showState(m_vacuum, text, state);
    }

    // Checkpoints: who wrote the buffers, and what to change when the counts say so.
    const sg::CheckpointAdvice cp = sg::CheckpointAdvice::from(m_monitor->checkpoints()->model()->result());
    if (!m_monitor->checkpoints()->hasData()) {
        showState(m_checkpointLine, tr("Checkpoints: waiting for the server…"), State::Normal);
    } else {
        QString text =
            tr("Checkpoints: %1 on time, %2 requested (%3). Buffers written by the checkpointer %4, "
               "the background writer %5, backends themselves %6 (%7).")
                .arg(QLocale().toString(cp.timed), QLocale().toString(cp.requested),
                     std::isfinite(cp.requestedPct()) ? percent(cp.requestedPct()) : QStringLiteral("–"),
                     QLocale().toString(cp.byCheckpointer), QLocale().toString(cp.byBgwriter),
                     QLocale().toString(cp.byBackends),
                     std::isfinite(cp.backendsPct()) ? percent(cp.backendsPct()) : QStringLiteral("–"));
        const QList<sg::CheckpointAdvice::Advice> advice = cp.advice();
        for (const sg::CheckpointAdvice::Advice& a : advice)
            text += QLatin1Char(' ') + a.headline + QStringLiteral(": ") + a.text;
        showState(m_checkpointLine, text, advice.isEmpty() ? State::Good : State::Warning);
    }
    const bool io = m_monitor->hasIo();
    m_ioList->setVisible(io);
    m_ioNote->setVisible(!io && !m_monitor->isPgBouncer());

    // Commands in progress, each with its percent and ETA.
    const sg::ResultSet& prog = m_monitor->progress()->result();
    if (!m_monitor->progressQuery()->hasData()) {
        showState(m_progress, tr("In progress: waiting for the server…"), State::Normal);
    } else if (prog.rowCount() == 0) {
        showState(m_progress,
                  tr("In progress: no VACUUM, ANALYZE, CREATE INDEX, CLUSTER, base backup or COPY."),
                  State::Normal);
    } else {
        QStringList parts;
        for (int r = 0; r < prog.rowCount() && r < 3; ++r) {
            QString p = prog.value(r, QStringLiteral("command")).toString();
            const QString object = prog.value(r, QStringLiteral("object")).toString();
            if (!object.isEmpty())
                p += QLatin1Char(' ') + object;
            const QVariant pct = prog.value(r, QStringLiteral("percent"));
            if (!pct.isNull())
                p += QLatin1Char(' ') + percent(pct.toDouble());
            const QVariant eta = prog.value(r, QStringLiteral("eta_s"));
            if (!eta.isNull())
                p += QLatin1Char(' ') + tr("(done in about %1)").arg(sg::durationText(eta.toDouble()));
            parts << p;
        }
        QString text =
            tr("In progress (%n): ", nullptr, int(prog.rowCount())) + parts.join(QStringLiteral("; "));
        if (prog.rowCount() > 3)
            text += QStringLiteral(" …");
        showState(m_progress, text, State::Info);
    }

    // Replication: standby or primary, lag, slots that keep WAL, archiving.
    const sg::ReplicationStatus rep = m_monitor->replicationStatus();
    using Level = sg::ReplicationStatus::Level;
    if (rep.level == Level::Unknown)
        showState(m_replication, tr("Replication: waiting for the server…"), State::Normal);
    else
        showState(m_replication, tr("Replication: %1").arg(rep.text()),
                  rep.level == Level::Error     ? State::Error
                  : rep.level == Level::Warning ? State::Warning
                                                : State::Good);
}

} // namespace sg::ui
