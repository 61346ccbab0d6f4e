// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionOptions.h"
#include "db/SandboxServer.h"

#include <QProcess>
#include <QTemporaryDir>

namespace sg::test {

/// A real pgbouncer (Debian's package) in front of a sandbox server: loopback, a free port,
/// scram-sha-256 with the sandbox's own user, `sightglass` as admin. Run as root it runs as the
/// `postgres` user (pgbouncer refuses root). Stops when destroyed.
class TestPgBouncer
{
public:
    explicit TestPgBouncer(SandboxServer& server);
    ~TestPgBouncer();

    bool start(QString* error);
    int port() const { return m_port; }
    /// The pgbouncer process (to stop it with SIGSTOP and see who waits).
    qint64 pid() const { return m_process.processId(); }
    /// The admin console.
    ConnectionOptions consoleOptions() const;
    /// A pooled database: "pooled" maps to the sandbox's postgres database.
    ConnectionOptions pooledOptions() const;

private:
    SandboxServer& m_server;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace sg::test
