// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sg {
class ResultTableModel;
class ServerSession;
class SessionDetail;
} // namespace sg

namespace sg::ui {

/// One session in full, kept current while open: its whole query, how long it has been in its
/// transaction, query and state, the locks it holds and awaits, whom it blocks and who blocks it,
/// how its statement usually runs (pg_stat_statements) and what its long command is doing
/// (pg_stat_progress_*). Cancel and terminate from here go through the same confirmation.
class SessionDetailDialog : public QDialog
{
    Q_OBJECT
public:
    SessionDetailDialog(sg::ServerSession* session, int pid, QWidget* parent = nullptr);

    void refresh();
    /// Disables cancel/terminate with this reason ("" enables them).
    void setSignalBlockedReason(const QString& why);

    sg::SessionDetail* detail() const { return m_detail; }
    QString summaryText() const;
    QString queryText() const;
    QString progressText() const;
    QString statementText() const;
    QTableView* locksTable() const { return m_locks; }

Q_SIGNALS:
    /// Cancel (false) or terminate (true) this session, after the usual confirmation.
    void actionRequested(bool terminate, int pid);

private:
    void present();
    QString ages() const;

    sg::SessionDetail* m_detail;
    sg::ResultTableModel* m_locksModel;
    int m_pid;
    QLabel* m_header;
    QLabel* m_summary;
    QPlainTextEdit* m_query;
    QLabel* m_progress;
    QLabel* m_statement;
    QTableView* m_locks;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_terminate;
    QTimer* m_timer;
};

} // namespace sg::ui
