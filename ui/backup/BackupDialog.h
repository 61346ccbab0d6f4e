// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupCatalog.h"
#include "backup/BackupOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace sg {
class BackupRunner;
class ServerSession;
} // namespace sg

namespace sg::ui {

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
    QTableWidget* catalogTable() const { return m_catalog; }
    QPushButton* startButton() const { return m_start; }
    QComboBox* formatBox() const { return m_format; }
    QSpinBox* jobsBox() const { return m_jobs; }
    QComboBox* kindBox() const { return m_kind; }
    /// Prune without asking (tests); the dialog asks otherwise.
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

    QTabWidget* m_tabs;
    QComboBox* m_database;
    QComboBox* m_format;
    QSpinBox* m_compression;
    QSpinBox* m_jobs;
    QLineEdit* m_includeSchemas;
    QLineEdit* m_excludeSchemas;
    QLineEdit* m_includeTables;
    QLineEdit* m_excludeTables;
    QCheckBox* m_schemaOnly;
    QCheckBox* m_dataOnly;
    QCheckBox* m_noOwner;
    QCheckBox* m_noPrivileges;
    QCheckBox* m_rowCounts;
    QLineEdit* m_directory;
    QComboBox* m_kind;
    QSpinBox* m_keepDaily;
    QSpinBox* m_keepWeekly;
    QLineEdit* m_cron;
    QLineEdit* m_pgBin = nullptr;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QTableWidget* m_catalog;
    QPlainTextEdit* m_details;
};

} // namespace sg::ui
