// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

namespace sg {

QThreadPool& backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        // Jobs are few and mostly wait (for pg_dump, for the server): a thread each, not a core each.
        p->setMaxThreadCount(32);
        return p;
    }();
    return *pool;
}

} // namespace sg
