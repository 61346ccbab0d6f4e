// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QVersionNumber>

#ifdef _WIN32
#include <winsock2.h>
using socklen_t = int;
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cstdlib>

namespace sg {

namespace {

int freeLoopbackPort()
{
#ifdef _WIN32
    WSADATA wsa;
    if (::WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        return 0;
    const SOCKET fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd == INVALID_SOCKET)
        return 0;
#else
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
#endif
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
#ifdef _WIN32
    ::closesocket(fd);
#else
    ::close(fd);
#endif
    return port;
}

bool chownToPostgres(const QString& path)
{
#ifdef _WIN32
    Q_UNUSED(path);
    return true; // only needed when running as root, which Windows has no notion of here
#else
    const passwd* pw = ::getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
#endif
}

} // namespace

SandboxServer::SandboxServer(QString binDir)
    : m_binDir(binDir.isEmpty() ? defaultBinDir() : std::move(binDir))
{
#ifndef _WIN32
    m_asRoot = ::geteuid() == 0;
#endif
}

SandboxServer::~SandboxServer()
{
    stop();
    removeFiles();
}

QString SandboxServer::defaultBinDir()
{
    const QString env = qEnvironmentVariable("SG_PG_BINDIR");
    return env.isEmpty() ? systemBinDir() : env;
}

QString SandboxServer::systemBinDir()
{
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    for (const QString& v : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto n = QVersionNumber::fromString(v);
        if (QFile::exists(base.filePath(v + QStringLiteral("/bin/initdb"))) && n > best)
            best = n;
    }
    return best.isNull() ? QString() : base.filePath(best.toString() + QStringLiteral("/bin"));
}

QString SandboxServer::program(const QString& name) const
{
    for (const QString& dir : {m_binDir, systemBinDir()}) {
        const QString path = QDir(dir).filePath(name);
        if (!dir.isEmpty() && QFile::exists(path))
            return path;
    }
    return name;
}

bool SandboxServer::run(const QString& program, const QStringList& args, QString* error, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    if (m_asRoot)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(timeoutMs);
    if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    if (error) {
        *error = tr("%1 failed: %2")
                     .arg(QFileInfo(program).fileName(), p.error() == QProcess::FailedToStart
                                                             ? p.errorString()
                                                             : QString::fromLocal8Bit(p.readAll()).trimmed());
    }
    if (!finished)
        p.kill();
    return false;
}

bool SandboxServer::createRoot(QString* error)
{
    QByteArray templ = QFile::encodeName(QDir::tempPath() + QStringLiteral("/sightglass-sandbox-XXXXXX"));
    if (!::mkdtemp(templ.data())) {
        if (error)
            *error = tr("cannot create a temporary directory in %1").arg(QDir::tempPath());
        return false;
    }
    m_root = QFile::decodeName(templ);
    // The server user must traverse the root; only its own subdirectories are writable to it.
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup |
                                      QFile::ExeOther);
    QDir(m_root).mkdir(QStringLiteral("data"));
    QDir(m_root).mkdir(QStringLiteral("run"));
    // initdb and the server insist on a data directory only its owner may enter.
    QFile::setPermissions(m_root + QStringLiteral("/data"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_asRoot) {
        for (const char* sub : {"data", "run"})
            chownToPostgres(m_root + QLatin1Char('/') + QLatin1String(sub));
    }
    startWatchdog();
    return true;
}

bool SandboxServer::writePgpass(QString* error)
{
    const QString pgpass = m_root + QStringLiteral("/pgpass");
    QFile pass(pgpass);
    if (!pass.open(QIODevice::WriteOnly) ||
        // By address and by name: a TLS check against a certificate for "localhost" needs the name.
        pass.write(QStringLiteral("127.0.0.1:*:*:%1:%2\nlocalhost:*:*:%1:%2\n")
                       .arg(superuser(), m_password)
                       .toUtf8()) < 0) {
        if (error)
            *error = tr("cannot write %1").arg(pgpass);
        return false;
    }
    pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool SandboxServer::initialize(QString* error)
{
    if (m_binDir.isEmpty() || !QFile::exists(QDir(m_binDir).filePath(QStringLiteral("initdb")))) {
        if (error)
            *error = tr("no PostgreSQL server binaries found (looked in %1); install postgresql-15 "
                        "or set SG_PG_BINDIR")
                         .arg(m_binDir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/*/bin") : m_binDir);
        return false;
    }
    if (!createRoot(error))
        return false;

    m_password = QString::number(QRandomGenerator::system()->generate64(), 36) +
                 QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString pwfile = m_root + QStringLiteral("/run/pwfile");
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_password.toUtf8() + '\n') < 0) {
            if (error)
                *error = tr("cannot write %1").arg(pwfile);
            return false;
        }
    }
    if (m_asRoot)
        chownToPostgres(pwfile);
    const bool ok =
        run(program(QStringLiteral("initdb")),
            {QStringLiteral("-D"), m_root + QStringLiteral("/data"), QStringLiteral("-U"), superuser(),
             QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
             QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
            error);
    QFile::remove(pwfile);
    if (!ok || !writePgpass(error))
        return false;
    m_initialized = true;
    return true;
}

QString SandboxServer::serverDirectory(const QString& name, QString* error) const
{
    const QString path = m_root + QLatin1Char('/') + name;
    if (m_root.isEmpty() || !QDir().mkpath(path) || (m_asRoot && !chownToPostgres(path))) {
        if (error)
            *error = tr("cannot create %1 for the server").arg(path);
        return {};
    }
    return path;
}

QString SandboxServer::installPrivateFile(const QString& source, const QString& name, QString* error) const
{
    const QString dir = serverDirectory(QStringLiteral("private"), error);
    if (dir.isEmpty())
        return {};
    const QString target = dir + QLatin1Char('/') + name;
    QFile::remove(target);
    if (!QFile::copy(source, target) ||
        !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        (m_asRoot && !chownToPostgres(target))) {
        if (error)
            *error = tr("cannot copy %1 to %2 for the server").arg(source, target);
        return {};
    }
    return target;
}

bool SandboxServer::copyDataFrom(const SandboxServer& primary, QString* error)
{
    // What pg_basebackup leaves out too: the running server's own state, its WAL (the standby
    // streams what it needs) and its slots.
    static const QStringList skippedFiles{QStringLiteral("postmaster.pid"), QStringLiteral("postmaster.opts"),
                                          QStringLiteral("standby.signal"),
                                          QStringLiteral("recovery.signal")};
    static const QStringList emptiedDirs{QStringLiteral("pg_wal"),       QStringLiteral("pg_replslot"),
                                         QStringLiteral("pg_stat_tmp"),  QStringLiteral("pg_dynshmem"),
                                         QStringLiteral("pg_notify"),    QStringLiteral("pg_serial"),
                                         QStringLiteral("pg_snapshots"), QStringLiteral("pg_subtrans")};
    const QDir from(primary.m_root + QStringLiteral("/data"));
    const QString to = m_root + QStringLiteral("/data");
    QDirIterator it(from.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = from.relativeFilePath(source);
        const QString top = relative.section(QLatin1Char('/'), 0, 0);
        const bool inEmptied = emptiedDirs.contains(top) && relative != top;
        // pg_wal/archive_status stays: the server expects it (pg_basebackup makes it too).
        const bool kept = relative == QStringLiteral("pg_wal/archive_status");
        if (skippedFiles.contains(relative) || (inEmptied && !kept))
            continue;
        const QString target = to + QLatin1Char('/') + relative;
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target) || (m_asRoot && !chownToPostgres(target))) {
                if (error)
                    *error = tr("cannot create %1").arg(target);
                return false;
            }
            QFile::setPermissions(target, it.fileInfo().permissions());
            continue;
        }
        // A file the server removed while we copied (a temporary one) is no loss: WAL replay
        // from the backup's start point recreates whatever the standby needs.
        if (!QFile::copy(source, target) && QFile::exists(source)) {
            if (error)
                *error = tr("cannot copy %1 to %2").arg(source, target);
            return false;
        }
        if (m_asRoot && QFile::exists(target))
            chownToPostgres(target);
    }
    return true;
}

bool SandboxServer::startStandby(SandboxServer& standby, const QString& slot, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_running)
        return fail(tr("the primary is not running"));
    if (standby.m_initialized)
        return fail(tr("the standby already has a data directory"));
    Connection c;
    DbError e;
    if (!c.open(options(), &e))
        return fail(e.message);
    auto exec = [&](const QString& sql, const QList<QVariant>& params = {}) {
        return c.execute(sql, params, &e);
    };
    const bool modern = c.serverVersion() >= 150000;
    if (!slot.isEmpty()) {
        exec(QStringLiteral("SELECT pg_create_physical_replication_slot($1, true)"), {slot});
        if (e.isError())
            return fail(e.message);
    }
    exec(modern ? QStringLiteral("SELECT pg_backup_start('sightglass standby', true)")
                : QStringLiteral("SELECT pg_start_backup('sightglass standby', true, false)"));
    if (e.isError())
        return fail(e.message);

    standby.m_binDir = m_binDir;
    standby.m_password = m_password;
    standby.m_settings = m_settings;
    QString copyError;
    const bool copied = standby.createRoot(&copyError) && standby.copyDataFrom(*this, &copyError);
    // The backup ends whatever happened to the copy; not waiting for archiving, which may fail.
    const ResultSet stop =
        exec(modern ? QStringLiteral("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")
                    : QStringLiteral("SELECT labelfile, spcmapfile FROM pg_stop_backup(false, false)"));
    if (!copied)
        return fail(copyError);
    if (e.isError())
        return fail(e.message);

    const QString data = standby.m_root + QStringLiteral("/data/");
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=%2 password=%3 "
                                            "application_name=sightglass_standby")
                                 .arg(m_port)
                                 .arg(superuser(), m_password);
    QString conf = QStringLiteral("\nprimary_conninfo = '%1'\nhot_standby_feedback = on\n").arg(conninfo);
    if (!slot.isEmpty())
        conf += QStringLiteral("primary_slot_name = '%1'\n").arg(slot);
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("backup_label"), stop.value(0, 0).toString().toUtf8()},
        {QStringLiteral("standby.signal"), {}},
        {QStringLiteral("postgresql.auto.conf"), conf.toUtf8()}};
    for (const auto& [name, content] : files) {
        QFile f(data + name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(content) != content.size())
            return fail(tr("cannot write %1").arg(f.fileName()));
        f.close();
        if (standby.m_asRoot)
            chownToPostgres(f.fileName());
    }
    if (!stop.value(0, 1).toString().isEmpty())
        return fail(tr("the primary has tablespaces, which a sandbox standby does not copy"));
    if (!standby.writePgpass(error))
        return false;
    standby.m_initialized = true;
    return standby.start(error);
}

bool SandboxServer::start(QString* error)
{
    if (m_running)
        return true;
    if (!m_initialized && !initialize(error))
        return false;
    const QString data = m_root + QStringLiteral("/data");
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freeLoopbackPort();
        // Settings on the command line, so a restart on a new port needs no file edits.
        QString opts =
            QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2/run "
                           "-c shared_preload_libraries=pg_stat_statements -c track_io_timing=on "
                           "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                           "-c max_connections=120 -c log_min_messages=warning")
                .arg(m_port)
                .arg(m_root);
        for (const auto& [name, value] : std::as_const(m_settings))
            opts += QStringLiteral(" -c %1=%2").arg(name, value);
        QString startError;
        if (run(program(QStringLiteral("pg_ctl")),
                {QStringLiteral("start"), QStringLiteral("-D"), data, QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-l"),
                 m_root + QStringLiteral("/run/server.log"), QStringLiteral("-o"), opts},
                &startError)) {
            m_running = true;
            return true;
        }
        if (error)
            *error = startError + QLatin1Char('\n') + logTail();
    }
    return false;
}

bool SandboxServer::stop(QString* error)
{
    if (!m_running)
        return true;
    const bool ok = run(program(QStringLiteral("pg_ctl")),
                        {QStringLiteral("stop"), QStringLiteral("-D"), m_root + QStringLiteral("/data"),
                         QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")},
                        error);
    m_running = !ok;
    return ok;
}

ConnectionOptions SandboxServer::options(const QString& dbname) const
{
    ConnectionOptions o;
    o.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    o.setValue(QStringLiteral("port"), QString::number(m_port));
    o.setValue(QStringLiteral("user"), superuser());
    o.setValue(QStringLiteral("dbname"), dbname);
    o.setValue(QStringLiteral("passfile"), m_root + QStringLiteral("/pgpass"));
    return o;
}

QString SandboxServer::conninfo(const QString& dbname) const
{
    return options(dbname).toConninfo();
}

QProcessEnvironment SandboxServer::clientEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("PGPORT"), QString::number(m_port));
    env.insert(QStringLiteral("PGUSER"), superuser());
    env.insert(QStringLiteral("PGPASSFILE"), m_root + QStringLiteral("/pgpass"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("sightglass-demo"));
    return env;
}

QString SandboxServer::logTail(int lines) const
{
    QFile f(m_root + QStringLiteral("/run/server.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromLocal8Bit(f.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1Char('\n')).trimmed();
}

void SandboxServer::startWatchdog()
{
    // Polls our pid; once we are gone (even by SIGKILL) it stops the server and removes the files.
    const QString pgctl = program(QStringLiteral("pg_ctl"));
    const QString stopCmd = (m_asRoot ? QStringLiteral("runuser -u postgres -- ") : QString()) +
                            QLatin1Char('"') + pgctl + QStringLiteral("\" stop -D \"") + m_root +
                            QStringLiteral("/data\" -m immediate -w");
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "[ -d \"%2/data\" ] && %3; rm -rf \"%2\"")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_root, stopCmd);
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

void SandboxServer::removeFiles()
{
    if (!m_root.isEmpty() && !m_running)
        QDir(m_root).removeRecursively();
    m_root.clear();
    m_initialized = false;
}

} // namespace sg
