// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sg {
class ActivityMonitor;
}

namespace sg::ui {

class LiveTableView;

/// The live session list with cancel/terminate (confirmed, showing the exact SQL; disabled while
/// read-only) and, beside it, the blocking tree: who blocks whom, with the lock each one waits for.
class SessionsView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsView(sg::ActivityMonitor* monitor, QWidget* parent = nullptr);

    LiveTableView* table() const { return m_table; }
    QTreeWidget* blockingTree() const { return m_tree; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* terminateButton() const { return m_terminate; }
    /// The pid of the selected session, 0 without a selection.
    int selectedPid() const;
    /// A column of the selected session's row ("" without one).
    QString selectedValue(const QString& column) const;

private:
    void updateButtons();
    void rebuildTree();
    void act(bool terminate);

    sg::ActivityMonitor* m_monitor;
    LiveTableView* m_table;
    QTreeWidget* m_tree;
    QPushButton* m_cancel;
    QPushButton* m_terminate;
    QLabel* m_result;
};

} // namespace sg::ui
