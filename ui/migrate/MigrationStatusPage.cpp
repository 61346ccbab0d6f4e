// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationStatusPage.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "migrate/MigrationController.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg::ui {

namespace {

State shownState(sg::MigrationStatus::State s)
{
    using S = sg::MigrationStatus::State;
    switch (s) {
    case S::Applied:
        return State::Normal;
    case S::Pending:
        return State::Info;
    case S::OutOfOrder:
    case S::MissingFile:
        return State::Warning;
    case S::Changed:
    case S::Failed:
        return State::Error;
    }
    return State::Normal;
}

} // namespace

MigrationStatusPage::MigrationStatusPage(sg::MigrationController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Status"));
    setSubTitle(tr("What the database has applied, against the files in the folder."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("statusTable"));
    m_table->setAccessibleName(tr("Migration status"));
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("State"), tr("Description"), tr("Applied"), tr("Took"), tr("Next step")});
    setUpRowList(m_table);
    m_table->setWordWrap(true); // "next step" explains itself in a sentence; rows are sized to it
    layout->addWidget(m_table, 1);
    m_notes = new QPlainTextEdit(this);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);
    m_notes->setObjectName(QStringLiteral("statusNotes"));
    layout->addWidget(m_notes);
    connect(m_controller, &sg::MigrationController::planned, this, &MigrationStatusPage::showPlan);
}

void MigrationStatusPage::initializePage()
{
    m_table->setRowCount(0);
    m_notes->clear();
    m_summary->setText(tr("Reading the folder and the server…"));
    m_controller->prepare();
    Q_EMIT completeChanged();
}

bool MigrationStatusPage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->hasPlan() && m_controller->plan().error.isEmpty();
}

QString MigrationStatusPage::summaryText() const
{
    return m_summary->text();
}

void MigrationStatusPage::showPlan()
{
    const sg::MigrationPlan& plan = m_controller->plan();
    Q_EMIT completeChanged();
    if (!plan.error.isEmpty()) {
        m_summary->setText(tr("The server could not be read: %1").arg(plan.error));
        return;
    }
    QMap<sg::MigrationStatus::State, int> counts;
    m_table->setRowCount(int(plan.statuses.size()));
    const QLocale locale;
    for (int r = 0; r < plan.statuses.size(); ++r) {
        const sg::MigrationStatus& s = plan.statuses.at(r);
        ++counts[s.state];
        const bool row = s.hasRow() && s.applied.appliedAt.isValid();
        const QStringList cells = {
            s.version,
            s.stateText(),
            s.description,
            row ? locale.toString(s.applied.appliedAt.toLocalTime(), QLocale::ShortFormat) +
                      QStringLiteral(" · ") + s.applied.appliedBy
                : QString(),
            row ? tr("%1 ms").arg(s.applied.executionMs) : QString(),
            s.state == sg::MigrationStatus::State::Pending ? QString() : s.nextStep(plan.trackingTable)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 1)
                item->setForeground(stateColor(shownState(s.state), palette()));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 280));
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    using S = sg::MigrationStatus::State;
    QStringList parts;
    parts << tr("%1 applied").arg(counts.value(S::Applied)) << tr("%1 pending").arg(counts.value(S::Pending));
    for (S s : {S::OutOfOrder, S::MissingFile, S::Changed, S::Failed}) {
        if (counts.value(s) > 0) {
            sg::MigrationStatus probe;
            probe.state = s;
            parts << QStringLiteral("%1 %2").arg(counts.value(s)).arg(probe.stateText());
        }
    }
    m_summary->setText(tr("<b>%1</b> — history: %2. %3")
                           .arg(parts.join(QStringLiteral(", ")), plan.trackingSource.toHtmlEscaped(),
                                plan.rollback
                                    ? tr("%n migration(s) to roll back.", nullptr, int(plan.scripts.size()))
                                    : tr("%n migration(s) to apply.", nullptr, int(plan.scripts.size()))));
    QStringList notes;
    for (const QString& b : plan.blockers)
        notes << tr("Blocks applying: %1").arg(b);
    for (const QString& i : plan.files.ignored)
        notes << tr("Ignored: %1").arg(i);
    m_notes->setPlainText(notes.isEmpty() ? tr("Nothing blocks a run.") : notes.join(QLatin1Char('\n')));
}

} // namespace sg::ui
