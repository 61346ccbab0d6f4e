// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Connection.h"
#include "db/ConnectionOptions.h"
#include "db/SandboxServer.h"

namespace sg::test {

/// One sandbox server per test executable, started on first use and removed at exit.
/// A suite whose server cannot start fails with the server's own message.
SandboxServer& sandbox();
/// Options for the sandbox's superuser on \a dbname.
ConnectionOptions sandboxOptions(const QString& dbname = QStringLiteral("postgres"));
/// Waits (up to 10 s) until pg_stat_activity of the sandbox has a session matching \a condition,
/// an SQL predicate that may use $1 = \a param: the state a test needs, instead of a sleep.
bool waitForSession(const QString& condition, const QString& param = {});
/// waitForSession for a session running exactly \a sql.
bool waitUntilRunning(const QString& sql);
/// Makes what \a c did so far visible in the cumulative statistics views to other sessions:
/// pg_stat_force_next_flush() from 15 on; up to 14 the backend reports at most every 500 ms to the
/// statistics collector, which others read through a file rewritten as often.
void flushStatistics(Connection& c);
/// Runs \a sql on \a c: empty when it succeeded, else the server's message with the statement
/// (for QVERIFY2, so a failing setup step fails the test function itself).
QString execute(Connection& c, const QString& sql);
/// Runs \a sql on \a c in a test function, failing it with the server's message if it fails.
#define SG_VERIFY_EXEC(connection, sql)                                                                      \
    do {                                                                                                     \
        const QString sgExecFailed = ::sg::test::execute((connection), (sql));                               \
        QVERIFY2(sgExecFailed.isEmpty(), qPrintable(sgExecFailed));                                          \
    } while (false)
/// The major version of the sandbox server (13 … 18).
int serverMajor();
/// Whether the client programs here (Debian's pg_dump 15) can dump the sandbox: they refuse a
/// newer server. A test that needs a dump of the sandbox skips with this reason when they cannot.
bool pgDumpReadsTheServer(QString* reason = nullptr);

} // namespace sg::test

/// First line of a test that backs up the sandbox: skips, saying why, where no pg_dump here can.
#define SKIP_UNLESS_PG_DUMP_READS_THE_SERVER()                                                          \
    do {                                                                                               \
        QString why_;                                                                                  \
        if (!sg::test::pgDumpReadsTheServer(&why_))                                                    \
            QSKIP(qPrintable(why_));                                                                   \
    } while (false)
