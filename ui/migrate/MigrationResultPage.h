// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace sg {
class MigrationController;
} // namespace sg

namespace sg::ui {

/// Step 6: how the run ended and the tracking table's rows as they are now.
class MigrationResultPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationResultPage(sg::MigrationController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    QTableWidget* trackingRows() const { return m_rows; }
    QString resultText() const;

private:
    void showRows();

    sg::MigrationController* m_controller;
    QLabel* m_result;
    QTableWidget* m_rows;
};

} // namespace sg::ui
