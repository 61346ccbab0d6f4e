// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationSourcePage.h"

#include "db/ServerSession.h"
#include "migrate/MigrationController.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include "Settings.h"
#include <QSpinBox>

namespace sg::ui {

MigrationSourcePage::MigrationSourcePage(sg::ServerSession* session, sg::MigrationController* controller,
                                         QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Migrations folder"));
    setSubTitle(
        tr("Plain SQL files named 023_name.sql, V23__name.sql or 20250105120000_name.up.sql; rollbacks "
           "as 023_name_rollback.sql, U23__name.sql or .down.sql."));
    auto* form = new QFormLayout(this);
    auto* server = new QLabel(session->options().displayName(), this);
    form->addRow(tr("Server:"), server);
    if (!session->writesAllowed()) {
        auto* readOnly =
            new QLabel(tr("This connection is read-only: status, preview and rehearsal work; to apply "
                          "or roll back, choose Server → Allow writes first."),
                       this);
        readOnly->setWordWrap(true);
        readOnly->setObjectName(QStringLiteral("readOnlyNote"));
        form->addRow(QString(), readOnly);
    }

    m_directory = new QLineEdit(sg::Settings::migrationDirectory(), this);
    m_directory->setObjectName(QStringLiteral("migrationDirectory"));
    m_directory->setAccessibleName(tr("Migrations folder"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Migrations folder"), m_directory->text());
        if (!dir.isEmpty())
            m_directory->setText(dir);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_directory, 1);
    row->addWidget(browse);
    form->addRow(tr("Folder:"), row);
    connect(m_directory, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_schema = new QLineEdit(
        sg::Settings::migrationSchema(), this);
    m_schema->setToolTip(tr("The tracking table is <schema>.schema_migrations. Flyway's and golang-migrate's "
                            "histories are read when found, never written."));
    form->addRow(tr("Tracking &schema:"), m_schema);

    m_apply = new QRadioButton(tr("&Apply pending migrations"), this);
    m_rollback = new QRadioButton(tr("&Roll back the last"), this);
    m_apply->setChecked(true);
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, 1000);
    m_steps->setSuffix(tr(" applied migration(s)"));
    auto* rollbackRow = new QHBoxLayout;
    rollbackRow->addWidget(m_rollback);
    rollbackRow->addWidget(m_steps);
    rollbackRow->addStretch();
    form->addRow(tr("Mode:"), m_apply);
    form->addRow(QString(), rollbackRow);
    m_upTo = new QLineEdit(this);
    m_upTo->setObjectName(QStringLiteral("upToVersion"));
    m_upTo->setPlaceholderText(tr("all pending"));
    m_upTo->setToolTip(tr("Apply the pending migrations up to and including this version, and no further"));
    form->addRow(tr("Up to version:"), m_upTo);

    m_lockTimeout = new QSpinBox(this);
    m_lockTimeout->setRange(100, 600000);
    m_lockTimeout->setSingleStep(500);
    m_lockTimeout->setValue(5000);
    m_lockTimeout->setSuffix(tr(" ms"));
    m_lockTimeout->setToolTip(
        tr("How long a statement may wait for a lock while applying before it gives up (and "
           "its migration rolls back), so a migration never queues every query behind it."));
    form->addRow(tr("&Lock timeout:"), m_lockTimeout);
}

void MigrationSourcePage::setDirectory(const QString& directory)
{
    m_directory->setText(directory);
}

void MigrationSourcePage::setUpToVersion(const QString& version)
{
    m_upTo->setText(version);
}

void MigrationSourcePage::setRollback(bool rollback, int steps)
{
    (rollback ? m_rollback : m_apply)->setChecked(true);
    m_steps->setValue(steps);
}

bool MigrationSourcePage::isComplete() const
{
    return QFileInfo(m_directory->text().trimmed()).isDir();
}

bool MigrationSourcePage::validatePage()
{
    const QString dir = m_directory->text().trimmed();
    sg::Settings::setMigrationDirectory(dir);
    sg::Settings::setMigrationSchema(m_schema->text());
    m_controller->setDirectory(dir);
    sg::MigrationPlanner::Options p = m_controller->plannerOptions();
    p.schema =
        m_schema->text().trimmed().isEmpty() ? QStringLiteral("sightglass") : m_schema->text().trimmed();
    p.rollbackSteps = m_rollback->isChecked() ? m_steps->value() : 0;
    p.targetVersion = m_rollback->isChecked() ? QString() : m_upTo->text().trimmed();
    m_controller->setPlannerOptions(p);
    sg::MigrationRunner::Options r = m_controller->runnerOptions();
    r.schema = p.schema;
    r.lockTimeoutMs = m_lockTimeout->value();
    m_controller->setRunnerOptions(r);
    return true;
}

} // namespace sg::ui
