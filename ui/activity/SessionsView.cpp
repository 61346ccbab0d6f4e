// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsView.h"
#include "ui/StateColors.h"

#include "SessionDetailDialog.h"
#include "ui/LiveTableView.h"

#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/BlockingTree.h"

#include <QAction>
#include <QCheckBox>
#include "Settings.h"
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace sg::ui {

SessionsView::SessionsView(sg::ActivityMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor)
{
    m_table = new LiveTableView(monitor->sessions(), this);
    m_table->setAccessibleName(tr("Sessions"));
    // Sightglass's own connections are a quarter of the rows on a quiet server and never what an
    // incident is about: hidden unless asked for (the charts count them apart, as "ours").
    m_showOwn = new QCheckBox(tr("Show Sightglass's sessions"), this);
    m_showOwn->setObjectName(QStringLiteral("showOwnSessions"));
    m_showOwn->setChecked(sg::Settings::showOwnSessions());
    m_table->addBesideFilter(m_showOwn);
    auto applyOwn = [this](bool show) {
        sg::Settings::setShowOwnSessions(show);
        m_table->proxy()->setRowExclusion(QStringLiteral("own"),
                                          show ? std::function<bool(const QVariant&)>()
                                               : [](const QVariant& own) { return own.toBool(); });
    };
    applyOwn(m_showOwn->isChecked());
    connect(m_showOwn, &QCheckBox::toggled, this, applyOwn);
    m_cancel = new QPushButton(tr("Cancel query…"), this);
    m_terminate = new QPushButton(tr("Terminate session…"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Blocking tree"));
    m_tree->setHeaderLabels({tr("PID"), tr("Application"), tr("User"), tr("State"), tr("Waits for"), tr("On"),
                             tr("Transaction (s)"), tr("Query")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);
    buttons->addWidget(m_result, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* treeTitle = new QLabel(tr("<b>Blocking</b> — who blocks whom"), right);
    rightLayout->addWidget(treeTitle);
    rightLayout->addWidget(m_tree, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_cancel, &QPushButton::clicked, this, [this] { act(false, selectedPid()); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { act(true, selectedPid()); });
    // Keys and menus for the list and the tree alike: in an incident the hand is on the keyboard.
    m_cancelAction = new QAction(tr("Cancel query…"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_terminateAction = new QAction(tr("Terminate session…"), this);
    m_terminateAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_chainAction = new QAction(tr("Terminate the blocking chain…"), this);
    // The keys themselves are read by eventFilter(): as shortcuts, Shift+Delete can also match the
    // plain Delete of the cancel action. The menus still show them.
    m_table->table()->installEventFilter(this);
    m_tree->installEventFilter(this);
    connect(m_cancelAction, &QAction::triggered, this, [this] { act(false, selectedPid()); });
    connect(m_terminateAction, &QAction::triggered, this, [this] { act(true, selectedPid()); });
    m_detailAction = new QAction(tr("Details…"), this);
    m_detailAction->setShortcut(QKeySequence(Qt::Key_Return));
    connect(m_detailAction, &QAction::triggered, this, [this] { showDetail(selectedPid()); });
    connect(m_table->table(), &QAbstractItemView::doubleClicked, this, [this] { showDetail(selectedPid()); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { showDetail(item->text(0).toInt()); });
    connect(m_chainAction, &QAction::triggered, this, &SessionsView::terminateChain);
    for (QWidget* w : {static_cast<QWidget*>(m_table->table()), static_cast<QWidget*>(m_tree)}) {
        w->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(w, &QWidget::customContextMenuRequested, this, [this, w](const QPoint& at) { showMenu(w, at); });
    }
    // The selection, not the current item: a view makes its first item current by itself, and
    // choosing that one would then change nothing.
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem* item = m_tree->selectedItems().value(0);
        const int pid = item ? item->text(0).toInt() : 0;
        if (pid > 0) {
            m_treePid = pid;
            selectSession(pid);
        }
    });
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsView::updateButtons);
    connect(monitor->sessions(), &sg::LiveQuery::updated, this, [this] {
        // "own" says which rows the toggle hides; as a column it would only repeat the toggle.
        const int own = m_monitor->sessions()->model()->result().columnIndex(QStringLiteral("own"));
        if (own >= 0 && !m_table->table()->isColumnHidden(own))
            m_table->table()->setColumnHidden(own, true);
        rebuildTree();
        updateButtons();
    });
    connect(monitor->session(), &sg::ServerSession::writesAllowedChanged, this, &SessionsView::updateButtons);
    connect(monitor, &sg::ActivityMonitor::actionFinished, this, [this](bool ok, const QString& message) {
        showState(m_result, message, ok ? State::Normal : State::Error);
    });
    updateButtons();
}

int SessionsView::selectedPid() const
{
    // The selected row (single selection), whether or not it is also the current index.
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows();
    const QModelIndex current = rows.value(0);
    if (!current.isValid())
        return 0;
    const int pidColumn = m_monitor->sessions()->model()->result().columnIndex(QStringLiteral("pid"));
    return current.siblingAtColumn(pidColumn).data(sg::ResultTableModel::SortRole).toInt();
}

QString SessionsView::selectedValue(const QString& column) const
{
    return valueOf(selectedPid(), column);
}

QString SessionsView::valueOf(int pid, const QString& column) const
{
    const sg::ResultSet& rs = m_monitor->sessions()->model()->result();
    const int pidColumn = rs.columnIndex(QStringLiteral("pid"));
    for (int row = 0; pid > 0 && row < rs.rowCount(); ++row)
        if (rs.value(row, pidColumn).toInt() == pid)
            return rs.value(row, column).toString();
    return {};
}

void SessionsView::updateButtons()
{
    // Cancel and terminate change no data: production (read-only) profiles may use them too,
    // after the confirmation. What stops them is the role's right to signal that session.
    const bool selected = selectedPid() > 0;
    const QString why = selected ? m_monitor->whyCannotSignal(selectedValue(QStringLiteral("user"))) : QString();
    for (QPushButton* b : {m_cancel, m_terminate}) {
        b->setEnabled(selected && why.isEmpty());
        b->setToolTip(why);
    }
    m_cancelAction->setEnabled(selected && why.isEmpty());
    m_terminateAction->setEnabled(selected && why.isEmpty());
    m_chainAction->setEnabled(selected && !chainOf(selectedPid()).isEmpty());
    m_detailAction->setEnabled(selected);
    if (selected && !why.isEmpty())
        m_result->setText(why);
}

void SessionsView::act(bool terminate, int pid)
{
    if (pid <= 0)
        return;
    using Action = sg::ActivityMonitor::SessionAction;
    const Action action = terminate ? Action::Terminate : Action::Cancel;
    const QString sql = sg::ActivityMonitor::actionSql(action, pid);
    QString what =
        terminate ? tr("Terminate session %1? Its transaction is rolled back and the client "
                       "is disconnected.")
                        .arg(pid)
                  : tr("Cancel the query running in session %1? The session stays connected.").arg(pid);
    // Enough to decide without looking back at the table: who, what, how old, whom it holds up.
    const QString xact = valueOf(pid, QStringLiteral("xact_seconds"));
    int blocks = 0;
    for (const sg::BlockingNode& root : sg::BlockingTree::build(m_monitor->sessions()->model()->result()))
        if (root.pid == pid)
            blocks = root.blockedCount();
    what += QStringLiteral("\n\n") +
            QStringLiteral("%1 · %2 · %3").arg(valueOf(pid, QStringLiteral("user")), valueOf(pid, QStringLiteral("application")),
                                  valueOf(pid, QStringLiteral("state")));
    if (!xact.isEmpty())
        what += QStringLiteral("\n") + tr("Transaction open for %1 s").arg(xact);
    if (blocks > 0)
        what += QStringLiteral("\n") + tr("It blocks %n other session(s).", nullptr, blocks);
    const QString query = valueOf(pid, QStringLiteral("query"));
    if (!query.isEmpty())
        what += QStringLiteral("\n\n") + tr("Query:") + QStringLiteral("\n") + query.left(300);
    QMessageBox box(QMessageBox::Warning, terminate ? tr("Terminate session") : tr("Cancel query"),
                    what + QStringLiteral("\n\n") + tr("This statement will be sent:") +
                        QStringLiteral("\n\n") + sql,
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmSessionAction"));
    box.button(QMessageBox::Ok)->setText(terminate ? tr("Terminate") : tr("Cancel query"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Ok)
        return;
    if (!m_monitor->runAction(action, pid))
        m_result->setText(tr("Not sent: the admin connection to the server is not ready."));
}

bool SessionsView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_table->table() || watched == m_tree)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QTreeWidgetItem* item = watched == m_tree ? m_tree->currentItem() : nullptr;
            showDetail(item ? item->text(0).toInt() : selectedPid());
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            QAction* action = key->modifiers() & Qt::ShiftModifier ? m_terminateAction : m_cancelAction;
            if (action->isEnabled())
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SessionsView::selectSession(int pid)
{
    QTableView* table = m_table->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(sg::ResultTableModel::SortRole).toInt() == pid) {
            // Not selectRow(): it reads the keyboard modifiers of the moment (Shift extends).
            const QModelIndex index = table->model()->index(r, 0);
            table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QList<int> SessionsView::chainOf(int pid) const
{
    const sg::ResultSet& rs = m_monitor->sessions()->model()->result();
    QList<QPair<double, int>> blockers; // transaction age, pid
    std::function<void(const sg::BlockingNode&)> collect = [&](const sg::BlockingNode& n) {
        if (!n.blocked.isEmpty())
            blockers.append({n.row >= 0 ? rs.value(n.row, QStringLiteral("xact_seconds")).toDouble() : 0.0, n.pid});
        for (const sg::BlockingNode& b : n.blocked)
            collect(b);
    };
    std::function<bool(const sg::BlockingNode&)> find = [&](const sg::BlockingNode& n) {
        if (n.pid == pid) {
            collect(n);
            return true;
        }
        return std::any_of(n.blocked.cbegin(), n.blocked.cend(), find);
    };
    for (const sg::BlockingNode& root : sg::BlockingTree::build(rs))
        if (find(root))
            break;
    std::stable_sort(blockers.begin(), blockers.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<int> pids;
    for (const auto& b : blockers)
        pids << b.second;
    return pids;
}

void SessionsView::terminateChain()
{
    const QList<int> chain = chainOf(selectedPid());
    if (chain.isEmpty())
        return;
    const sg::ResultSet& rs = m_monitor->sessions()->model()->result();
    const int pidColumn = rs.columnIndex(QStringLiteral("pid"));
    QStringList lines, sql;
    for (int pid : chain) {
        for (int r = 0; r < rs.rowCount(); ++r) {
            if (rs.value(r, pidColumn).toInt() != pid)
                continue;
            const QString why = m_monitor->whyCannotSignal(rs.value(r, QStringLiteral("user")).toString());
            if (!why.isEmpty()) {
                m_result->setText(why);
                return;
            }
            lines << tr("%1 · %2 · %3 · transaction open for %4 s · %5")
                         .arg(pid)
                         .arg(rs.value(r, QStringLiteral("application")).toString(),
                              rs.value(r, QStringLiteral("user")).toString(),
                              rs.value(r, QStringLiteral("xact_seconds")).toString(),
                              rs.value(r, QStringLiteral("query")).toString().left(120));
        }
        sql << sg::ActivityMonitor::actionSql(sg::ActivityMonitor::SessionAction::Terminate, pid);
    }
    QMessageBox box(QMessageBox::Warning, tr("Terminate the blocking chain"),
                    tr("Terminate these %n blocking session(s), oldest transaction first? Their transactions "
                       "are rolled back and their clients disconnected; the sessions waiting behind them go on.",
                       nullptr, int(chain.size())) +
                        QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                        tr("These statements will be sent:") + QStringLiteral("\n\n") + sql.join(QLatin1Char('\n')),
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmSessionAction"));
    box.button(QMessageBox::Ok)->setText(tr("Terminate %n session(s)", nullptr, int(chain.size())));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Ok)
        return;
    for (int pid : chain) // the admin session sends them in this order
        if (!m_monitor->runAction(sg::ActivityMonitor::SessionAction::Terminate, pid)) {
            m_result->setText(tr("Not sent: the admin connection to the server is not ready."));
            return;
        }
}

void SessionsView::showMenu(QWidget* on, const QPoint& at)
{
    if (on == m_tree) {
        if (QTreeWidgetItem* item = m_tree->itemAt(at))
            m_tree->setCurrentItem(item);
    } else if (const QModelIndex index = m_table->table()->indexAt(at); index.isValid()) {
        m_table->table()->selectRow(index.row());
    }
    updateButtons();
    QMenu menu(this);
    menu.addAction(m_detailAction);
    menu.addSeparator();
    menu.addAction(m_cancelAction);
    menu.addAction(m_terminateAction);
    menu.addSeparator();
    menu.addAction(m_chainAction);
    menu.exec(on->mapToGlobal(at));
}

void SessionsView::rebuildTree()
{
    const sg::ResultSet& rs = m_monitor->sessions()->model()->result();
    const QList<sg::BlockingNode> roots = sg::BlockingTree::build(rs);
    m_tree->clear();
    const QStringList columns = {QStringLiteral("application"), QStringLiteral("user"),
                                 QStringLiteral("state"),       QStringLiteral("waiting_for"),
                                 QStringLiteral("lock_on"),     QStringLiteral("xact_seconds"),
                                 QStringLiteral("query")};
    std::function<QTreeWidgetItem*(const sg::BlockingNode&)> item = [&](const sg::BlockingNode& n) {
        QStringList texts{QString::number(n.pid)};
        for (const QString& c : columns)
            texts << (n.row >= 0 ? rs.value(n.row, c).toString() : QString());
        auto* it = new QTreeWidgetItem(texts);
        for (const auto& child : n.blocked)
            it->addChild(item(child));
        return it;
    };
    for (const auto& root : roots) {
        QTreeWidgetItem* top = item(root);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setToolTip(0, tr("Blocks %n session(s)", nullptr, root.blockedCount()));
        m_tree->addTopLevelItem(top);
    }
    if (roots.isEmpty()) {
        auto* none = new QTreeWidgetItem(QStringList{tr("No session is waiting on another one.")});
        none->setFlags(Qt::NoItemFlags);
        m_tree->addTopLevelItem(none);
        none->setFirstColumnSpanned(true); // the whole sentence, not the pid column's width of it
    }
    m_tree->expandAll();
    if (!roots.isEmpty())
        m_tree->resizeColumnToContents(0);
    // The rebuild dropped the tree's selection: put it back on the same session.
    if (m_treePid > 0) {
        const QList<QTreeWidgetItem*> same =
            m_tree->findItems(QString::number(m_treePid), Qt::MatchExactly | Qt::MatchRecursive, 0);
        if (!same.isEmpty()) {
            const QSignalBlocker quiet(m_tree);
            m_tree->setCurrentItem(same.first());
        }
    }
}

SessionDetailDialog* SessionsView::detailOf(int pid) const
{
    return m_details.value(pid).data();
}

void SessionsView::showDetail(int pid)
{
    if (pid <= 0)
        return;
    // One window per session, kept while open: a second double-click raises it.
    m_details.removeIf([](const auto& entry) { return entry.value().isNull(); });
    if (SessionDetailDialog* open = detailOf(pid)) {
        open->raise();
        open->activateWindow();
        open->refresh();
        return;
    }
    auto* dialog = new SessionDetailDialog(m_monitor->session(), pid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_details.insert(pid, dialog);
    connect(dialog, &SessionDetailDialog::actionRequested, this,
            [this](bool terminate, int target) { act(terminate, target); });
    connect(m_monitor, &sg::ActivityMonitor::actionFinished, dialog, [dialog] { dialog->refresh(); });
    dialog->setSignalBlockedReason(m_monitor->whyCannotSignal(valueOf(pid, QStringLiteral("user"))));
    dialog->show();
}

} // namespace sg::ui
