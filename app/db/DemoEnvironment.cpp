// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEnvironment.h"

#include "BackgroundJob.h"
#include "Connection.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace sg {

namespace {

bool runSql(const ConnectionOptions& options, const QString& sql, QString* error)
{
    Connection conn;
    DbError e;
    ConnectionOptions o = options;
    o.session.statementTimeoutMs = 0;
    if (conn.open(o, &e))
        conn.execute(sql, {}, &e);
    if (e.isError() && error)
        *error = e.userMessage();
    return !e.isError();
}

} // namespace

DemoEnvironment::DemoEnvironment(QObject* parent)
    : QObject(parent), m_server(std::make_unique<SandboxServer>()),
      m_standby(std::make_unique<SandboxServer>())
{
    m_server->setSetting(QStringLiteral("archive_mode"), QStringLiteral("on"));
}

DemoEnvironment::~DemoEnvironment()
{
    stopWorkload();
    m_setup.waitForFinished(); // it reports progress to this object while it runs
    // the servers' destructors stop them and remove their files: the standby first
    m_standby.reset();
}

ConnectionOptions DemoEnvironment::standbyOptions() const
{
    return m_standby->options(QString::fromLatin1(DatabaseName));
}

bool DemoEnvironment::addReplication(QString* error)
{
    const QString archive = m_server->serverDirectory(QStringLiteral("archive"), error);
    if (archive.isEmpty())
        return false;
    const ConnectionOptions admin = m_server->options();
    // The folder is the sandbox's own: a path without quotes or spaces, safe in the command.
    if (!runSql(admin,
                QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'")
                    .arg(archive),
                error) ||
        !runSql(admin, QStringLiteral("SELECT pg_reload_conf()"), error))
        return false;
    if (!m_server->startStandby(*m_standby, QStringLiteral("demo_standby"), error))
        return false;
    // A standby that went away and left its slot: the WAL it would need piles up on the primary.
    return runSql(admin,
                  QStringLiteral("SELECT pg_create_physical_replication_slot('demo_departed_replica', true)"),
                  error);
}

ConnectionOptions DemoEnvironment::options() const
{
    return m_server->options(QString::fromLatin1(DatabaseName));
}

bool DemoEnvironment::load(SandboxServer& server, QString* error)
{
    const QString db = QString::fromLatin1(DatabaseName);
    if (!runSql(server.options(), QStringLiteral("CREATE DATABASE %1").arg(db), error))
        return false;
    QProcess pgbench;
    pgbench.setProcessEnvironment(server.clientEnvironment());
    pgbench.setProcessChannelMode(QProcess::MergedChannels);
    pgbench.start(server.program(QStringLiteral("pgbench")),
                  {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("2"),
                   QStringLiteral("--foreign-keys"), db});
    if (!pgbench.waitForFinished(300000) || pgbench.exitCode() != 0) {
        if (error)
            *error = tr("pgbench -i failed: %1").arg(QString::fromLocal8Bit(pgbench.readAll()).trimmed());
        return false;
    }
    QFile planted(QStringLiteral(":/sql/demo/planted_problems.sql"));
    planted.open(QIODevice::ReadOnly);
    return runSql(server.options(db), QString::fromUtf8(planted.readAll()), error);
}

void DemoEnvironment::start()
{
    Q_EMIT progress(tr("Starting the demo server…"));
    m_setup = runInBackground(
        this,
        [this] {
            SetupOutcome o;
            o.ok = m_server->start(&o.error);
            if (o.ok) {
                QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT progress(tr("Loading pgbench data and planted problems…")); });
                o.ok = load(*m_server, &o.error);
            }
            if (o.ok) {
                QMetaObject::invokeMethod(this,
                                          [this] { Q_EMIT progress(tr("Starting a streaming standby…")); });
                o.ok = addReplication(&o.error);
            }
            return o;
        },
        [this](const SetupOutcome& o) {
            if (o.ok)
                Q_EMIT ready(options());
            else
                Q_EMIT failed(o.error);
        });
}

void DemoEnvironment::startWorkload(int clients, int ratePerSecond, int durationSeconds)
{
    stopWorkload();
    const QString dir = m_server->rootDir() + QStringLiteral("/run/");
    for (const char* script :
         {"workload_slow.sql", "workload_events.sql", "workload_lock.sql", "workload_idle_tx.sql"}) {
        QFile::remove(dir + QLatin1String(script));
        QFile::copy(QStringLiteral(":/sql/demo/") + QLatin1String(script), dir + QLatin1String(script));
    }
    const QString db = QString::fromLatin1(DatabaseName);
    const QString T = QString::number(durationSeconds);
    // Three applications, so the per-application (pool) view has something to compare.
    startPgbench(QStringLiteral("demo-web"),
                 {QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"), QStringLiteral("2"),
                  QStringLiteral("-R"), QString::number(ratePerSecond), QStringLiteral("-b"),
                  QStringLiteral("tpcb-like@8"), QStringLiteral("-f"),
                  dir + QStringLiteral("workload_events.sql@3"), QStringLiteral("-f"),
                  dir + QStringLiteral("workload_slow.sql@1"), QStringLiteral("-T"), T, db});
    startPgbench(QStringLiteral("demo-batch"),
                 {QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-f"),
                  dir + QStringLiteral("workload_lock.sql"), QStringLiteral("-T"), T, db});
    startPgbench(QStringLiteral("demo-report"),
                 {QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-f"),
                  dir + QStringLiteral("workload_idle_tx.sql"), QStringLiteral("-T"), T, db});
}

void DemoEnvironment::startPgbench(const QString& applicationName, const QStringList& args)
{
    auto* p = new QProcess(this);
    QProcessEnvironment env = m_server->clientEnvironment();
    env.insert(QStringLiteral("PGAPPNAME"), applicationName);
    p->setProcessEnvironment(env);
    p->setStandardOutputFile(QProcess::nullDevice());
    p->setStandardErrorFile(m_server->rootDir() + QStringLiteral("/run/") + applicationName +
                            QStringLiteral(".log"));
    p->start(m_server->program(QStringLiteral("pgbench")), QStringList{QStringLiteral("-n")} + args);
    m_workload << p;
}

void DemoEnvironment::stopWorkload()
{
    for (QProcess* p : std::as_const(m_workload)) {
        p->kill();
        p->waitForFinished(3000);
        delete p;
    }
    m_workload.clear();
}

} // namespace sg
