// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsPanel.h"

#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "db/SqlLibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include "Settings.h"
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

namespace {

/// The window's length in ms; 0 = since the statistics were reset; -1 = since midnight.
qint64 windowMs(int index)
{
    switch (index) {
    case 1:
        return 15 * 60 * 1000LL;
    case 2:
        return 3600 * 1000LL;
    case 3:
        return 24 * 3600 * 1000LL;
    case 4:
        return -1;
    default:
        return 0;
    }
}

} // namespace

StatementsPanel::StatementsPanel(sg::LiveQuery* query, sg::LiveQuery* running, sg::ServerSession* session,
                                 QWidget* parent)
    : QWidget(parent), m_query(query), m_session(session), m_model(new sg::ResultTableModel(this)),
      m_proxy(new sg::ResultSortFilterProxy(this)), m_running(running),
      m_runningModel(new sg::ResultTableModel(this))
{
    m_runningModel->setKeyColumns({QStringLiteral("pid")});
    m_model->setKeyColumns({QStringLiteral("queryid"), QStringLiteral("user"), QStringLiteral("database")});
    m_proxy->setSourceModel(m_model);
    m_snapshots.open();
    m_window = new QComboBox(this);
    m_window->setAccessibleName(tr("Time window"));
    m_window->setObjectName(QStringLiteral("statementWindow"));
    m_window->addItems({tr("Since the statistics were reset"), tr("Last 15 minutes"), tr("Last hour"),
                        tr("Last 24 hours"), tr("Since midnight")});
    m_window->setToolTip(
        tr("Windows are differences between snapshots Sightglass keeps locally; the server's "
           "statistics are never reset for them"));
    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Filter statements"));
    m_filter->setPlaceholderText(tr("Filter (text, user, database)…"));
    m_filter->setClearButtonEnabled(true);
    // Sightglass's catalog reads carry a /* sightglass:name */ comment (SqlLibrary): they are its
    // own cost, not the application's, and are hidden from the top statements unless asked for.
    m_showOwn = new QCheckBox(tr("Show Sightglass's queries"), this);
    m_showOwn->setObjectName(QStringLiteral("showOwnStatements"));
    m_showOwn->setChecked(sg::Settings::showOwnStatements());
    auto applyOwn = [this](bool show) {
        sg::Settings::setShowOwnStatements(show);
        m_proxy->setRowExclusion(QStringLiteral("query_text"),
                                 show ? std::function<bool(const QVariant&)>() : [](const QVariant& text) {
                                     return sg::SqlLibrary::isOwn(text.toString());
                                 });
    };
    applyOwn(m_showOwn->isChecked());
    connect(m_showOwn, &QCheckBox::toggled, this, applyOwn);
    m_reset = new QPushButton(tr("Reset statistics…"), this);
    m_reset->setToolTip(tr("pg_stat_statements_reset() on the server, after a confirmation"));
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Statements"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a statement to explain it"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // What runs now for longer than the threshold; selecting one finds its statement above.
    m_threshold = new QSpinBox(this);
    m_threshold->setAccessibleName(tr("Running longer than"));
    m_threshold->setRange(0, 86400);
    m_threshold->setValue(5);
    m_threshold->setSuffix(tr(" s"));
    m_runningLabel = new QLabel(this);
    m_runningTable = new QTableView(this);
    m_runningTable->setAccessibleName(tr("Queries running now"));
    m_runningTable->setObjectName(QStringLiteral("runningNow"));
    m_runningTable->setModel(m_runningModel);
    m_runningTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runningTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runningTable->setWordWrap(false);
    m_runningTable->verticalHeader()->setVisible(false);
    m_runningTable->horizontalHeader()->setStretchLastSection(true);
    m_runningTable->setMaximumHeight(130);
    auto* runningRow = new QHBoxLayout;
    runningRow->addWidget(new QLabel(tr("Running now for longer than"), this));
    runningRow->addWidget(m_threshold);
    runningRow->addWidget(m_runningLabel, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_window);
    top->addWidget(m_filter, 1);
    top->addWidget(m_showOwn);
    top->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(runningRow);
    layout->addWidget(m_runningTable);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { showStatus(); });
    connect(m_showOwn, &QCheckBox::toggled, this, [this] { showStatus(); });
    connect(m_window, &QComboBox::currentIndexChanged, this, &StatementsPanel::rebuild);
    connect(m_reset, &QPushButton::clicked, this, [this] { resetStatistics(false); });
    connect(query, &sg::LiveQuery::updated, this, &StatementsPanel::onUpdated);
    connect(query, &sg::LiveQuery::failed, this, [this] { showStatus(); });
    connect(running, &sg::LiveQuery::updated, this, &StatementsPanel::rebuildRunning);
    connect(m_threshold, &QSpinBox::valueChanged, this, &StatementsPanel::rebuildRunning);
    connect(m_runningTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showStatementOfRunning(current.row());
            });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const sg::ResultSet& rows = m_model->result();
        const int row = m_proxy->mapToSource(index).row();
        const QString text = rows.value(row, rows.columnIndex(QStringLiteral("query_text"))).toString();
        if (!text.isEmpty())
            Q_EMIT explainRequested(text);
    });
    connect(session->interactive(), &sg::DbClient::replied, this, [this](const sg::DbReply& r) {
        if (r.id != m_resetRequest)
            return;
        m_resetRequest = 0;
        showStatus(r.ok() ? tr("Statistics reset on the server.") : r.error.userMessage());
        if (r.ok())
            m_query->refresh();
    });
    showStatus();
}

QString StatementsPanel::statusText() const
{
    return m_status->text();
}

