// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sg {
class MigrationController;
class ServerSession;
} // namespace sg

namespace sg::ui {

/// Step 1: the migrations folder, the tracking schema, apply or roll back, and the lock timeout.
class MigrationSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationSourcePage(sg::ServerSession* session, sg::MigrationController* controller,
                        QWidget* parent = nullptr);

    void setDirectory(const QString& directory);
    /// Plan the rollback of the last \a steps applied migrations instead of applying.
    void setRollback(bool rollback, int steps = 1);
    /// Apply only up to this version ("" = every pending migration).
    void setUpToVersion(const QString& version);
    bool isComplete() const override;
    bool validatePage() override;

private:
    sg::MigrationController* m_controller;
    QLineEdit* m_directory;
    QLineEdit* m_schema;
    QRadioButton* m_apply;
    QRadioButton* m_rollback;
    QSpinBox* m_steps;
    QLineEdit* m_upTo;
    QSpinBox* m_lockTimeout;
};

} // namespace sg::ui
