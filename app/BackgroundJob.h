// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace sg {

/// The pool every background job runs on: its own rather than QThreadPool::globalInstance(), and
/// with room for long jobs (a backup, a migration, the demo's setup) next to short ones (the
/// advisor's analysis, a backup's table of contents), so neither waits for the other on a
/// two-core machine. Cancel requests to the server have a pool of their own (Connection).
QThreadPool& backgroundPool();

/// The one way Sightglass runs work off the GUI thread (the DbWorker threads aside: each owns a
/// connection and lives as long as it). \a work runs on backgroundPool(); then \a done runs with
/// its result on \a receiver's thread, and not at all when \a receiver is gone by then.
///
/// The future returned is the work's own. An owner whose work reports to it while it runs (a
/// progress callback holding `this`) waits for it in its destructor: waitForFinished() waits for
/// \a work only, never for \a done, which needs the receiver's event loop.
template <typename Work, typename Done>
auto runInBackground(QObject* receiver, Work work, Done done)
{
    auto future = QtConcurrent::run(&backgroundPool(), std::move(work));
    future.then(receiver, std::move(done));
    return future;
}

/// Work nobody waits for (freeing a large snapshot, say).
template <typename Work>
void runInBackground(Work work)
{
    (void)QtConcurrent::run(&backgroundPool(), std::move(work)); // nobody waits: the future is not needed
}

} // namespace sg
