// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsView.h"

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
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

FindingsView::FindingsView(sg::Advisor* advisor, sg::ServerSession* session, int group, QWidget* parent)
    : QWidget(parent), m_advisor(advisor), m_group(group), m_session(session),
      m_runner(new sg::FixRunner(session, this)), m_proxy(new sg::ResultSortFilterProxy(this))
{
    m_proxy->setSourceModel(advisor->findingModel(sg::Advisor::Group(group)));

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_detail = new QPlainTextEdit(this);
    m_detail->setAccessibleName(tr("Finding details and fix"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a finding to see why, and the statement that fixes it."));
    m_copy = new QPushButton(tr("Copy SQL"), this);
    m_run = new QPushButton(tr("Run…"), this);
    m_save = new QPushButton(tr("Save as migration…"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_run);
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
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
    connect(advisor, &sg::Advisor::updated, this, [this, hideColumns] {
        hideColumns();
        if (m_table->columnWidth(1) < 200) { // once: wide enough for schema.table index
            m_table->setColumnWidth(0, 170);
            m_table->setColumnWidth(1, 340);
        }
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsView::showSelected);
    connect(session, &sg::ServerSession::writesAllowedChanged, this, &FindingsView::showSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto f = selected()) {
            QGuiApplication::clipboard()->setText(f->fixSql);
            m_status->setText(tr("Copied."));
        }
    });
    connect(m_run, &QPushButton::clicked, this, &FindingsView::runSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Save the fix into the migrations folder"));
        if (!dir.isEmpty())
            saveMigration(dir);
    });
    connect(m_runner, &sg::FixRunner::finished, this, [this](bool ok, const QString& message) {
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
        m_status->setText(message);
        if (ok)
            m_advisor->refresh();
    });
    showSelected();
}

std::optional<sg::Finding> FindingsView::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    const sg::ResultSet& rs = m_advisor->findingModel(sg::Advisor::Group(m_group))->result();
    const int row = source.row();
    for (const sg::Finding& f : m_advisor->snapshot().findings) {
        if (sg::Finding::kindName(f.kind) == rs.value(row, QStringLiteral("kind")).toString() &&
            f.subject() == rs.value(row, QStringLiteral("subject")).toString())
            return f;
    }
    return std::nullopt;
}

QString FindingsView::statusText() const
{
    return m_status->text();
}

void FindingsView::showSelected()
{
    const auto f = selected();
    const bool hasSql = f && !f->fixSql.isEmpty();
    m_copy->setEnabled(hasSql);
    m_save->setEnabled(hasSql);
    m_run->setEnabled(hasSql && m_session->writesAllowed());
    m_run->setToolTip(m_session->writesAllowed()
                          ? QString()
                          : tr("This profile is read-only (production). Use Server → Allow writes… first."));
    if (!f) {
        m_detail->clear();
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
    m_status->setStyleSheet({});
    m_status->setText(tr("Running…"));
}

QString FindingsView::saveMigration(const QString& directory)
{
    const auto f = selected();
    if (!f || f->fixSql.isEmpty())
        return {};
    const QString path =
        QDir(directory).filePath(sg::FixRunner::migrationFileName(*f, QDateTime::currentDateTime()));
    const QString error = sg::FixRunner::writeFile(path, sg::FixRunner::migrationText(*f));
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_status->setText(error.isEmpty() ? tr("Saved %1").arg(path) : error);
    return error.isEmpty() ? path : QString();
}

} // namespace sg::ui
