// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationRehearsePage.h"
#include "ui/StateColors.h"

#include "StatementOutcomeTable.h"

#include "migrate/MigrationController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg::ui {

MigrationRehearsePage::MigrationRehearsePage(sg::MigrationController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Rehearse"));
    setSubTitle(
        tr("Runs the migrations in one transaction and rolls it back: nothing stays. Lock waits end after "
           "2 s and statements after 60 s, so a rehearsal on a busy server cannot hold anyone up for long."));
    auto* layout = new QVBoxLayout(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("rehearseResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto* row = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_again = new QPushButton(tr("Rehearse &again"), this);
    m_cancel = new QPushButton(tr("&Stop"), this);
    row->addWidget(m_progress, 1);
    row->addWidget(m_again);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_outcomes = new StatementOutcomeTable(this);
    m_outcomes->setObjectName(QStringLiteral("rehearseOutcomes"));
    layout->addWidget(m_outcomes, 1);
    connect(m_again, &QPushButton::clicked, this, &MigrationRehearsePage::start);
    connect(m_cancel, &QPushButton::clicked, m_controller, &sg::MigrationController::cancel);
    m_outcomes->follow(m_controller, m_progress, [this] { return m_running; });
    connect(m_controller, &sg::MigrationController::runFinished, this, [this](bool rehearsal) {
        if (!rehearsal || !m_running)
            return;
        m_running = false;
        const sg::MigrationRunResult& r = m_controller->lastRun();
        QString text = (r.ok ? sg::ui::stateHeadline(tr("Passed."), sg::ui::State::Normal, palette())
                             : sg::ui::stateHeadline(tr("Failed."), sg::ui::State::Error, palette())) +
                       QLatin1Char(' ') + r.message.toHtmlEscaped();
        // A lock wait that timed out: who it waited for, as the preview found them.
        const QStringList holders = m_controller->lockHolders();
        if (!r.ok && r.message.contains(QLatin1String("lock timeout")) && !holders.isEmpty())
            text += QStringLiteral("<br>") + tr("The preview found: %1.").arg(holders.join(QStringLiteral("; ")).toHtmlEscaped());
        m_result->setText(text);
        m_again->setEnabled(true);
        m_cancel->setEnabled(false);
        Q_EMIT completeChanged();
    });
}

void MigrationRehearsePage::initializePage()
{
    start();
}

void MigrationRehearsePage::start()
{
    if (m_controller->isBusy())
        return;
    m_outcomes->clearOutcomes();
    m_progress->setValue(0);
    if (m_controller->plan().scripts.isEmpty()) {
        m_result->setText(tr("Nothing to rehearse."));
        return;
    }
    m_result->setText(tr("Rehearsing…"));
    m_running = true;
    m_again->setEnabled(false);
    m_cancel->setEnabled(true);
    m_controller->rehearse();
    Q_EMIT completeChanged();
}

bool MigrationRehearsePage::isComplete() const
{
    return !m_running;
}

QString MigrationRehearsePage::resultText() const
{
    return m_result->text();
}

} // namespace sg::ui
