// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupDialog.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"
#include "ui_BackupDialog.h"

#include "RestoreDialog.h"

#include "backup/BackupRunner.h"
#include "db/DbClient.h"
#include "db/ServerSession.h"

#include "Settings.h"
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace sg::ui {

namespace {

QStringList patterns(const QLineEdit* edit)
{
    QStringList out;
    for (const QString& p : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << p.trimmed();
    return out;
}

/// The program cron should run: the AppImage itself when running from one.
QString programPath()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

} // namespace

BackupDialog::BackupDialog(sg::ServerSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_runner(new sg::BackupRunner(this)),
      ui(std::make_unique<Ui::BackupDialog>())
{
    ui->setupUi(this);
    setWindowTitle(tr("Back up — %1").arg(session->options().displayName()));

    // What the form cannot say: the choices' values, and text shared by several fields.
    ui->format->addItem(tr("Custom archive (compressed, selective restore)"), int(sg::BackupFormat::Custom));
    ui->format->addItem(tr("Directory (parallel jobs)"), int(sg::BackupFormat::Directory));
    ui->format->addItem(tr("Plain SQL, gzip-compressed"), int(sg::BackupFormat::PlainGzip));
    ui->format->addItem(tr("Tar archive"), int(sg::BackupFormat::Tar));
    ui->kind->addItem(tr("Manual (never deleted by the policy)"), int(sg::BackupKind::Manual));
    ui->kind->addItem(tr("Daily"), int(sg::BackupKind::Daily));
    ui->kind->addItem(tr("Weekly"), int(sg::BackupKind::Weekly));
    for (QLineEdit* e : {ui->includeSchemas, ui->excludeSchemas, ui->includeTables, ui->excludeTables})
        e->setPlaceholderText(tr("pg_dump patterns, comma-separated (e.g. public, \"Order Ref\".*)"));
    const QStringList catalogColumns{tr("Backup"), tr("Kind"),     tr("Database"),        tr("Size"),
                                     tr("Age"),    tr("Verified"), tr("Retention policy")};
    ui->backupCatalog->setColumnCount(int(catalogColumns.size()));
    ui->backupCatalog->setHorizontalHeaderLabels(catalogColumns);
    setUpRowList(ui->backupCatalog);
    ui->backupCatalog->setSelectionMode(QAbstractItemView::SingleSelection);
    ui->details->hide();
    ui->tabs->setCurrentIndex(0);

    // Where pg_dump and pg_restore live when they are not in the usual places (shared with Restore).
    ui->pgBin->setText(sg::Settings::pgBinDir());
    connect(ui->pgBin, &QLineEdit::editingFinished, this, [this] {
        sg::Settings::setPgBinDir(ui->pgBin->text());
        m_runner->setPgBinDir(ui->pgBin->text().trimmed());
        updateDerived();
    });
    m_runner->setPgBinDir(ui->pgBin->text().trimmed());

    setDirectory(sg::Settings::backupDirectory());
    setDatabase(session->options().value(QStringLiteral("dbname")));

    // The server's databases, asked on the interactive connection.
    m_databasesRequest = session->interactive()->submit(
        QStringLiteral("backup databases"),
        QStringLiteral(
            "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"));
    connect(session->interactive(), &sg::DbClient::replied, this, [this](const sg::DbReply& r) {
        if (r.id != m_databasesRequest || !r.ok())
            return;
        const QString current = ui->database->currentText();
        for (int i = 0; i < r.result.rowCount(); ++i) {
            const QString name = r.result.value(i, 0).toString();
            if (ui->database->findText(name) < 0)
                ui->database->addItem(name);
        }
        ui->database->setCurrentText(current);
    });

    for (QLineEdit* e : {ui->includeSchemas, ui->excludeSchemas, ui->includeTables, ui->excludeTables})
        connect(e, &QLineEdit::textChanged, this, &BackupDialog::updateDerived);
    for (QCheckBox* c : {ui->schemaOnly, ui->dataOnly, ui->noOwner, ui->noPrivileges, ui->rowCounts})
        connect(c, &QCheckBox::toggled, this, &BackupDialog::updateDerived);
    for (QComboBox* c : {ui->format, ui->kind})
        connect(c, &QComboBox::currentIndexChanged, this, &BackupDialog::updateDerived);
    connect(ui->database, &QComboBox::currentTextChanged, this, &BackupDialog::updateDerived);
    for (QSpinBox* s : {ui->compression, ui->jobs})
        connect(s, &QSpinBox::valueChanged, this, &BackupDialog::updateDerived);
    connect(ui->directory, &QLineEdit::editingFinished, this,
            [this] { setDirectory(ui->directory->text()); });
    connect(ui->browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Backup folder"), ui->directory->text());
        if (!dir.isEmpty())
            setDirectory(dir);
    });
    auto savePolicy = [this] {
        m_policy.keepDaily = ui->keepDaily->value();
        m_policy.keepWeekly = ui->keepWeekly->value();
        if (QFileInfo(ui->directory->text()).isDir()) {
            QString error;
            if (!m_policy.save(ui->directory->text(), &error))
                setStatus(error, true);
            reloadCatalog();
        }
    };
    connect(ui->keepDaily, &QSpinBox::editingFinished, this, savePolicy);
    connect(ui->keepWeekly, &QSpinBox::editingFinished, this, savePolicy);
    connect(ui->copyCron, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(ui->cronLine->text()); });
    connect(ui->start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(ui->cancel, &QPushButton::clicked, m_runner, &sg::BackupRunner::cancel);
    connect(ui->close, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->verify, &QPushButton::clicked, this, [this] { verifySelected(false); });
    connect(ui->verifyFull, &QPushButton::clicked, this, [this] { verifySelected(true); });
    connect(ui->reload, &QPushButton::clicked, this, &BackupDialog::reloadCatalog);
    connect(ui->prune, &QPushButton::clicked, this, &BackupDialog::prunePreviewAndConfirm);
    connect(ui->restore, &QPushButton::clicked, this, [this] {
        RestoreDialog dialog(m_session, this);
        dialog.setBackupPath(selectedBackup());
        dialog.exec();
    });
    connect(m_runner, &sg::BackupRunner::progress, this, [this](double f, const QString& object) {
        if (f < 0) {
            ui->progress->setRange(0, 0);
        } else {
            ui->progress->setRange(0, 1000);
            ui->progress->setValue(int(f * 1000));
        }
        if (!object.isEmpty())
            ui->status->setText(m_stage == Stage::Backup ? tr("Dumping %1…").arg(object) : object);
    });
    connect(m_runner, &sg::BackupRunner::finished, this, &BackupDialog::onFinished);
    updateDerived();
}

BackupDialog::~BackupDialog()
{
    // Line edits and spin boxes emit editingFinished when they lose focus while the dialog is torn
    // down; by then this object is no longer a BackupDialog, so nothing may reach its slots.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

QTableWidget* BackupDialog::catalogTable() const
{
    return ui->backupCatalog;
}

QPushButton* BackupDialog::startButton() const
{
    return ui->start;
}

QComboBox* BackupDialog::formatBox() const
{
    return ui->format;
}

QSpinBox* BackupDialog::jobsBox() const
{
    return ui->jobs;
}

QComboBox* BackupDialog::kindBox() const
{
    return ui->kind;
}

sg::BackupOptions BackupDialog::options() const
{
    sg::BackupOptions o;
    o.database = ui->database->currentText().trimmed();
    o.format = sg::BackupFormat(ui->format->currentData().toInt());
    o.compression = ui->compression->value();
    o.jobs = ui->jobs->value();
    o.includeSchemas = patterns(ui->includeSchemas);
    o.excludeSchemas = patterns(ui->excludeSchemas);
    o.includeTables = patterns(ui->includeTables);
    o.excludeTables = patterns(ui->excludeTables);
    o.schemaOnly = ui->schemaOnly->isChecked();
    o.dataOnly = ui->dataOnly->isChecked();
    o.noOwner = ui->noOwner->isChecked();
    o.noPrivileges = ui->noPrivileges->isChecked();
    o.exactRowCounts = ui->rowCounts->isChecked();
    o.directory = ui->directory->text().trimmed();
    o.kind = sg::BackupKind(ui->kind->currentData().toInt());
    return o;
}

void BackupDialog::setDirectory(const QString& dir)
{
    ui->directory->setText(dir);
    m_policy = sg::RetentionPolicy::load(dir);
    ui->keepDaily->setValue(m_policy.keepDaily);
    ui->keepWeekly->setValue(m_policy.keepWeekly);
    reloadCatalog();
    updateDerived();
}

void BackupDialog::setDatabase(const QString& database)
{
    ui->database->setCurrentText(database);
}

QString BackupDialog::cronLine() const
{
    return ui->cronLine->text();
}

QString BackupDialog::statusText() const
{
    return ui->status->text();
}

void BackupDialog::updateDerived()
{
    const bool directory = ui->format->currentData().toInt() == int(sg::BackupFormat::Directory);
    ui->jobs->setEnabled(directory);
    if (!directory)
        ui->jobs->setValue(1);
    ui->compression->setEnabled(ui->format->currentData().toInt() != int(sg::BackupFormat::Tar));
    ui->rowCounts->setEnabled(!ui->schemaOnly->isChecked());
    const sg::BackupOptions o = options();
    sg::ConnectionOptions conn = m_session->options().withoutPassword();
    conn.setValue(QStringLiteral("dbname"), o.database);
    QString cron = o.cronLine(programPath(), conn.toConninfo());
    if (!ui->pgBin->text().trimmed().isEmpty())
        cron += QStringLiteral(" --pg-bin ") + ui->pgBin->text().trimmed();
    ui->cronLine->setText(cron);
    const QString invalid = o.validate();
    ui->start->setEnabled(invalid.isEmpty() && !m_runner->isRunning());
    ui->start->setToolTip(invalid);
    if (!m_runner->isRunning())
        setStatus(invalid);
}

void BackupDialog::setStatus(const QString& text, bool error)
{
    showState(ui->status, text, error ? State::Error : State::Normal);
}

void BackupDialog::start()
{
    const sg::BackupOptions o = options();
    if (const QString invalid = o.validate(); !invalid.isEmpty()) {
        setStatus(invalid, true);
        return;
    }
    sg::Settings::setBackupDirectory(o.directory);
    m_stage = Stage::Backup;
    ui->details->hide();
    ui->progress->setValue(0);
    ui->start->setEnabled(false);
    ui->cancel->setEnabled(true);
    setStatus(tr("Starting pg_dump…"));
    sg::ConnectionOptions conn = m_session->options();
    m_runner->backup(conn, o);
}

void BackupDialog::onFinished(bool ok, const QString& message, const QString& path,
                              const QStringList& details)
{
    ui->progress->setRange(0, 1000);
    ui->details->setVisible(!details.isEmpty());
    ui->details->setPlainText(details.join(QLatin1Char('\n')));
    const Stage stage = m_stage;
    m_stage = Stage::Idle;
    ui->cancel->setEnabled(false);
    updateDerived();
    reloadCatalog();
    if (!ok) {
        setStatus(message, true);
        Q_EMIT done(false, message);
        return;
    }
    if (stage == Stage::Backup) {
        // A new backup counts toward the policy only once it reads back.
        m_backupMessage = message;
        setStatus(message + QLatin1Char(' ') + tr("Verifying…"));
        m_stage = Stage::VerifyNew;
        ui->cancel->setEnabled(true);
        m_runner->verify(path, false);
        return;
    }
    setStatus(stage == Stage::VerifyNew ? m_backupMessage + QLatin1Char(' ') + message : message);
    if (stage == Stage::VerifyNew) {
        ui->progress->setValue(1000);
        prunePreviewAndConfirm();
        return;
    }
    Q_EMIT done(true, message);
}

void BackupDialog::prunePreviewAndConfirm()
{
    QList<sg::BackupCatalog::Entry> entries = sg::BackupCatalog::list(ui->directory->text());
    sg::BackupCatalog::applyPolicy(entries, m_policy);
    QStringList doomed;
    for (const auto& e : entries) {
        if (!e.keep)
            doomed << QFileInfo(e.path).fileName();
    }
    if (doomed.isEmpty()) {
        Q_EMIT done(true, ui->status->text());
        return;
    }
    if (QMessageBox::question(
            this, tr("Prune backups"),
            tr("The retention policy (keep %1 daily, %2 weekly; manual never) no longer keeps "
               "these backups. Delete them?\n\n%3")
                .arg(m_policy.keepDaily)
                .arg(m_policy.keepWeekly)
                .arg(doomed.join(QLatin1Char('\n')))) != QMessageBox::Yes) {
        Q_EMIT done(true, ui->status->text());
        return;
    }
    QStringList errors;
    const QStringList deleted = sg::BackupCatalog::prune(entries, &errors);
    reloadCatalog();
    const QString text =
        ui->status->text() + QLatin1Char(' ') + tr("Pruned %n backup(s).", nullptr, int(deleted.size()));
    setStatus(errors.isEmpty() ? text : text + QLatin1Char(' ') + errors.join(QLatin1Char(' ')),
              !errors.isEmpty());
    Q_EMIT done(errors.isEmpty(), ui->status->text());
}

void BackupDialog::reloadCatalog()
{
    const QString selected = selectedBackup();
    QList<sg::BackupCatalog::Entry> entries = sg::BackupCatalog::list(ui->directory->text());
    sg::BackupCatalog::applyPolicy(entries, m_policy);
    ui->backupCatalog->setRowCount(int(entries.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int r = 0; r < entries.size(); ++r) {
        const auto& e = entries.at(r);
        const qint64 minutes = e.metadata.started.secsTo(now) / 60, hours = minutes / 60;
        const QStringList cells{QFileInfo(e.path).fileName(),
                                sg::BackupOptions::kindName(e.metadata.options.kind),
                                e.metadata.database,
                                QLocale().formattedDataSize(e.metadata.sizeBytes),
                                hours >= 48  ? tr("%n day(s)", nullptr, int(hours / 24))
                                : hours >= 1 ? tr("%n hour(s)", nullptr, int(hours))
                                             : tr("%n minute(s)", nullptr, int(minutes)),
                                e.metadata.verifyResult.isEmpty() ? tr("not verified")
                                                                  : e.metadata.verifyResult,
                                (e.keep ? tr("kept: %1") : tr("will be pruned: %1")).arg(e.reason)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, e.path);
            ui->backupCatalog->setItem(r, c, item);
        }
        if (e.path == selected)
            ui->backupCatalog->selectRow(r);
    }
    ui->backupCatalog->resizeColumnsToContents();
}

void BackupDialog::showCatalog()
{
    ui->tabs->setCurrentIndex(1);
}

QString BackupDialog::selectedBackup() const
{
    const auto rows = ui->backupCatalog->selectionModel()
                          ? ui->backupCatalog->selectionModel()->selectedRows()
                          : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void BackupDialog::verifySelected(bool full)
{
    const QString path = selectedBackup();
    if (path.isEmpty() || m_runner->isRunning()) {
        setStatus(path.isEmpty() ? tr("Select a backup first.") : tr("Wait for the current run to end."),
                  true);
        return;
    }
    m_stage = Stage::Verify;
    ui->start->setEnabled(false);
    ui->cancel->setEnabled(true);
    ui->progress->setRange(0, 0);
    setStatus(full ? tr("Restoring %1 into a scratch database…").arg(QFileInfo(path).fileName())
                   : tr("Verifying %1…").arg(QFileInfo(path).fileName()));
    m_runner->verify(path, full, m_session->options());
}

} // namespace sg::ui
