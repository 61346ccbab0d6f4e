// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include "db/DbClient.h"
#include "db/ProfileStore.h"

#include <QPushButton>

namespace sg::ui {

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>())
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(ui->profileCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::profileChosen);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(ui->saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadProfiles();
}

ConnectionDialog::~ConnectionDialog() = default;

QString ConnectionDialog::profileName() const
{
    return ui->nameEdit->text().trimmed();
}

void ConnectionDialog::setConninfo(const QString& conninfo)
{
    ui->conninfoEdit->setText(conninfo);
}

QString ConnectionDialog::resultText() const
{
    return ui->resultLabel->text();
}

void ConnectionDialog::loadProfiles(const QString& select)
{
    QSignalBlocker block(ui->profileCombo);
    ui->profileCombo->clear();
    ui->profileCombo->addItem(tr("(new connection)"));
    const auto profiles = sg::ProfileStore::load();
    for (const auto& p : profiles)
        ui->profileCombo->addItem(p.name);
    const int idx = select.isEmpty() ? 0 : ui->profileCombo->findText(select);
    ui->profileCombo->setCurrentIndex(qMax(0, idx));
    ui->deleteButton->setEnabled(ui->profileCombo->currentIndex() > 0);
}

void ConnectionDialog::profileChosen(int index)
{
    ui->deleteButton->setEnabled(index > 0);
    if (index <= 0) {
        ui->nameEdit->clear();
        ui->conninfoEdit->clear();
        ui->productionCheck->setChecked(false);
        return;
    }
    const sg::ConnectionProfile p = sg::ProfileStore::find(ui->profileCombo->itemText(index));
    ui->nameEdit->setText(p.name);
    ui->conninfoEdit->setText(p.conninfo);
    ui->productionCheck->setChecked(p.production);
    ui->passwordEdit->clear();
}

sg::ConnectionOptions ConnectionDialog::optionsFromForm(QString* error) const
{
    sg::DbError parseError;
    sg::ConnectionOptions o = sg::ConnectionOptions::parse(ui->conninfoEdit->text().trimmed(), &parseError);
    if (!o.isValid()) {
        if (error)
            *error = parseError.userMessage();
        return o;
    }
    if (!ui->passwordEdit->text().isEmpty())
        o.setValue(QStringLiteral("password"), ui->passwordEdit->text());
    o.session.readOnly = ui->productionCheck->isChecked();
    return o;
}

void ConnectionDialog::showResult(bool ok, const QString& text)
{
    ui->resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                      : QStringLiteral("color: #b00020;"));
    ui->resultLabel->setText(text);
}

void ConnectionDialog::testConnection()
{
    QString error;
    const sg::ConnectionOptions o = optionsFromForm(&error);
    if (!o.isValid()) {
        showResult(false, error);
        Q_EMIT testFinished(false);
        return;
    }
    delete m_tester;
    m_tester = new sg::DbClient(QStringLiteral("test"), this);
    ui->testButton->setEnabled(false);
    showResult(true, tr("Connecting to %1…").arg(o.displayName()));
    connect(m_tester, &sg::DbClient::connected, this, [this](const sg::Capabilities& c) {
        QStringList roles;
        if (c.isSuperuser)
            roles << tr("superuser");
        else if (c.hasPgMonitor)
            roles << tr("pg_monitor");
        else if (!c.canSeeAllSessions())
            roles << tr("no pg_monitor: other users' queries will be hidden");
        showResult(true,
                   tr("Connected: PostgreSQL %1, database %2 as %3 (%4).")
                       .arg(c.serverVersion, c.database, c.currentUser, roles.join(QStringLiteral(", "))));
        ui->testButton->setEnabled(true);
        Q_EMIT testFinished(true);
    });
    connect(m_tester, &sg::DbClient::stateChanged, this, [this](sg::ConnectionState s, const sg::DbError& e) {
        if (s != sg::ConnectionState::Disconnected || !e.isError())
            return;
        showResult(false, e.userMessage());
        ui->testButton->setEnabled(true);
        Q_EMIT testFinished(false);
    });
    m_tester->open(o);
}

void ConnectionDialog::saveProfile()
{
    sg::ConnectionProfile p{profileName(), ui->conninfoEdit->text().trimmed(),
                            ui->productionCheck->isChecked()};
    if (p.name.isEmpty()) {
        showResult(false, tr("Give the profile a name first."));
        return;
    }
    QString error;
    if (!sg::ProfileStore::save(p, &error)) {
        showResult(false, error);
        return;
    }
    loadProfiles(p.name);
    showResult(true, tr("Saved “%1” (without a password).").arg(p.name));
}

void ConnectionDialog::deleteProfile()
{
    const QString name = ui->profileCombo->currentText();
    if (ui->profileCombo->currentIndex() <= 0)
        return;
    sg::ProfileStore::remove(name);
    loadProfiles();
    showResult(true, tr("Deleted “%1”.").arg(name));
}

void ConnectionDialog::accept()
{
    QString error;
    m_options = optionsFromForm(&error);
    if (!m_options.isValid()) {
        showResult(false, error);
        return;
    }
    QDialog::accept();
}

} // namespace sg::ui
