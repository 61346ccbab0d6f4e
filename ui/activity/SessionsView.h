// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sg {
class ActivityMonitor;
}

namespace sg::ui {

class LiveTableView;
class SessionDetailDialog;

/// The live session list with cancel/terminate (confirmed, showing the exact SQL; disabled when the
/// role may not signal that session) and, beside it, the blocking tree: who blocks whom, with the
/// lock each one waits for. Both act by keys (Delete cancels, Shift+Delete terminates) and by
/// context menu; from the tree a whole blocking chain can be terminated, oldest first. Enter or a
/// double-click opens a session's details.
class SessionsView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsView(sg::ActivityMonitor* monitor, QWidget* parent = nullptr);

    LiveTableView* table() const { return m_table; }
    QTreeWidget* blockingTree() const { return m_tree; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* terminateButton() const { return m_terminate; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* terminateAction() const { return m_terminateAction; }
    QAction* terminateChainAction() const { return m_chainAction; }
    QCheckBox* showOwnSessions() const { return m_showOwn; }
    /// Opens (or raises) the detail window of a session: Enter or a double-click does.
    void showDetail(int pid);
    SessionDetailDialog* detailOf(int pid) const;
    /// Selects this session in the list (and keeps it selected across refreshes); false if absent.
    bool selectSession(int pid);
    /// The blockers of the chain through \a pid (itself if it blocks, and every blocker below it),
    /// oldest transaction first: what "Terminate the blocking chain" ends.
    QList<int> chainOf(int pid) const;
    /// The pid of the selected session, 0 without a selection.
    int selectedPid() const;
    /// A column of the selected session's row ("" without one).
    QString selectedValue(const QString& column) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void rebuildTree();
    void act(bool terminate, int pid);
    QString valueOf(int pid, const QString& column) const;
    void terminateChain();
    void showMenu(QWidget* on, const QPoint& at);

    sg::ActivityMonitor* m_monitor;
    LiveTableView* m_table;
    QTreeWidget* m_tree;
    QPushButton* m_cancel;
    QPushButton* m_terminate;
    QLabel* m_result;
    QCheckBox* m_showOwn;
    QAction* m_cancelAction;
    QAction* m_terminateAction;
    QAction* m_chainAction;
    QAction* m_detailAction;
    /// The open detail windows, by pid (a closed one deletes itself and its pointer goes null).
    QHash<int, QPointer<SessionDetailDialog>> m_details;
    int m_treePid = 0; ///< the session chosen in the tree, kept across its rebuilds
};

} // namespace sg::ui
