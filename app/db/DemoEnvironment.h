// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionOptions.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QProcess;

namespace sg {

class SandboxServer;

/// The demo: a sandbox server loaded with pgbench data and planted problems, plus a bounded
/// background workload (a few rate-limited clients for a fixed time) that stops with this object.
/// For the Production health panel's replication figures it archives its WAL to a folder, streams
/// to a standby of its own through a slot, and keeps the slot of a standby that went away.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    static constexpr auto DatabaseName = "sightglass_demo";

    explicit DemoEnvironment(QObject* parent = nullptr);
    ~DemoEnvironment() override;

    /// Starts the server and loads the data on a background thread; emits ready() or failed().
    void start();
    /// Starts the background workload (after ready()): clients, rate (tx/s) and duration are bounded.
    /// Besides the rate-limited main load ("demo-web") one client holds a lock for 12 s every 45 s
    /// ("demo-batch") and one sits idle in a transaction for 75 s every 2 min ("demo-report"), so the
    /// Activity panel's warnings have something real to fire on.
    void startWorkload(int clients = 4, int ratePerSecond = 25, int durationSeconds = 3600);
    void stopWorkload();

    ConnectionOptions options() const;
    SandboxServer* server() const { return m_server.get(); }
    /// The streaming standby of the demo server (running once ready() came).
    SandboxServer* standby() const { return m_standby.get(); }
    ConnectionOptions standbyOptions() const;

    /// Blocking: creates the demo database on a running sandbox and loads pgbench data and the
    /// planted problems. Used by start(), the `sandbox --demo` command and tests.
    static bool load(SandboxServer& server, QString* error);

Q_SIGNALS:
    void progress(const QString& message);
    void ready(const sg::ConnectionOptions& options);
    void failed(const QString& message);

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxServer> m_standby;
    bool addReplication(QString* error);
    struct SetupOutcome
    {
        bool ok = false;
        QString error;
    };
    QFuture<SetupOutcome> m_setup;
    void startPgbench(const QString& applicationName, const QStringList& args);

    QList<QProcess*> m_workload;
};

} // namespace sg
