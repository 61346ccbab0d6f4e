// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupDialog.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "RestoreDialog.h"

#include "backup/BackupRunner.h"
#include "db/DbClient.h"
#include "db/ServerSession.h"

#include "Settings.h"
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

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
    : QDialog(parent), m_session(session), m_runner(new sg::BackupRunner(this))
{
    setWindowTitle(tr("Back up — %1").arg(session->options().displayName()));
    m_tabs = new QTabWidget(this);

    // --- the backup tab
    auto* form = new QFormLayout;
    m_database = new QComboBox(this);
    m_database->setEditable(true);
    m_database->setObjectName(QStringLiteral("database"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("Custom archive (compressed, selective restore)"), int(sg::BackupFormat::Custom));
    m_format->addItem(tr("Directory (parallel jobs)"), int(sg::BackupFormat::Directory));
    m_format->addItem(tr("Plain SQL, gzip-compressed"), int(sg::BackupFormat::PlainGzip));
    m_format->addItem(tr("Tar archive"), int(sg::BackupFormat::Tar));
    m_compression = new QSpinBox(this);
    m_compression->setRange(-1, 9);
    m_compression->setSpecialValueText(tr("pg_dump's default"));
    m_compression->setValue(-1);
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, 64);
    m_jobs->setToolTip(tr("Parallel dump jobs; only the directory format writes tables in parallel"));
    m_includeSchemas = new QLineEdit(this);
    m_excludeSchemas = new QLineEdit(this);
    m_includeTables = new QLineEdit(this);
    m_excludeTables = new QLineEdit(this);
    for (QLineEdit* e : {m_includeSchemas, m_excludeSchemas, m_includeTables, m_excludeTables})
        e->setPlaceholderText(tr("pg_dump patterns, comma-separated (e.g. public, \"Order Ref\".*)"));
    m_schemaOnly = new QCheckBox(tr("Schema only"), this);
    m_dataOnly = new QCheckBox(tr("Data only"), this);
    m_noOwner = new QCheckBox(tr("No owner"), this);
    m_noPrivileges = new QCheckBox(tr("No privileges"), this);
    m_rowCounts = new QCheckBox(tr("Count rows in the backup's snapshot (for a full verification)"), this);
    m_rowCounts->setChecked(true);
    auto* flags = new QHBoxLayout;
    for (QCheckBox* c : {m_schemaOnly, m_dataOnly, m_noOwner, m_noPrivileges})
        flags->addWidget(c);
    flags->addStretch(1);
    m_directory = new QLineEdit(this);
    m_directory->setObjectName(QStringLiteral("directory"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_directory, 1);
    dirRow->addWidget(browse);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Manual (never deleted by the policy)"), int(sg::BackupKind::Manual));
    m_kind->addItem(tr("Daily"), int(sg::BackupKind::Daily));
    m_kind->addItem(tr("Weekly"), int(sg::BackupKind::Weekly));
    m_keepDaily = new QSpinBox(this);
    m_keepDaily->setRange(0, 365);
    m_keepWeekly = new QSpinBox(this);
    m_keepWeekly->setRange(0, 520);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("keep daily"), this));
    keepRow->addWidget(m_keepDaily);
    keepRow->addWidget(new QLabel(tr("weekly"), this));
    keepRow->addWidget(m_keepWeekly);
    keepRow->addStretch(1);
    m_cron = new QLineEdit(this);
    m_cron->setReadOnly(true);
    m_cron->setObjectName(QStringLiteral("cronLine"));
    auto* copyCron = new QPushButton(tr("Copy"), this);
    auto* cronRow = new QHBoxLayout;
    cronRow->addWidget(m_cron, 1);
    cronRow->addWidget(copyCron);

    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Compression"), m_compression);
    form->addRow(tr("Parallel jobs"), m_jobs);
    form->addRow(tr("Only schemas"), m_includeSchemas);
    form->addRow(tr("Not schemas"), m_excludeSchemas);
    form->addRow(tr("Only tables"), m_includeTables);
    form->addRow(tr("Not tables"), m_excludeTables);
    form->addRow(QString(), flags);
    form->addRow(QString(), m_rowCounts);
    form->addRow(tr("Folder"), dirRow);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Retention"), keepRow);
    form->addRow(tr("Cron line"), cronRow);
    // Where pg_dump and pg_restore live when they are not in the usual places (shared with Restore).
    m_pgBin = new QLineEdit(sg::Settings::pgBinDir(), this);
    m_pgBin->setPlaceholderText(tr("found automatically (PATH, /usr/lib/postgresql/*/bin …)"));
    m_pgBin->setToolTip(tr("The folder of the PostgreSQL client programs to prefer"));
    form->addRow(tr("Programs folder"), m_pgBin);
    connect(m_pgBin, &QLineEdit::editingFinished, this, [this] {
        sg::Settings::setPgBinDir(m_pgBin->text());
        m_runner->setPgBinDir(m_pgBin->text().trimmed());
        updateDerived();
    });
    m_runner->setPgBinDir(m_pgBin->text().trimmed());
    auto* backupTab = new QWidget(this);
    backupTab->setLayout(form);
    m_tabs->addTab(backupTab, tr("Back up"));

    // --- the catalog tab
    m_catalog = new QTableWidget(0, 7, this);
    m_catalog->setObjectName(QStringLiteral("backupCatalog"));
    m_catalog->setHorizontalHeaderLabels({tr("Backup"), tr("Kind"), tr("Database"), tr("Size"), tr("Age"),
                                          tr("Verified"), tr("Retention policy")});
    setUpRowList(m_catalog);
    m_catalog->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* verify = new QPushButton(tr("Verify"), this);
    verify->setToolTip(tr("Checksum and archive read-back"));
    auto* verifyFull = new QPushButton(tr("Verify fully"), this);
    verifyFull->setToolTip(tr("Restore into a scratch database on this server, compare row counts, drop it"));
    auto* restore = new QPushButton(tr("Restore…"), this);
    auto* prune = new QPushButton(tr("Prune…"), this);
    prune->setToolTip(tr("Delete what the retention policy no longer keeps, after showing the list"));
    auto* reload = new QPushButton(tr("Reload"), this);
    auto* catalogButtons = new QHBoxLayout;
    for (QPushButton* b : {verify, verifyFull, restore, prune, reload})
        catalogButtons->addWidget(b);
    catalogButtons->addStretch(1);
    auto* catalogTab = new QWidget(this);
    auto* catalogLayout = new QVBoxLayout(catalogTab);
    catalogLayout->addWidget(m_catalog, 1);
    catalogLayout->addLayout(catalogButtons);
    m_tabs->addTab(catalogTab, tr("Backups in this folder"));

    // --- progress and buttons
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->hide();
    m_start = new QPushButton(tr("Back up"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    resize(760, 640);

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
        const QString current = m_database->currentText();
        for (int i = 0; i < r.result.rowCount(); ++i) {
            const QString name = r.result.value(i, 0).toString();
            if (m_database->findText(name) < 0)
                m_database->addItem(name);
        }
        m_database->setCurrentText(current);
    });

    for (QLineEdit* e : {m_includeSchemas, m_excludeSchemas, m_includeTables, m_excludeTables})
        connect(e, &QLineEdit::textChanged, this, &BackupDialog::updateDerived);
    for (QCheckBox* c : {m_schemaOnly, m_dataOnly, m_noOwner, m_noPrivileges, m_rowCounts})
        connect(c, &QCheckBox::toggled, this, &BackupDialog::updateDerived);
    for (QComboBox* c : {m_format, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &BackupDialog::updateDerived);
    connect(m_database, &QComboBox::currentTextChanged, this, &BackupDialog::updateDerived);
    for (QSpinBox* s : {m_compression, m_jobs})
        connect(s, &QSpinBox::valueChanged, this, &BackupDialog::updateDerived);
    connect(m_directory, &QLineEdit::editingFinished, this, [this] { setDirectory(m_directory->text()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_directory->text());
        if (!dir.isEmpty())
            setDirectory(dir);
    });
    auto savePolicy = [this] {
        m_policy.keepDaily = m_keepDaily->value();
        m_policy.keepWeekly = m_keepWeekly->value();
        if (QFileInfo(m_directory->text()).isDir()) {
            QString error;
            if (!m_policy.save(m_directory->text(), &error))
                setStatus(error, true);
            reloadCatalog();
        }
    };
    connect(m_keepDaily, &QSpinBox::editingFinished, this, savePolicy);
    connect(m_keepWeekly, &QSpinBox::editingFinished, this, savePolicy);
    connect(copyCron, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_cron->text()); });
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_runner, &sg::BackupRunner::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(verify, &QPushButton::clicked, this, [this] { verifySelected(false); });
    connect(verifyFull, &QPushButton::clicked, this, [this] { verifySelected(true); });
    connect(reload, &QPushButton::clicked, this, &BackupDialog::reloadCatalog);
    connect(prune, &QPushButton::clicked, this, &BackupDialog::prunePreviewAndConfirm);
    connect(restore, &QPushButton::clicked, this, [this] {
        RestoreDialog dialog(m_session, this);
        dialog.setBackupPath(selectedBackup());
        dialog.exec();
    });
    connect(m_runner, &sg::BackupRunner::progress, this, [this](double f, const QString& object) {
        if (f < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(f * 1000));
        }
        if (!object.isEmpty())
            m_status->setText(m_stage == Stage::Backup ? tr("Dumping %1…").arg(object) : object);
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

sg::BackupOptions BackupDialog::options() const
{
    sg::BackupOptions o;
    o.database = m_database->currentText().trimmed();
    o.format = sg::BackupFormat(m_format->currentData().toInt());
    o.compression = m_compression->value();
    o.jobs = m_jobs->value();
    o.includeSchemas = patterns(m_includeSchemas);
    o.excludeSchemas = patterns(m_excludeSchemas);
    o.includeTables = patterns(m_includeTables);
    o.excludeTables = patterns(m_excludeTables);
    o.schemaOnly = m_schemaOnly->isChecked();
    o.dataOnly = m_dataOnly->isChecked();
    o.noOwner = m_noOwner->isChecked();
    o.noPrivileges = m_noPrivileges->isChecked();
    o.exactRowCounts = m_rowCounts->isChecked();
    o.directory = m_directory->text().trimmed();
    o.kind = sg::BackupKind(m_kind->currentData().toInt());
    return o;
}

void BackupDialog::setDirectory(const QString& dir)
{
    m_directory->setText(dir);
    m_policy = sg::RetentionPolicy::load(dir);
    m_keepDaily->setValue(m_policy.keepDaily);
    m_keepWeekly->setValue(m_policy.keepWeekly);
    reloadCatalog();
    updateDerived();
}

void BackupDialog::setDatabase(const QString& database)
{
    m_database->setCurrentText(database);
}

QString BackupDialog::cronLine() const
{
    return m_cron->text();
}

QString BackupDialog::statusText() const
{
    return m_status->text();
}

void BackupDialog::updateDerived()
{
    const bool directory = m_format->currentData().toInt() == int(sg::BackupFormat::Directory);
    m_jobs->setEnabled(directory);
    if (!directory)
        m_jobs->setValue(1);
    m_compression->setEnabled(m_format->currentData().toInt() != int(sg::BackupFormat::Tar));
    m_rowCounts->setEnabled(!m_schemaOnly->isChecked());
    const sg::BackupOptions o = options();
    sg::ConnectionOptions conn = m_session->options().withoutPassword();
    conn.setValue(QStringLiteral("dbname"), o.database);
    QString cron = o.cronLine(programPath(), conn.toConninfo());
    if (!m_pgBin->text().trimmed().isEmpty())
        cron += QStringLiteral(" --pg-bin ") + m_pgBin->text().trimmed();
    m_cron->setText(cron);
    const QString invalid = o.validate();
    m_start->setEnabled(invalid.isEmpty() && !m_runner->isRunning());
    m_start->setToolTip(invalid);
    if (!m_runner->isRunning())
        setStatus(invalid);
}

void BackupDialog::setStatus(const QString& text, bool error)
{
    showState(m_status, text, error ? State::Error : State::Normal);
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
    m_details->hide();
    m_progress->setValue(0);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    setStatus(tr("Starting pg_dump…"));
    sg::ConnectionOptions conn = m_session->options();
    m_runner->backup(conn, o);
}

void BackupDialog::onFinished(bool ok, const QString& message, const QString& path,
                              const QStringList& details)
{
    m_progress->setRange(0, 1000);
    m_details->setVisible(!details.isEmpty());
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    const Stage stage = m_stage;
    m_stage = Stage::Idle;
    m_cancel->setEnabled(false);
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
        m_cancel->setEnabled(true);
        m_runner->verify(path, false);
        return;
    }
    setStatus(stage == Stage::VerifyNew ? m_backupMessage + QLatin1Char(' ') + message : message);
    if (stage == Stage::VerifyNew) {
        m_progress->setValue(1000);
        prunePreviewAndConfirm();
        return;
    }
    Q_EMIT done(true, message);
}

