// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfDialog.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "PlanView.h"

#include "advisor/FixRunner.h"
#include "db/DbClient.h"
#include "db/ServerSession.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg::ui {

WhatIfDialog::WhatIfDialog(sg::ServerSession* session, const QString& sql, const sg::Plan& plan,
                           QWidget* parent)
    : QDialog(parent), m_session(session), m_runner(new sg::WhatIfRunner(session->interactive(), this)),
      m_fixRunner(new sg::FixRunner(session, this))
{
    setWindowTitle(tr("What-if indexes"));
    m_status = new QLabel(tr("Trying hypothetical indexes (hypopg) — nothing is built…"), this);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Hypothetical index"), tr("Cost before"), tr("Cost after"), tr("Change"), tr("Why")});
    setUpRowList(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_plan = new PlanView(this);
    m_copy = new QPushButton(tr("Copy CREATE INDEX"), this);
    m_create = new QPushButton(tr("Create index…"), this);
    m_copy->setEnabled(false);
    m_create->setEnabled(false);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_plan);
    split->setSizes({160, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    resize(1000, 700);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WhatIfDialog::showSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            QApplication::clipboard()->setText(m_results.at(row).candidate.realSql());
    });
    connect(m_create, &QPushButton::clicked, this, &WhatIfDialog::createSelected);
    connect(m_fixRunner, &sg::FixRunner::finished, this, [this](bool ok, const QString& message) {
        showState(m_status, message, ok ? State::Normal : State::Error);
    });
    connect(
        m_runner, &sg::WhatIfRunner::finished, this,
        [this](const QList<sg::WhatIfRunner::Result>& results, const QString& error) {
            m_results = results;
            const QLocale l;
            m_table->setRowCount(int(results.size()));
            int better = 0;
            for (int i = 0; i < results.size(); ++i) {
                const auto& r = results.at(i);
                const double change = r.costBefore > 0 && r.error.isEmpty()
                                          ? 100.0 * (r.costAfter - r.costBefore) / r.costBefore
                                          : 0;
                better += r.usesIndex && change < 0 ? 1 : 0;
                const QStringList cells{QStringLiteral("%1.%2 (%3)")
                                            .arg(r.candidate.schema, r.candidate.table,
                                                 r.candidate.columns.join(QStringLiteral(", "))),
                                        l.toString(r.costBefore, 'f', 2),
                                        r.error.isEmpty() ? l.toString(r.costAfter, 'f', 2) : QString(),
                                        !r.error.isEmpty() ? r.error
                                        : r.usesIndex
                                            ? tr("%1 % (the planner uses it)").arg(l.toString(change, 'f', 1))
                                            : tr("not used by the planner"),
                                        r.candidate.reason};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
            }
            m_table->resizeColumnsToContents();
            if (!error.isEmpty()) {
                showState(m_status, error, State::Error);
            } else {
                m_status->setText(
                    tr("%n hypothetical index(es) tried on this session and dropped again (hypopg_reset); "
                       "%1 would make the plan cheaper. Costs are the planner's estimates.",
                       nullptr, int(results.size()))
                        .arg(better));
            }
            if (!results.isEmpty())
                m_table->selectRow(0);
            Q_EMIT tried();
        });
    m_runner->run(sql, plan);
}

QString WhatIfDialog::statusText() const
{
    return m_status->text();
}

void WhatIfDialog::showSelected()
{
    const int row = m_table->currentRow();
    const bool ok = row >= 0 && row < m_results.size() && m_results.at(row).error.isEmpty();
    m_copy->setEnabled(ok);
    m_create->setEnabled(ok);
    if (!ok)
        return;
    const auto& r = m_results.at(row);
    m_plan->setPlan(r.plan);
    m_plan->setBanner(tr("The plan with the hypothetical index %1 (estimated, not executed).")
                          .arg(r.candidate.createSql()));
}

void WhatIfDialog::createSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const QString sql = m_results.at(row).candidate.realSql();
    if (!m_session->writesAllowed()) {
        m_status->setText(tr("This session is read-only: Server → Allow writes… first, or copy the statement "
                             "into a migration."));
        return;
    }
    if (QMessageBox::question(
            this, tr("Create index"),
            tr("Build this index on the server? CONCURRENTLY does not block writes, but it reads "
               "the whole table and takes time.\n\n%1")
                .arg(sql)) != QMessageBox::Yes)
        return;
    m_status->setText(tr("Building the index…"));
    m_fixRunner->run(sql); // without the session's statement_timeout, outside a transaction
}

} // namespace sg::ui
