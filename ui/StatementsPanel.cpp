// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsPanel.h"
#include "RowList.h"
#include "StateColors.h"

#include "Settings.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/SqlLibrary.h"
#include "monitor/StatementsMonitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

StatementsPanel::StatementsPanel(sg::StatementsMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_proxy(new sg::ResultSortFilterProxy(this))
{
    m_proxy->setSourceModel(monitor->statements());
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
    setUpRowList(m_table, RowOrder::SortableByHeader);
    m_table->setToolTip(tr("Double-click a statement to explain it"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // What runs now for longer than the threshold; selecting one finds its statement above.
    m_threshold = new QSpinBox(this);
    m_threshold->setAccessibleName(tr("Running longer than"));
    m_threshold->setRange(0, 86400);
    m_threshold->setValue(int(monitor->runningThresholdSeconds()));
    m_threshold->setSuffix(tr(" s"));
    m_runningLabel = new QLabel(this);
    m_runningTable = new QTableView(this);
    m_runningTable->setAccessibleName(tr("Queries running now"));
    m_runningTable->setObjectName(QStringLiteral("runningNow"));
    m_runningTable->setModel(monitor->runningNow());
    setUpRowList(m_runningTable);
    m_runningTable->setSelectionMode(QAbstractItemView::SingleSelection);
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
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_monitor->setWindow(sg::StatementsMonitor::Window(index)); });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetStatistics(); });
    connect(monitor, &sg::StatementsMonitor::updated, this, &StatementsPanel::onUpdated);
    connect(monitor, &sg::StatementsMonitor::failed, this, [this] { showStatus(); });
    connect(monitor, &sg::StatementsMonitor::runningUpdated, this, &StatementsPanel::onRunningUpdated);
    connect(m_threshold, &QSpinBox::valueChanged, monitor, &sg::StatementsMonitor::setRunningThresholdSeconds);
    connect(m_runningTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showStatementOfRunning(current.row());
            });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString text = m_monitor->statementText(m_proxy->mapToSource(index).row());
        if (!text.isEmpty())
            Q_EMIT explainRequested(text);
    });
    connect(monitor, &sg::StatementsMonitor::resetFinished, this,
            [this](bool, const QString& message) { showStatus(message); });
    showStatus();
}

QString StatementsPanel::statusText() const
{
    return m_status->text();
}

sg::ResultTableModel* StatementsPanel::model() const
{
    return m_monitor->statements();
}

void StatementsPanel::onUpdated()
{
    for (const char* hidden : {"query_text", "queryid"}) {
        const int c = model()->result().columnIndex(QString::fromLatin1(hidden));
        if (c >= 0)
            m_table->setColumnHidden(c, true);
    }
    if (!m_columnsSized && model()->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
        m_columnsSized = true;
    }
    showStatus(m_monitor->windowNote());
    Q_EMIT shown();
}

void StatementsPanel::showStatus(const QString& extra)
{
    const sg::LiveQuery* query = m_monitor->topQuery();
    if (query->lastError().isError()) {
        showState(m_status, m_monitor->failureText(), State::Error);
        return;
    }
    clearState(m_status);
    if (!query->hasData()) {
        m_status->setText(tr("Waiting for the server…"));
        return;
    }
    const int total = model()->rowCount(), shown = m_proxy->rowCount();
    const QString at = query->lastUpdated().toString(QStringLiteral("HH:mm:ss"));
    QString text = shown == total
        ? tr("%n statement(s), updated %1", nullptr, total).arg(at)
        : tr("%1 of %n statement(s) shown, updated %2", nullptr, total).arg(shown).arg(at);
    if (!extra.isEmpty())
        text += QStringLiteral(". ") + extra;
    if (const QString history = m_monitor->historyError(); !history.isEmpty())
        text += QStringLiteral(" ") + history;
    m_status->setText(text);
}

void StatementsPanel::onRunningUpdated()
{
    const int count = m_monitor->runningNow()->rowCount();
    const int q = m_monitor->runningNow()->result().columnIndex(QStringLiteral("queryid"));
    if (q >= 0)
        m_runningTable->setColumnHidden(q, true);
    const sg::DbError error = m_monitor->runningQuery()->lastError();
    m_runningLabel->setText(error.isError() ? error.userMessage()
                            : count == 0    ? tr("— none")
                                            : tr("— %n statement(s); select one to find it above", nullptr, count));
}

bool StatementsPanel::showStatementOfRunning(int runningRow)
{
    const QString id = m_monitor->runningQueryId(runningRow);
    if (id.isEmpty() || id == QLatin1String("0")) {
        showStatus(
            tr("This server does not report which statement a running query belongs to (query_id needs "
               "PostgreSQL 14 and compute_query_id)."));
        return false;
    }
    const int row = m_monitor->rowOfStatement(id);
    const QModelIndex at = row < 0 ? QModelIndex() : m_proxy->mapFromSource(model()->index(row, 0));
    if (at.isValid()) { // else not listed, or filtered out
        m_table->selectRow(at.row());
        m_table->scrollTo(at);
        return true;
    }
    showStatus(
        tr("Its statement is not in this list (another window, the filter, or not among the 500 busiest)."));
    return false;
}

void StatementsPanel::resetStatistics()
{
    const QString sql = sg::StatementsMonitor::resetSql();
    if (QMessageBox::question(
            this, tr("Reset statistics"),
            tr("This clears pg_stat_statements for everyone on this server — other tools and "
               "colleagues lose their figures too. Sightglass's windows do not need it.\n\n%1;\n\n"
               "Reset?")
                .arg(sql)) != QMessageBox::Yes)
        return;
    m_monitor->resetStatistics();
}

} // namespace sg::ui
