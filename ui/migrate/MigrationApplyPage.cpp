// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationApplyPage.h"
#include "ui/StateColors.h"

#include "StatementOutcomeTable.h"

#include "backup/BackupOptions.h"
#include "backup/BackupRunner.h"
#include "db/ServerSession.h"
#include "migrate/MigrationController.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include "Settings.h"
#include <QVBoxLayout>

namespace sg::ui {

MigrationApplyPage::MigrationApplyPage(sg::ServerSession* session, sg::MigrationController* controller,
                                       QWidget* parent)
    : QWizardPage(parent), m_session(session), m_controller(controller), m_backup(new sg::BackupRunner(this))
{
    setTitle(tr("Apply"));
    setSubTitle(
        tr("Each migration runs in its own transaction under the lock timeout; statements that cannot run "
           "in one run alone, in order. The first error stops the run."));
    m_backup->setPgBinDir(sg::Settings::pgBinDir());
    auto* layout = new QVBoxLayout(this);
    m_plan = new QLabel(this);
    m_plan->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("applyPlan"));
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_plan);

    auto* backupRow = new QHBoxLayout;
    m_backupFirst = new QCheckBox(tr("&Back up the database first, to"), this);
    m_backupFirst->setChecked(sg::Settings::backupBeforeMigrating());
    m_backupDir = new QLineEdit(sg::Settings::backupDirectory(), this);
    m_backupDir->setAccessibleName(tr("Backup folder"));
    backupRow->addWidget(m_backupFirst);
    backupRow->addWidget(m_backupDir, 1);
    layout->addLayout(backupRow);

    auto* row = new QHBoxLayout;
    m_applyButton = new QPushButton(this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    row->addWidget(m_applyButton);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("applyResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_outcomes = new StatementOutcomeTable(this);
    m_outcomes->setObjectName(QStringLiteral("applyOutcomes"));
    layout->addWidget(m_outcomes, 1);

    connect(m_applyButton, &QPushButton::clicked, this, &MigrationApplyPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_backup->cancel();
        m_controller->cancel();
    });
    connect(m_backup, &sg::BackupRunner::progress, this, [this](double fraction, const QString& object) {
        if (!m_running)
            return;
        m_progress->setRange(0, fraction < 0 ? 0 : 1000);
        m_progress->setValue(int(fraction * 1000));
        m_result->setText(tr("Backing up… %1").arg(object));
    });
    connect(m_backup, &sg::BackupRunner::finished, this,
            [this](bool ok, const QString& message, const QString& path) {
                if (!m_running)
                    return;
                if (!ok) {
                    finish(sg::ui::stateHeadline(tr("The backup failed, so nothing was applied."),
                                                sg::ui::State::Error, palette()) +
                           QLatin1Char(' ') + message.toHtmlEscaped());
                    // Nothing ran: fix what the message says, or go on without a backup, and apply.
                    m_done = false;
                    m_applyButton->setEnabled(true);
                    m_backupFirst->setEnabled(true);
                    Q_EMIT completeChanged();
                    return;
                }
                m_backupPath = path;
                runMigrations();
            });
    m_outcomes->follow(m_controller, m_progress, [this] { return m_running; });
    connect(m_controller, &sg::MigrationController::runFinished, this, [this](bool rehearsal) {
        if (rehearsal || !m_running)
            return;
        const sg::MigrationRunResult& r = m_controller->lastRun();
        QString text = (r.ok ? sg::ui::stateHeadline(tr("Done."), sg::ui::State::Normal, palette())
                             : sg::ui::stateHeadline(tr("Stopped."), sg::ui::State::Error, palette())) +
                       QLatin1Char(' ') + r.message.toHtmlEscaped();
        if (!m_backupPath.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Backup taken before: %1").arg(QDir::toNativeSeparators(m_backupPath).toHtmlEscaped());
        finish(text);
    });
}

MigrationApplyPage::~MigrationApplyPage()
{
    m_backup->disconnect(this);
}

void MigrationApplyPage::initializePage()
{
    const sg::MigrationPlan& plan = m_controller->plan();
    QStringList files;
    for (const sg::MigrationScript& s : plan.scripts)
        files << QFileInfo(s.path).fileName().toHtmlEscaped();
    QStringList blockers = plan.blockers;
    if (!m_session->writesAllowed())
        blockers << tr("The connection is read-only: choose Server → Allow writes first.");
    QString text = plan.scripts.isEmpty()
                       ? tr("Nothing to run.")
                       : (plan.rollback ? tr("These rollback files will run, newest first:")
                                        : tr("These migrations will run, in this order:")) +
                             QStringLiteral("<br><tt>") + files.join(QStringLiteral("<br>")) +
                             QStringLiteral("</tt>");
    if (!blockers.isEmpty()) {
        QStringList escaped;
        for (const QString& b : std::as_const(blockers))
            escaped << b.toHtmlEscaped();
        text += QStringLiteral("<p style='color:%1'><b>%2</b><br>%3</p>")
                    .arg(stateColor(State::Error, palette()).name(), tr("Nothing can run until this is resolved:"), escaped.join(QStringLiteral("<br>")));
    }
    // Offered after a failed rehearsal only with that said: it will most likely fail the same way.
    const sg::MigrationRunResult* rehearsal = m_controller->lastRehearsal();
    m_rehearsalFailed = rehearsal && !rehearsal->ok;
    if (m_rehearsalFailed)
        text.prepend(QStringLiteral("<p style='color:%1'><b>%2</b> %3</p>")
                         .arg(stateColor(State::Error, palette()).name(), tr("The rehearsal failed:"), rehearsal->message.toHtmlEscaped()) +
                     QStringLiteral("<p>%1</p>").arg(tr("Applying now will most likely stop at the same statement "
                                                        "(and roll that migration back). Go back and rehearse "
                                                        "again once it is fixed, or apply anyway.")));
    else if (!rehearsal && !plan.scripts.isEmpty())
        text.prepend(QStringLiteral("<p>%1</p>").arg(tr("Not rehearsed.")));
    m_plan->setText(text);
    const int n = int(plan.scripts.size());
    m_applyButton->setText(plan.rollback ? tr("&Roll back %n migration(s)", nullptr, n)
                                         : (m_rehearsalFailed ? tr("&Apply %n migration(s) anyway", nullptr, n)
                                                              : tr("&Apply %n migration(s)", nullptr, n)));
    m_applyButton->setEnabled(blockers.isEmpty() && !plan.scripts.isEmpty() && !m_done);
    m_backupFirst->setEnabled(m_applyButton->isEnabled());
}

QString MigrationApplyPage::planText() const
{
    return m_plan->text();
}

QString MigrationApplyPage::backupDirectory() const
{
    return m_backupDir->text();
}

void MigrationApplyPage::setBackupFirst(bool backup, const QString& directory)
{
    m_backupFirst->setChecked(backup);
    if (!directory.isEmpty())
        m_backupDir->setText(directory);
}

void MigrationApplyPage::start()
{
    const sg::MigrationPlan& plan = m_controller->plan();
    if (m_running || !m_applyButton->isEnabled())
        return;
    QStringList files;
    for (const sg::MigrationScript& s : plan.scripts)
        files << QFileInfo(s.path).fileName();
    const auto answer = QMessageBox::question(
        this, plan.rollback ? tr("Roll back") : tr("Apply migrations"),
        (m_rehearsalFailed ? tr("The rehearsal of these migrations failed.") + QStringLiteral("\n\n")
                           : QString()) +
            tr("Run these on %1?\n\n%2")
                .arg(m_session->options().displayName(), files.join(QLatin1Char('\n'))));
    if (answer != QMessageBox::Yes)
        return;
    sg::Settings::setBackupBeforeMigrating(m_backupFirst->isChecked());
    sg::Settings::setBackupDirectory(m_backupDir->text());
    m_running = true;
    m_applyButton->setEnabled(false);
    m_backupFirst->setEnabled(false);
    m_cancel->setEnabled(true);
    m_outcomes->clearOutcomes();
    m_backupPath.clear();
    Q_EMIT completeChanged();
    if (m_backupFirst->isChecked()) {
        sg::BackupOptions o;
        o.database = m_session->options().value(QStringLiteral("dbname"));
        o.directory = m_backupDir->text().trimmed();
        o.kind = sg::BackupKind::Manual;
        QDir().mkpath(o.directory);
        if (const QString invalid = o.validate(); !invalid.isEmpty()) {
            finish(sg::ui::stateHeadline(tr("The backup cannot start, so nothing was applied."),
                                        sg::ui::State::Error, palette()) +
                   QLatin1Char(' ') + invalid.toHtmlEscaped());
            return;
        }
        m_result->setText(tr("Backing up…"));
        m_backup->backup(m_session->options(), o);
        return;
    }
    runMigrations();
}

void MigrationApplyPage::runMigrations()
{
    m_result->setText(m_controller->plan().rollback ? tr("Rolling back…") : tr("Applying…"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_controller->apply();
}

void MigrationApplyPage::finish(const QString& text)
{
    m_running = false;
    m_done = true;
    m_cancel->setEnabled(false);
    m_result->setText(text);
    Q_EMIT completeChanged();
}

bool MigrationApplyPage::isComplete() const
{
    return m_done && !m_running;
}

QString MigrationApplyPage::resultText() const
{
    return m_result->text();
}

} // namespace sg::ui
