// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sg {
class MigrationController;
} // namespace sg

namespace sg::ui {

class StatementOutcomeTable;

/// Step 4: the migrations run inside one transaction that is rolled back, with short lock and
/// statement timeouts: time and errors per statement; what cannot run in a transaction is listed.
class MigrationRehearsePage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationRehearsePage(sg::MigrationController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    StatementOutcomeTable* outcomes() const { return m_outcomes; }
    QString resultText() const;

private:
    void start();

    sg::MigrationController* m_controller;
    QLabel* m_result;
    QProgressBar* m_progress;
    QPushButton* m_again;
    QPushButton* m_cancel;
    StatementOutcomeTable* m_outcomes;
    bool m_running = false;
};

} // namespace sg::ui
