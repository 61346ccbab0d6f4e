// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionOptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sg {

/// A throwaway PostgreSQL server for tests and the demo: initdb into a temporary directory,
/// loopback only, a free port, pg_stat_statements preloaded, password authentication over TCP.
/// Run as root it runs the server as the `postgres` system user (initdb refuses root).
/// A detached watchdog stops the server and removes its files if this process dies without
/// cleaning up, so a crashed test leaves no stray server behind.
class SandboxServer
{
    Q_DECLARE_TR_FUNCTIONS(sg::SandboxServer)
public:
    explicit SandboxServer(QString binDir = {});
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    /// A server setting for the next start(), e.g. ("max_connections", "600").
    void setSetting(const QString& name, const QString& value) { m_settings.append({name, value}); }
    /// Creates the cluster on first use, then starts it; blocking (about a second).
    bool start(QString* error = nullptr);
    /// Stops the server, keeping its data, so start() can bring it back on the same port.
    bool stop(QString* error = nullptr);
    bool isRunning() const { return m_running; }

    /// Makes \a standby (a new, never started object) a streaming replica of this running server
    /// and starts it: a base backup taken with pg_backup_start()/pg_backup_stop() and a copy of the
    /// files (the server-only builds of the test matrix have no pg_basebackup, and Debian's refuses
    /// a newer server), then standby.signal and primary_conninfo. With \a slot it streams through a
    /// physical replication slot of that name, created here; hot_standby_feedback is on, so the
    /// standby's queries show among what holds the primary's xmin horizon back. Blocking.
    bool startStandby(SandboxServer& standby, const QString& slot, QString* error = nullptr);
    /// A folder under the sandbox that the server may write to (an archive_command's target).
    QString serverDirectory(const QString& name, QString* error = nullptr) const;
    /// Copies \a source into the sandbox as a file only the server may read (mode 0600, owned by
    /// the server's user): a TLS key the server refuses otherwise. Returns its path, or "".
    QString installPrivateFile(const QString& source, const QString& name, QString* error = nullptr) const;

    int port() const { return m_port; }
    QString binDir() const { return m_binDir; }
    QString rootDir() const { return m_root; }
    QString superuser() const { return QStringLiteral("sightglass"); }
    /// Options for the superuser; the password comes from a pgpass file in the sandbox.
    ConnectionOptions options(const QString& dbname = QStringLiteral("postgres")) const;
    QString conninfo(const QString& dbname = QStringLiteral("postgres")) const;
    /// PGHOST/PGPORT/PGUSER/PGPASSFILE for client tools such as pgbench and pg_dump.
    QProcessEnvironment clientEnvironment() const;
    /// The server log so far (for error messages).
    QString logTail(int lines = 20) const;
    /// Path to a program of this installation (pgbench, pg_dump …); a server-only build (the test
    /// matrix's npm servers) lends the client programs of the system's PostgreSQL.
    QString program(const QString& name) const;

    /// $SG_PG_BINDIR when set (the test matrix sets it to each major's bin folder), else
    /// systemBinDir().
    static QString defaultBinDir();
    /// Debian's newest PostgreSQL under /usr/lib/postgresql; empty when there is none.
    static QString systemBinDir();

private:
    bool initialize(QString* error);
    bool createRoot(QString* error);
    bool writePgpass(QString* error);
    bool copyDataFrom(const SandboxServer& primary, QString* error);
    bool run(const QString& program, const QStringList& args, QString* error, int timeoutMs = 60000) const;
    void startWatchdog();
    void removeFiles();

    QString m_binDir;
    QString m_root;
    QString m_password;
    QList<QPair<QString, QString>> m_settings;
    int m_port = 0;
    bool m_initialized = false;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace sg