void BackupDialog::prunePreviewAndConfirm()
{
    QList<sg::BackupCatalog::Entry> entries = sg::BackupCatalog::list(m_directory->text());
    sg::BackupCatalog::applyPolicy(entries, m_policy);
    QStringList doomed;
    for (const auto& e : entries) {
        if (!e.keep)
            doomed << QFileInfo(e.path).fileName();
    }
    if (doomed.isEmpty()) {
        Q_EMIT done(true, m_status->text());
        return;
    }
    if (QMessageBox::question(
            this, tr("Prune backups"),
            tr("The retention policy (keep %1 daily, %2 weekly; manual never) no longer keeps "
               "these backups. Delete them?\n\n%3")
                .arg(m_policy.keepDaily)
                .arg(m_policy.keepWeekly)
                .arg(doomed.join(QLatin1Char('\n')))) != QMessageBox::Yes) {
        Q_EMIT done(true, m_status->text());
        return;
    }
    QStringList errors;
    const QStringList deleted = sg::BackupCatalog::prune(entries, &errors);
    reloadCatalog();
    const QString text =
        m_status->text() + QLatin1Char(' ') + tr("Pruned %n backup(s).", nullptr, int(deleted.size()));
    setStatus(errors.isEmpty() ? text : text + QLatin1Char(' ') + errors.join(QLatin1Char(' ')),
              !errors.isEmpty());
    Q_EMIT done(errors.isEmpty(), m_status->text());
}

void BackupDialog::reloadCatalog()
{
    const QString selected = selectedBackup();
    QList<sg::BackupCatalog::Entry> entries = sg::BackupCatalog::list(m_directory->text());
    sg::BackupCatalog::applyPolicy(entries, m_policy);
    m_catalog->setRowCount(int(entries.size()));
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
            m_catalog->setItem(r, c, item);
        }
        if (e.path == selected)
            m_catalog->selectRow(r);
    }
    m_catalog->resizeColumnsToContents();
}

void BackupDialog::showCatalog()
{
    m_tabs->setCurrentIndex(1);
}

QString BackupDialog::selectedBackup() const
{
    const auto rows =
        m_catalog->selectionModel() ? m_catalog->selectionModel()->selectedRows() : QModelIndexList();
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
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    setStatus(full ? tr("Restoring %1 into a scratch database…").arg(QFileInfo(path).fileName())
                   : tr("Verifying %1…").arg(QFileInfo(path).fileName()));
    m_runner->verify(path, full, m_session->options());
}

} // namespace sg::ui
