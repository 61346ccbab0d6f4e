// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsView.h"

#include "ui/LiveTableView.h"

#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/BlockingTree.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sg::ui {

SessionsView::SessionsView(sg::ActivityMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor)
{
    m_table = new LiveTableView(monitor->sessions(), this);
    m_table->setAccessibleName(tr("Sessions"));
    m_cancel = new QPushButton(tr("Cancel query…"), this);
    m_terminate = new QPushButton(tr("Terminate session…"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Blocking tree"));
    m_tree->setHeaderLabels({tr("pid"), tr("application"), tr("user"), tr("state"), tr("waits for"), tr("on"),
                             tr("seconds"), tr("query")});
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

    connect(m_cancel, &QPushButton::clicked, this, [this] { act(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { act(true); });
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsView::updateButtons);
    connect(monitor->sessions(), &sg::LiveQuery::updated, this, [this] {
        rebuildTree();
        updateButtons();
    });
    connect(monitor->session(), &sg::ServerSession::writesAllowedChanged, this, &SessionsView::updateButtons);
    connect(monitor, &sg::ActivityMonitor::actionFinished, this, [this](bool ok, const QString& message) {
        m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
        m_result->setText(message);
    });
    updateButtons();
}

int SessionsView::selectedPid() const
{
    const QModelIndex current = m_table->table()->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->table()->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    const int pidColumn = m_monitor->sessions()->model()->result().columnIndex(QStringLiteral("pid"));
    return current.siblingAtColumn(pidColumn).data(sg::ResultTableModel::SortRole).toInt();
}

QString SessionsView::selectedValue(const QString& column) const
{
    const sg::ResultSet& rs = m_monitor->sessions()->model()->result();
    const int pid = selectedPid();
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
    if (selected && !why.isEmpty())
        m_result->setText(why);
}

void SessionsView::act(bool terminate)
{
    const int pid = selectedPid();
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
    const QString xact = selectedValue(QStringLiteral("xact_seconds"));
    int blocks = 0;
    for (const sg::BlockingNode& root : sg::BlockingTree::build(m_monitor->sessions()->model()->result()))
        if (root.pid == pid)
            blocks = root.blockedCount();
    what += QStringLiteral("\n\n") +
            QStringLiteral("%1 · %2 · %3").arg(selectedValue(QStringLiteral("user")), selectedValue(QStringLiteral("application")),
                                  selectedValue(QStringLiteral("state")));
    if (!xact.isEmpty())
        what += QStringLiteral("\n") + tr("Transaction open for %1 s").arg(xact);
    if (blocks > 0)
        what += QStringLiteral("\n") + tr("It blocks %n other session(s).", nullptr, blocks);
    const QString query = selectedValue(QStringLiteral("query"));
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
        auto* none = new QTreeWidgetItem(QStringList{QString(), tr("No session is waiting on another one.")});
        none->setFlags(Qt::NoItemFlags);
        m_tree->addTopLevelItem(none);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

} // namespace sg::ui
