// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationResultPage.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "migrate/MigrationController.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg::ui {

MigrationResultPage::MigrationResultPage(sg::MigrationController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Result"));
    auto* layout = new QVBoxLayout(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("finalResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_rows = new QTableWidget(0, 7, this);
    m_rows->setObjectName(QStringLiteral("trackingRows"));
    m_rows->setAccessibleName(tr("Tracking table rows"));
    m_rows->setHorizontalHeaderLabels({tr("Version"), tr("Description"), tr("Applied by"), tr("Applied at"),
                                       tr("Took"), tr("Success"), tr("Transactional")});
    setUpRowList(m_rows);
    layout->addWidget(m_rows, 1);
    connect(m_controller, &sg::MigrationController::planned, this, &MigrationResultPage::showRows);
}

void MigrationResultPage::initializePage()
{
    const sg::MigrationRunResult& r = m_controller->lastRun();
    QString text =
        sg::ui::stateHeadline(r.message, r.ok ? sg::ui::State::Normal : sg::ui::State::Error, palette());
    if (!r.invalidIndexes.isEmpty())
        text +=
            QStringLiteral("<p>") +
            tr("INVALID index left behind: %1. Drop it with DROP INDEX CONCURRENTLY before running again.")
                .arg(r.invalidIndexes.join(QStringLiteral(", ")).toHtmlEscaped());
    m_result->setText(text);
    showRows();
}

void MigrationResultPage::showRows()
{
    const sg::MigrationPlan& plan = m_controller->plan();
    QList<const sg::MigrationStatus*> rows;
    for (const sg::MigrationStatus& s : plan.statuses) {
        if (s.hasRow())
            rows << &s;
    }
    setSubTitle(tr("The rows of %1 now.").arg(plan.trackingSource));
    m_rows->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const sg::AppliedMigration& a = rows.at(r)->applied;
        const QStringList cells = {a.version,
                                   a.description,
                                   a.appliedBy,
                                   a.appliedAt.isValid()
                                       ? locale.toString(a.appliedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString(),
                                   tr("%1 ms").arg(a.executionMs),
                                   a.success ? tr("yes") : tr("no — failed part-way"),
                                   a.transactional ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_rows->resizeColumnsToContents();
}

QString MigrationResultPage::resultText() const
{
    return m_result->text();
}

} // namespace sg::ui
