// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupCatalog.h"
#include "backup/BackupOptions.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sg {
class BackupRunner;
class ServerSession;
} // namespace sg

namespace sg::ui {

namespace Ui {
class BackupDialog;
}

/// Back up a database of the connected server: every pg_dump choice a DBA makes, progress per
/// table with a cancel, the equivalent cron line, then a quick verification and the retention
/// policy's pruning (previewed, confirmed). The second tab lists the folder's backups with
/// their records, verification and what the policy keeps, and verifies or restores one.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(sg::ServerSession* session, QWidget* parent = nullptr);
    ~BackupDialog() override;

    sg::BackupOptions options() const;
    void setDirectory(const QString& dir);
    void setDatabase(const QString& database);
    QString cronLine() const;
    QString statusText() const;
    QTableWidget* catalogTable() const;
    QPushButton* startButton() const;
    QComboBox* formatBox() const;
    QSpinBox* jobsBox() const;
    QComboBox* kindBox() const;
    /// Verifies the catalog's selected backup (full: restore into a scratch database).
    void verifySelected(bool full);
    /// Shows the tab listing the folder's backups.
    void showCatalog();

Q_SIGNALS:
    /// A backup, verification or pruning ended; \a ok and what to tell the user.
    void done(bool ok, const QString& message);

private:
    void updateDerived();
    void start();
    void onFinished(bool ok, const QString& message, const QString& path, const QStringList& details);
    void reloadCatalog();
    void prunePreviewAndConfirm();
    void setStatus(const QString& text, bool error = false);
    QString selectedBackup() const;

    enum class Stage { Idle, Backup, VerifyNew, Verify };
    sg::ServerSession* m_session;
    sg::BackupRunner* m_runner;
    Stage m_stage = Stage::Idle;
    QString m_backupMessage; ///< said again after the verification
    quint64 m_databasesRequest = 0;
    sg::RetentionPolicy m_policy;

    /// The widgets, laid out in BackupDialog.ui.
    std::unique_ptr<Ui::BackupDialog> ui;
};

} // namespace sg::ui
