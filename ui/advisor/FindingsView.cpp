// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsView.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "advisor/Advisor.h"
#include "advisor/FixRunner.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sg::ui {

FindingsView::FindingsView(sg::Advisor* advisor, sg::ServerSession* session, int group, QWidget* parent)
    : QWidget(parent), m_advisor(advisor), m_group(group), m_session(session),
      m_runner(new sg::FixRunner(session, this)), m_proxy(new sg::ResultSortFilterProxy(this))
{
    m_proxy->setSourceModel(advisor->findingModel(sg::Advisor::Group(group)));
    // What the list shows: a table's name finds its findings, not those whose explanation names it.
    m_proxy->setFilterColumns({QStringLiteral("kind"), QStringLiteral("subject")});

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_proxy);
    setUpRowList(m_table, RowOrder::SortableByHeader);
    // Several at once: copy or save their fixes together (Ctrl/Shift+click, Ctrl+A).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_detail = new QPlainTextEdit(this);
    m_detail->setAccessibleName(tr("Finding details and fix"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a finding to see why, and the statement that fixes it."));
    m_copy = new QPushButton(tr("Copy SQL"), this);
    m_run = new QPushButton(tr("Run…"), this);
    m_save = new QPushButton(tr("Save as migration…"), this);
    m_copyAll = new QPushButton(tr("Copy all as one migration"), this);
    m_copyAll->setToolTip(tr("Every fix the list shows (after the filter) in one migration: indexes "
                             "created before any is dropped"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_run);
    buttons->addWidget(m_save);
    buttons->addWidget(m_copyAll);
    buttons->addWidget(m_status, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(buttons);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    auto hideColumns = [this] {
        const sg::ResultSet& rs = m_advisor->findingModel(sg::Advisor::Group(m_group))->result();
        for (const char* c : {"schema", "table", "object", "detail", "fix"}) {
            const int i = rs.columnIndex(QString::fromLatin1(c));
            if (i >= 0)
                m_table->setColumnHidden(i, true);
        }
    };
    // The row -> finding map goes stale before anyone hears of a change: the source model's
    // "about to" signals come before the proxy's own, and a new snapshot before its handlers.
    const auto* findings = advisor->findingModel(sg::Advisor::Group(group));
    const auto stale = [this] { m_byRow.reset(); };
    connect(findings, &QAbstractItemModel::modelAboutToBeReset, this, stale);
    connect(findings, &QAbstractItemModel::layoutAboutToBeChanged, this, stale);
    connect(findings, &QAbstractItemModel::rowsAboutToBeInserted, this, stale);
    connect(findings, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale);
    connect(findings, &QAbstractItemModel::dataChanged, this, stale);
    connect(advisor, &sg::Advisor::updated, this,
            [this] { // a new snapshot: its list may reuse the old address
                m_byRow.reset();
                m_byKeyOf = nullptr;
            });
    connect(advisor, &sg::Advisor::updated, this, [this, hideColumns] {
        hideColumns();
        if (m_table->columnWidth(1) < 200) { // once: wide enough for schema.table index
            m_table->setColumnWidth(0, 170);
            m_table->setColumnWidth(1, 340);
        }
        showSelected();
        writeSummary(); // the models have settled: at once
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindingsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindingsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindingsView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsView::showSelected);
    connect(session, &sg::ServerSession::writesAllowedChanged, this, &FindingsView::showSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList sql;
        for (const sg::Finding& f : selectedFindings())
            if (!f.fixSql.isEmpty())
                sql << f.fixSql;
        if (sql.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(sql.join(QLatin1Char('\n')));
        m_status->setText(tr("Copied %n statement(s).", nullptr, int(sql.size())));
    });
    connect(m_copyAll, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(allFixesMigration());
        m_status->setText(tr("Copied the fixes of %n finding(s) as one migration.", nullptr, int(shownFindings().size())));
    });
    connect(m_run, &QPushButton::clicked, this, &FindingsView::runSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Save the fix into the migrations folder"));
        if (!dir.isEmpty())
            saveMigration(dir);
    });
    connect(m_runner, &sg::FixRunner::finished, this, [this](bool ok, const QString& message) {
        showState(m_status, message, ok ? State::Normal : State::Error);
        if (ok)
            m_advisor->refresh();
    });
    showSelected();
}

sg::Finding FindingsView::findingAt(int sourceRow) const
{
    return findingsByRow().value(sourceRow);
}

const QHash<int, sg::Finding>& FindingsView::findingsByRow() const
{
    if (m_byRow)
        return *m_byRow;
    // One pass over the model per change, not one per row: the summary and the selection read
    // every row, and a large server has tens of thousands of findings.
    const QList<sg::Finding>& all = m_advisor->snapshot().findings;
    if (m_byKeyOf != all.constData() || m_byKey.isEmpty() != all.isEmpty()) {
        m_byKey.clear();
        m_byKey.reserve(all.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            m_byKey.insert(sg::Finding::kindName(all.at(i).kind) + QChar(0x1f) + all.at(i).subject(), i);
        m_byKeyOf = all.constData();
    }
    const sg::ResultSet& rs = m_advisor->findingModel(sg::Advisor::Group(m_group))->result();
    const int kind = rs.columnIndex(QStringLiteral("kind")), subject = rs.columnIndex(QStringLiteral("subject"));
    QHash<int, sg::Finding> out;
    out.reserve(rs.rowCount());
    for (int r = 0; r < rs.rowCount(); ++r) {
        const qsizetype i =
            m_byKey.value(rs.value(r, kind).toString() + QChar(0x1f) + rs.value(r, subject).toString(), -1);
        out.insert(r, i >= 0 && i < all.size() ? all.at(i) : sg::Finding());
    }
    m_byRow = std::move(out);
    return *m_byRow;
}

std::optional<sg::Finding> FindingsView::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    const sg::Finding f = findingAt(m_proxy->mapToSource(current).row());
    if (f.schema.isEmpty() && f.table.isEmpty())
        return std::nullopt;
    return f;
}

QList<sg::Finding> FindingsView::selectedFindings() const
{
    const QHash<int, sg::Finding>& byRow = findingsByRow();
    QList<sg::Finding> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_table->selectionModel()->isRowSelected(r, {}))
            out << byRow.value(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return out;
}

QList<sg::Finding> FindingsView::shownFindings() const
{
    const QHash<int, sg::Finding>& byRow = findingsByRow();
    QList<sg::Finding> out;
    out.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out << byRow.value(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return out;
}

void FindingsView::setFilterText(const QString& text)
{
    m_proxy->setFilterFixedString(text);
    writeSummary(); // one change: at once
}

bool FindingsView::selectFor(const QString& schema, const QString& table, const QString& object)
{
    const sg::ResultSet& rs = m_advisor->findingModel(sg::Advisor::Group(m_group))->result();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        if (rs.value(row, QStringLiteral("schema")).toString() == schema &&
            rs.value(row, QStringLiteral("table")).toString() == table &&
            rs.value(row, QStringLiteral("object")).toString() == object) {
            const QModelIndex index = m_proxy->index(r, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    m_table->selectionModel()->clearSelection();
    return false;
}

QString FindingsView::summaryText() const
{
    return m_summary->text();
}

QString FindingsView::allFixesMigration() const
{
    return sg::FixRunner::migrationText(shownFindings());
}

void FindingsView::updateSummary()
{
    if (m_summaryPending)
        return;
    m_summaryPending = true;
    QMetaObject::invokeMethod(this, &FindingsView::writeSummary, Qt::QueuedConnection);
}

void FindingsView::writeSummary()
{
    m_summaryPending = false;
    const QList<sg::Finding> shown = shownFindings();
    m_summary->setText(sg::Finding::summary(shown));
    m_copyAll->setEnabled(std::any_of(shown.cbegin(), shown.cend(), [](const sg::Finding& f) { return !f.fixSql.isEmpty(); }));
}

QString FindingsView::statusText() const
{
    return m_status->text();
}

void FindingsView::showSelected()
{
    const auto f = selected();
    const bool hasSql = f && !f->fixSql.isEmpty();
    const QList<sg::Finding> chosen = selectedFindings();
    const bool several = chosen.size() > 1;
    m_copy->setEnabled(std::any_of(chosen.cbegin(), chosen.cend(), [](const sg::Finding& x) { return !x.fixSql.isEmpty(); }));
    m_save->setEnabled(m_copy->isEnabled());
    m_run->setEnabled(hasSql && !several && m_session->writesAllowed()); // one at a time, confirmed
    m_run->setToolTip(m_session->writesAllowed()
                          ? QString()
                          : tr("This profile is read-only (production). Use Server → Allow writes… first."));
    if (!f) {
        m_detail->clear();
        return;
    }
    if (several) {
        m_detail->setPlainText(sg::FixRunner::migrationText(chosen));
        return;
    }
    m_detail->setPlainText(QStringLiteral("%1 — %2\n\n%3\n\n%4")
                               .arg(sg::Finding::kindName(f->kind), f->subject(), f->detail,
                                    hasSql ? f->fixSql : tr("(No statement fixes this by itself.)")));
}

void FindingsView::runSelected()
{
    const auto f = selected();
    if (!f || f->fixSql.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Run fix"),
                    tr("This statement will be sent to the server:") + QStringLiteral("\n\n") + f->fixSql,
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.button(QMessageBox::Ok)->setText(tr("Run"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Ok)
        return;
    if (!m_runner->run(f->fixSql)) {
        m_status->setText(tr("Not sent: the session is read-only or a fix is still running."));
        return;
    }
    clearState(m_status);
    m_status->setText(tr("Running…"));
}

QString FindingsView::saveMigration(const QString& directory)
{
    const QList<sg::Finding> chosen = selectedFindings();
    QList<sg::Finding> withSql;
    for (const sg::Finding& f : chosen)
        if (!f.fixSql.isEmpty())
            withSql << f;
    if (withSql.isEmpty())
        return {};
    // One finding: its own file, named after it; several: one file with all of them.
    sg::Finding named = withSql.first();
    if (withSql.size() > 1) {
        named.object.clear();
        named.table = QStringLiteral("advice");
    }
    const QString path =
        QDir(directory).filePath(sg::FixRunner::migrationFileName(named, QDateTime::currentDateTime()));
    const QString text = withSql.size() == 1 ? sg::FixRunner::migrationText(withSql.first())
                                             : sg::FixRunner::migrationText(withSql);
    const QString error = sg::FixRunner::writeFile(path, text);
    showState(m_status, error.isEmpty() ? tr("Saved %1").arg(path) : error, error.isEmpty() ? State::Normal : State::Error);
    return error.isEmpty() ? path : QString();
}

} // namespace sg::ui