void StatementsPanel::onUpdated()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastSnapshotMs >= m_snapshotEveryMs && m_query->model()->result().rowCount() > 0) {
        if (!m_snapshots.save(m_session->options().displayName(), now, m_query->model()->result()))
            m_note = m_snapshots.lastError(); // the history is lost, not the live view
        m_lastSnapshotMs = now;
    }
    rebuild();
}

void StatementsPanel::rebuild()
{
    const sg::ResultSet& live = m_query->model()->result();
    if (live.isNull())
        return showStatus();
    qint64 length = windowMs(m_window->currentIndex());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (length < 0)
        length = now - QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    QString note;
    if (length == 0) {
        m_model->setResult(live);
    } else {
        const sg::StatementSnapshots::Window w =
            m_snapshots.window(m_session->options().displayName(), live, now, length);
        m_model->setResult(w.rows);
        if (w.fromMs == 0)
            note =
                tr("No snapshot yet (one is kept every %n minute(s)): these are the totals since the reset.",
                   nullptr, int(m_snapshotEveryMs / 60000));
        else if (now - w.fromMs < length - m_snapshotEveryMs)
            note = tr("The local history goes back to %1 only: differences since then.")
                       .arg(QDateTime::fromMSecsSinceEpoch(w.fromMs).toString(QStringLiteral("HH:mm")));
        else
            note = tr("Differences since %1; max and stddev are since the reset.")
                       .arg(QDateTime::fromMSecsSinceEpoch(w.fromMs).toString(QStringLiteral("ddd HH:mm")));
        if (w.resetRows > 0)
            note += QLatin1Char(' ') +
                    tr("%n statement(s) were reset meanwhile and count from the reset (column reset).",
                       nullptr, w.resetRows);
    }
    for (const char* hidden : {"query_text", "queryid"}) {
        const int c = m_model->result().columnIndex(QString::fromLatin1(hidden));
        if (c >= 0)
            m_table->setColumnHidden(c, true);
    }
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
        m_columnsSized = true;
    }
    showStatus(note);
    Q_EMIT shown();
}

void StatementsPanel::showStatus(const QString& extra)
{
    const sg::DbError error = m_query->lastError();
    if (error.isError()) {
        const QString advice = m_advice ? m_advice(error) : QString();
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(advice.isEmpty() ? error.userMessage() : advice);
        return;
    }
    m_status->setStyleSheet({});
    if (!m_query->hasData()) {
        m_status->setText(tr("Waiting for the server…"));
        return;
    }
    const int total = m_model->rowCount(), shown = m_proxy->rowCount();
    const QString at = m_query->lastUpdated().toString(QStringLiteral("HH:mm:ss"));
    QString text = shown == total
        ? tr("%n statement(s), updated %1", nullptr, total).arg(at)
        : tr("%1 of %n statement(s) shown, updated %2", nullptr, total).arg(shown).arg(at);
    if (!extra.isEmpty())
        text += QStringLiteral(". ") + extra;
    if (!m_note.isEmpty())
        text += QStringLiteral(" ") + m_note;
    m_status->setText(text);
}

void StatementsPanel::rebuildRunning()
{
    const sg::ResultSet& all = m_running->model()->result();
    const int seconds = all.columnIndex(QStringLiteral("seconds"));
    sg::ResultSet::Data d;
    d.columns = all.columns();
    for (int r = 0; r < all.rowCount(); ++r) {
        if (all.value(r, seconds).toDouble() >= m_threshold->value())
            d.rows.append(all.row(r));
    }
    const int count = int(d.rows.size());
    m_runningModel->setResult(sg::ResultSet(std::move(d)));
    const int q = m_runningModel->result().columnIndex(QStringLiteral("queryid"));
    if (q >= 0)
        m_runningTable->setColumnHidden(q, true);
    m_runningLabel->setText(m_running->lastError().isError() ? m_running->lastError().userMessage()
                            : count == 0
                                ? tr("— none")
                                : tr("— %n statement(s); select one to find it above", nullptr, count));
}

bool StatementsPanel::showStatementOfRunning(int runningRow)
{
    const sg::ResultSet& running = m_runningModel->result();
    const QString id = running.value(runningRow, running.columnIndex(QStringLiteral("queryid"))).toString();
    if (id.isEmpty() || id == QLatin1String("0")) {
        showStatus(
            tr("This server does not report which statement a running query belongs to (query_id needs "
               "PostgreSQL 14 and compute_query_id)."));
        return false;
    }
    const sg::ResultSet& rows = m_model->result();
    const int column = rows.columnIndex(QStringLiteral("queryid"));
    for (int r = 0; r < rows.rowCount(); ++r) {
        if (rows.value(r, column).toString() == id) {
            const QModelIndex at = m_proxy->mapFromSource(m_model->index(r, 0));
            if (!at.isValid())
                break; // filtered out
            m_table->selectRow(at.row());
            m_table->scrollTo(at);
            return true;
        }
    }
    showStatus(
        tr("Its statement is not in this list (another window, the filter, or not among the 500 busiest)."));
    return false;
}

void StatementsPanel::resetStatistics(bool confirmed)
{
    const QString sql = QStringLiteral("SELECT pg_stat_statements_reset()");
    if (!confirmed &&
        QMessageBox::question(
            this, tr("Reset statistics"),
            tr("This clears pg_stat_statements for everyone on this server — other tools and "
               "colleagues lose their figures too. Sightglass's windows do not need it.\n\n%1;\n\n"
               "Reset?")
                .arg(sql)) != QMessageBox::Yes)
        return;
    m_resetRequest = m_session->interactive()->submit(QStringLiteral("statements reset"), sql);
}

} // namespace sg::ui
