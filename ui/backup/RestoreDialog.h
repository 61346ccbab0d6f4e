// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/RestoreJob.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace sg {
class BackupRunner;
class ServerSession;
} // namespace sg

namespace sg::ui {

/// Restore a backup into the connected server. A new database is the default; restoring over an
/// existing one means typing its name. The archive's table of contents is a checkbox tree for
/// a selective restore. Shows the equivalent command line, progress, and the failing objects.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(sg::ServerSession* session, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    void setBackupPath(const QString& path);
    sg::RestoreJob::Options options() const;
    QString commandLine() const;
    QString statusText() const;
    QPushButton* restoreButton() const { return m_restore; }
    QTreeWidget* contents() const { return m_toc; }
    QCheckBox* singleTransaction() const { return m_single; }
    QSpinBox* jobs() const { return m_jobs; }
    void chooseExisting(const QString& name, const QString& typedConfirmation);
    void chooseNew(const QString& name);

Q_SIGNALS:
    void done(bool ok, const QString& message);
    void contentsLoaded();

private:
    void loadContents();
    void updateDerived();
    void start();

    sg::ServerSession* m_session;
    sg::BackupRunner* m_runner;
    QLineEdit* m_path;
    QRadioButton* m_newDb;
    QRadioButton* m_existingDb;
    QLineEdit* m_newName;
    QLineEdit* m_existingName;
    QLineEdit* m_confirm;
    QCheckBox* m_single;
    QSpinBox* m_jobs;
    QCheckBox* m_noOwner;
    QCheckBox* m_ignoreChecksum;
    QTreeWidget* m_toc;
    QLineEdit* m_command;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_errors;
    QPushButton* m_restore;
    QPushButton* m_cancel;
    bool m_plain = false;
    quint64 m_tocGeneration = 0;
    bool m_statusIsAdvice = false; ///< the status line shows why Restore is disabled
};

} // namespace sg::ui
