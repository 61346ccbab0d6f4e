// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockingTree.h"

#include <QHash>
#include <QSet>

namespace sg {

int BlockingNode::blockedCount() const
{
    int n = 0;
    for (const BlockingNode& b : blocked)
        n += 1 + b.blockedCount();
    return n;
}

namespace {

BlockingNode grow(int pid, const QHash<int, QList<int>>& blocks, const QHash<int, int>& rowOf,
                  QSet<int>& path)
{
    BlockingNode node{pid, rowOf.value(pid, -1), {}};
    path.insert(pid);
    for (int victim : blocks.value(pid)) {
        if (!path.contains(victim))
            node.blocked.append(grow(victim, blocks, rowOf, path));
    }
    path.remove(pid);
    return node;
}

} // namespace

QList<BlockingNode> BlockingTree::build(const ResultSet& sessions)
{
    const int pidCol = sessions.columnIndex(QStringLiteral("pid"));
    const int byCol = sessions.columnIndex(QStringLiteral("blocked_by"));
    if (pidCol < 0 || byCol < 0)
        return {};
    QHash<int, int> rowOf;
    QHash<int, QList<int>> blocks; // blocker -> blocked
    QSet<int> blockedPids;
    QList<int> blockers; // first-seen order keeps the tree stable between refreshes
    for (int r = 0; r < sessions.rowCount(); ++r) {
        const int pid = sessions.value(r, pidCol).toInt();
        rowOf.insert(pid, r);
        const QStringList by =
            sessions.value(r, byCol).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& b : by) {
            const int blocker = b.toInt();
            if (!blocks.contains(blocker))
                blockers << blocker;
            blocks[blocker] << pid;
            blockedPids.insert(pid);
        }
    }
    QList<BlockingNode> roots;
    for (int blocker : std::as_const(blockers)) {
        if (!blockedPids.contains(blocker)) {
            QSet<int> path;
            roots << grow(blocker, blocks, rowOf, path);
        }
    }
    // A pure cycle has no unblocked root: show it from its lowest pid so it is not invisible.
    if (roots.isEmpty() && !blockers.isEmpty()) {
        QSet<int> path;
        roots << grow(*std::min_element(blockers.begin(), blockers.end()), blocks, rowOf, path);
    }
    return roots;
}

} // namespace sg
