// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ResultSet.h"

#include <QList>

namespace sg {

/// Who blocks whom, from the sessions query (columns pid and blocked_by, a comma-separated list
/// of pg_blocking_pids()). Roots are sessions that block others without being blocked; a session
/// blocked by several appears under each. Cycles (a deadlock the server has not yet broken) are
/// cut where a pid would repeat on its own path.
struct BlockingNode
{
    int pid = 0;
    int row = -1; ///< row of this session in the result, -1 if it has gone
    QList<BlockingNode> blocked;

    /// Sessions below this one, all levels.
    int blockedCount() const;
};

class BlockingTree
{
public:
    static QList<BlockingNode> build(const ResultSet& sessions);
};

} // namespace sg
