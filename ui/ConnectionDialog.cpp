// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"
#include "StateColors.h"

#include "ui_ConnectionDialog.h"

#include "db/DbClient.h"
#include "db/ProfileStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sg::ui {

ConnectionDialog::ConnectionDialog(QWidget* parent, const QString& current)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>())
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    // The usual four as fields; the connection string below holds them and everything else libpq
    // takes (sslmode, service, options …), and the two follow each other as either is edited.
    const struct
    {
        const char* keyword;
        const char* label;
        const char* placeholder;
    } fields[] = {{"host", QT_TR_NOOP("&Host:"), QT_TR_NOOP("localhost, db.example.com or a socket folder")},
                  {"port", QT_TR_NOOP("P&ort:"), "5432"},
                  {"dbname", QT_TR_NOOP("&Database:"), QT_TR_NOOP("the user's name when empty")},
                  {"user", QT_TR_NOOP("&User:"), QT_TR_NOOP("your login name when empty")}};
    int row = 2; // after the profile and its name
    for (const auto& f : fields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + QLatin1String(f.keyword));
        edit->setPlaceholderText(tr(f.placeholder));
        auto* label = new QLabel(tr(f.label), this);
        label->setBuddy(edit);
        ui->form->insertRow(row++, label, edit);
        m_fields.insert(QString::fromLatin1(f.keyword), edit);
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsToConninfo);
    }
    ui->conninfoLabel->setText(tr("Connection &string:"));
    ui->conninfoEdit->setToolTip(tr("Everything libpq accepts (sslmode=…, service=…, a postgresql:// URI); "
                                    "the fields above edit it"));
    connect(ui->conninfoEdit, &QLineEdit::textChanged, this, &ConnectionDialog::conninfoToFields);
    connect(ui->profileCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::profileChosen);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(ui->saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadProfiles(current);
    // Where typing starts: the Connect button for the profile in use, the host for a new one.
    if (ui->profileCombo->currentIndex() > 0)
        ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
    else
        m_fields.value(QStringLiteral("host"))->setFocus();
}

QString ConnectionDialog::conninfo() const
{
    return ui->conninfoEdit->text().trimmed();
}

void ConnectionDialog::fieldsToConninfo()
{
    if (m_syncing)
        return;
    m_syncing = true;
    sg::DbError error;
    sg::ConnectionOptions o = sg::ConnectionOptions::parse(ui->conninfoEdit->text().trimmed(), &error);
    if (!o.isValid()) // a half-typed string: the fields start it again
        o = sg::ConnectionOptions::parse(QString(), &error);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            o.remove(it.key());
        else
            o.setValue(it.key(), text);
    }
    ui->conninfoEdit->setText(o.toConninfo());
    m_syncing = false;
}

void ConnectionDialog::conninfoToFields()
{
    if (m_syncing)
        return;
    sg::DbError error;
    const sg::ConnectionOptions o = sg::ConnectionOptions::parse(ui->conninfoEdit->text().trimmed(), &error);
    if (!o.isValid())
        return; // still being typed; the fields keep what they had
    m_syncing = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(o.value(it.key()));
    m_syncing = false;
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
    const QStringList recent = sg::ProfileStore::recent();
    if (!recent.isEmpty())
        ui->profileCombo->insertSeparator(ui->profileCombo->count());
    for (const QString& conninfo : recent) {
        sg::DbError error;
        const sg::ConnectionOptions o = sg::ConnectionOptions::parse(conninfo, &error);
        ui->profileCombo->addItem(tr("Recent: %1").arg(o.isValid() ? o.displayName() : conninfo), conninfo);
    }
    const int idx = select.isEmpty() ? 0 : ui->profileCombo->findText(select);
    ui->profileCombo->setCurrentIndex(qMax(0, idx));
    ui->deleteButton->setEnabled(ui->profileCombo->currentIndex() > 0 &&
                                 !ui->profileCombo->currentData().isValid());
    block.unblock();
    profileChosen(ui->profileCombo->currentIndex());
}

void ConnectionDialog::profileChosen(int index)
{
    const QVariant recent = ui->profileCombo->itemData(index);
    ui->deleteButton->setEnabled(index > 0 && !recent.isValid());
    if (recent.isValid()) { // a recent connection: its string, to connect again or save as a profile
        ui->nameEdit->clear();
        ui->conninfoEdit->setText(recent.toString());
        ui->productionCheck->setChecked(false);
        ui->passwordEdit->clear();
        return;
    }
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
    showState(ui->resultLabel, text, ok ? State::Good : State::Error);
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
    if (p.conninfo.isEmpty()) {
        showResult(false, tr("Say which server first: a host (and database, user) or a connection string."));
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
    sg::ProfileStore::addRecent(ui->conninfoEdit->text().trimmed());
    QDialog::accept();
}

} // namespace sg::ui
