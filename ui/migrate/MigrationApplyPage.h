// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sg {
class BackupRunner;
class MigrationController;
class ServerSession;
} // namespace sg

namespace sg::ui {

class StatementOutcomeTable;

/// Step 5: what will run, in order, and what blocks it; an optional backup first (through the
/// backup module); then each migration in its own transaction with progress per statement,
/// stopping at the first error.
class MigrationApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationApplyPage(sg::ServerSession* session, sg::MigrationController* controller,
                       QWidget* parent = nullptr);
    ~MigrationApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// Starts the run (after the confirmation, unless turned off for tests).
    void start();
    void setBackupFirst(bool backup, const QString& directory = {});
    QString backupDirectory() const;
    QPushButton* applyButton() const { return m_applyButton; }
    QString planText() const;
    StatementOutcomeTable* outcomes() const { return m_outcomes; }
    QString resultText() const;
    QString backupPath() const { return m_backupPath; }

private:
    void runMigrations();
    void finish(const QString& text);

    sg::ServerSession* m_session;
    sg::MigrationController* m_controller;
    sg::BackupRunner* m_backup;
    QLabel* m_plan;
    QCheckBox* m_backupFirst;
    QLineEdit* m_backupDir;
    bool m_rehearsalFailed = false;
    QPushButton* m_applyButton;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_result;
    StatementOutcomeTable* m_outcomes;
    QString m_backupPath;
    bool m_running = false;
    bool m_done = false;
};

} // namespace sg::ui
