// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace sg {
class MigrationController;
} // namespace sg

namespace sg::ui {

/// Step 2: every migration's state (applied, pending, file missing, changed, out of order,
/// failed) with the next step for each, where the history comes from, and what blocks a run.
class MigrationStatusPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationStatusPage(sg::MigrationController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;

private:
    void showPlan();

    sg::MigrationController* m_controller;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPlainTextEdit* m_notes;
};

} // namespace sg::ui
