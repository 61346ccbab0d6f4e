// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// The live session list with cancel/terminate (confirmed, showing the exact SQL; disabled when the
/// role may not signal that session) and, beside it, the blocking tree: who blocks whom, with the
/// lock each one waits for. Both act by keys (Delete cancels, Shift+Delete terminates) and by
/// context menu; from the tree a whole blocking chain can be terminated, oldest first.
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
    void act(bool terminate);
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
    int m_treePid = 0; ///< the session chosen in the tree, kept across its rebuilds
};

} // namespace sg::ui
