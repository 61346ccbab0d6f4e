// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"
#include "ui/StateColors.h"

#include "BackgroundJob.h"
#include "backup/BackupMetadata.h"
#include "backup/BackupRunner.h"
#include "backup/PgTools.h"
#include "db/ServerSession.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include "Settings.h"
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sg::ui {

RestoreDialog::RestoreDialog(sg::ServerSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_runner(new sg::BackupRunner(this))
{
    setWindowTitle(tr("Restore — %1").arg(session->options().displayName()));
    m_runner->setPgBinDir(
        sg::Settings::pgBinDir()); // set in the backup dialog
    m_path = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_newDb = new QRadioButton(tr("Into a new database (safest)"), this);
    m_newDb->setChecked(true);
    m_existingDb = new QRadioButton(tr("Over an existing database (drops and recreates its objects)"), this);
    m_newName = new QLineEdit(this);
    m_existingName = new QLineEdit(this);
    m_confirm = new QLineEdit(this);
    m_confirm->setPlaceholderText(tr("type the database's name to confirm"));
    m_single = new QCheckBox(tr("Single transaction (all or nothing)"), this);
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, 64);
    m_noOwner = new QCheckBox(tr("No owner (objects belong to the connecting user)"), this);
    m_ignoreChecksum = new QCheckBox(tr("Ignore the checksum (restore even if the file no longer matches "
                                        "its record)"),
                                     this);
    m_toc = new QTreeWidget(this);
    m_toc->setHeaderLabels({tr("Object"), tr("Type")});
    m_toc->header()->setStretchLastSection(false);
    m_toc->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_command = new QLineEdit(this);
    m_command->setReadOnly(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors = new QPlainTextEdit(this);
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(110);
    m_errors->hide();
    m_restore = new QPushButton(tr("Restore"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto* close = new QPushButton(tr("Close"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Backup"), pathRow);
    form->addRow(m_newDb);
    form->addRow(tr("New database"), m_newName);
    form->addRow(m_existingDb);
    form->addRow(tr("Existing database"), m_existingName);
    form->addRow(tr("Confirm"), m_confirm);
    form->addRow(QString(), m_single);
    form->addRow(tr("Parallel jobs"), m_jobs);
    form->addRow(QString(), m_noOwner);
    form->addRow(QString(), m_ignoreChecksum);
    form->addRow(tr("Command line"), m_command);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What to restore (from the archive's table of contents):"), this));
    layout->addWidget(m_toc, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    resize(720, 680);

    for (QLineEdit* e : {m_newName, m_existingName, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &RestoreDialog::updateDerived);
    for (QAbstractButton* b :
         {static_cast<QAbstractButton*>(m_newDb), static_cast<QAbstractButton*>(m_existingDb),
          static_cast<QAbstractButton*>(m_single), static_cast<QAbstractButton*>(m_noOwner)})
        connect(b, &QAbstractButton::toggled, this, &RestoreDialog::updateDerived);
    connect(m_jobs, &QSpinBox::valueChanged, this, &RestoreDialog::updateDerived);
    connect(m_toc, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0 || item->childCount() == 0)
            return;
        // a schema's box ticks or clears all its objects
        const QSignalBlocker block(m_toc);
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setCheckState(0, item->checkState(0));
        updateDerived();
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setBackupPath(m_path->text()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Backup to restore"), m_path->text(),
                                         tr("Backups (*.dump *.tar *.sql.gz *.sql);;All files (*)"));
        if (!path.isEmpty())
            setBackupPath(path);
    });
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_runner, &sg::BackupRunner::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_runner, &sg::BackupRunner::progress, this, [this](double f, const QString& object) {
        if (f < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(f * 1000));
        }
        if (!object.isEmpty())
            m_status->setText(tr("Restoring %1…").arg(object));
    });
    connect(m_runner, &sg::BackupRunner::finished, this,
            [this](bool ok, const QString& message, const QString&, const QStringList& errors) {
                m_progress->setRange(0, 1000);
                if (ok)
                    m_progress->setValue(1000);
                showState(m_status, message, ok ? State::Normal : State::Error);
                m_errors->setVisible(!errors.isEmpty());
                m_errors->setPlainText(errors.join(QLatin1Char('\n')));
                m_cancel->setEnabled(false);
                updateDerived();
                Q_EMIT done(ok, message);
            });
    updateDerived();
}

RestoreDialog::~RestoreDialog()
{
    // Line edits and spin boxes emit editingFinished when they lose focus while the dialog is torn
    // down; by then this object is no longer a RestoreDialog, so nothing may reach its slots.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void RestoreDialog::setBackupPath(const QString& path)
{
    m_path->setText(path);
    const QString base = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    if (!base.isEmpty())
        m_newName->setText(base + QStringLiteral("_restored"));
    loadContents();
    updateDerived();
}

void RestoreDialog::loadContents()
{
    m_toc->clear();
    const quint64 generation = ++m_tocGeneration; // a table of contents still being read is dropped
    const QString path = m_path->text();
    const auto meta = sg::BackupMetadata::read(sg::BackupMetadata::sidecarPath(path), nullptr);
    m_plain =
        meta ? meta->options.format == sg::BackupFormat::PlainGzip : path.endsWith(QLatin1String(".sql.gz"));
    if (path.isEmpty() || m_plain || !QFileInfo::exists(path)) {
        if (m_plain)
            m_status->setText(tr("A plain SQL backup is restored whole by psql (ON_ERROR_STOP)."));
        Q_EMIT contentsLoaded();
        return;
    }
    // pg_restore --list reads the whole table of contents: off the GUI thread.
    const int major = meta ? meta->pgDumpVersion.section(QLatin1Char('.'), 0, 0).toInt() : 0;
    const QString pgBin = sg::Settings::pgBinDir();
    struct Toc
    {
        QList<sg::RestoreJob::TocEntry> entries;
        QString error;
    };
    sg::runInBackground(
        this,
        [path, major, pgBin] {
            Toc t;
            const auto tool = sg::PgTools::locate(QStringLiteral("pg_restore"), major, pgBin, &t.error);
            if (!tool.path.isEmpty())
                t.entries = sg::RestoreJob::readToc(path, tool.path, &t.error);
            return t;
        },
        [this, generation](const Toc& t) {
            if (generation != m_tocGeneration)
                return;
            const auto& toc = t.entries;
            const QString& error = t.error;
            const QSignalBlocker block(m_toc);
            QHash<QString, QTreeWidgetItem*> schemas;
            for (const auto& e : toc) {
                // A schema's CREATE SCHEMA belongs with its objects.
                const QString group = e.type == QLatin1String("SCHEMA") ? e.name
                                      : e.schema == QLatin1String("-")  ? tr("(database-wide)")
                                                                        : e.schema;
                QTreeWidgetItem*& parent = schemas[group];
                if (!parent) {
                    parent = new QTreeWidgetItem(m_toc, {group, tr("schema")});
                    parent->setCheckState(0, Qt::Checked);
                    parent->setFlags(parent->flags() | Qt::ItemIsUserCheckable);
                }
                auto* item = new QTreeWidgetItem(parent, {e.name, e.type});
                item->setData(0, Qt::UserRole, e.id);
                item->setCheckState(0, Qt::Checked);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            }
            if (toc.isEmpty() && !error.isEmpty()) {
                showState(m_status, error, State::Error);
            }
            if (toc.size() < 300)
                m_toc->expandAll();
            updateDerived();
            Q_EMIT contentsLoaded();
        });
}

sg::RestoreJob::Options RestoreDialog::options() const
{
    sg::RestoreJob::Options o;
    o.backupPath = m_path->text().trimmed();
    if (m_newDb->isChecked()) {
        o.newDatabase = m_newName->text().trimmed();
    } else {
        o.existingDatabase = m_existingName->text().trimmed();
        o.confirmedName = m_confirm->text().trimmed();
    }
    o.singleTransaction = m_single->isChecked();
    o.jobs = m_jobs->value();
    o.noOwner = m_noOwner->isChecked();
    o.ignoreChecksum = m_ignoreChecksum->isChecked();
    bool all = true;
    QSet<int> chosen;
    for (int i = 0; i < m_toc->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* schema = m_toc->topLevelItem(i);
        for (int c = 0; c < schema->childCount(); ++c) {
            if (schema->child(c)->checkState(0) == Qt::Checked)
                chosen.insert(schema->child(c)->data(0, Qt::UserRole).toInt());
            else
                all = false;
        }
    }
    if (!all)
        o.onlyEntries = chosen;
    return o;
}

QString RestoreDialog::commandLine() const
{
    const sg::RestoreJob::Options o = options();
    auto q = [](const QString& s) {
        QString x = s;
        x.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + x + QLatin1Char('\'');
    };
    QStringList w{QStringLiteral("sightglass restore"), q(o.backupPath), QStringLiteral("--connect"),
                  q(m_session->options().withoutPassword().toConninfo())};
    if (!o.newDatabase.isEmpty())
        w << QStringLiteral("--new-db") << q(o.newDatabase);
    else
        w << QStringLiteral("--into") << q(o.existingDatabase) << QStringLiteral("--confirm")
          << q(o.confirmedName);
    if (o.singleTransaction)
        w << QStringLiteral("--single-transaction");
    if (o.jobs > 1)
        w << QStringLiteral("--jobs") << QString::number(o.jobs);
    if (o.noOwner)
        w << QStringLiteral("--no-owner");
    if (!o.onlyEntries.isEmpty())
        w << tr("(a selection of objects: in the dialog only)");
    return w.join(QLatin1Char(' '));
}

QString RestoreDialog::statusText() const
{
    return m_status->text();
}

void RestoreDialog::chooseExisting(const QString& name, const QString& typedConfirmation)
{
    m_existingDb->setChecked(true);
    m_existingName->setText(name);
    m_confirm->setText(typedConfirmation);
}

void RestoreDialog::chooseNew(const QString& name)
{
    m_newDb->setChecked(true);
    m_newName->setText(name);
}

void RestoreDialog::updateDerived()
{
    const bool existing = m_existingDb->isChecked();
    m_newName->setEnabled(!existing);
    m_existingName->setEnabled(existing);
    m_confirm->setEnabled(existing);
    // A single transaction belongs to one connection; parallel jobs use several.
    m_single->setEnabled(m_jobs->value() == 1);
    if (m_jobs->value() > 1)
        m_single->setChecked(false);
    m_single->setToolTip(
        m_jobs->value() > 1
            ? tr("Disabled: parallel jobs restore over several connections, so they cannot share one "
                 "transaction. Set jobs to 1 for an all-or-nothing restore.")
            : tr("Everything or nothing: an error rolls the whole restore back"));
    m_jobs->setEnabled(!m_plain);
    m_noOwner->setEnabled(!m_plain);
    m_toc->setEnabled(!m_plain);
    m_command->setText(commandLine());
    const QString invalid = sg::RestoreJob::validate(options());
    m_restore->setEnabled(invalid.isEmpty() && !m_runner->isRunning());
    m_restore->setToolTip(invalid);
    if (!m_runner->isRunning() && (!invalid.isEmpty() || m_statusIsAdvice)) {
        clearState(m_status);
        m_status->setText(invalid);
        m_statusIsAdvice = !invalid.isEmpty();
    }
}

void RestoreDialog::start()
{
    const sg::RestoreJob::Options o = options();
    if (!sg::RestoreJob::validate(o).isEmpty())
        return;
    m_restore->setEnabled(false);
    m_cancel->setEnabled(true);
    m_errors->hide();
    m_progress->setValue(0);
    clearState(m_status);
    m_status->setText(tr("Starting…"));
    m_runner->restore(m_session->options(), o);
}

} // namespace sg::ui
