// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPgBouncer.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace sg::test {

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString passwordOf(const SandboxServer& server)
{
    QFile pgpass(server.rootDir() + QStringLiteral("/pgpass"));
    pgpass.open(QIODevice::ReadOnly);
    return QString::fromUtf8(pgpass.readLine()).trimmed().section(QLatin1Char(':'), 4);
}

} // namespace

TestPgBouncer::TestPgBouncer(SandboxServer& server) : m_server(server) {}

TestPgBouncer::~TestPgBouncer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

bool TestPgBouncer::start(QString* error)
{
    m_port = freePort();
    const QString dir = m_dir.path();
    QFile ini(dir + QStringLiteral("/pgbouncer.ini"));
    QFile users(dir + QStringLiteral("/userlist.txt"));
    if (!ini.open(QIODevice::WriteOnly) || !users.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write pgbouncer configuration in %1").arg(dir);
        return false;
    }
    ini.write(QStringLiteral("[databases]\n"
                             "pooled = host=127.0.0.1 port=%1 dbname=postgres\n"
                             "[pgbouncer]\n"
                             "listen_addr = 127.0.0.1\n"
                             "listen_port = %2\n"
                             "unix_socket_dir =\n"
                             "auth_type = scram-sha-256\n"
                             "auth_file = %3/userlist.txt\n"
                             "admin_users = %4\n"
                             "pool_mode = transaction\n"
                             "default_pool_size = 4\n"
                             "max_client_conn = 100\n"
                             "ignore_startup_parameters = extra_float_digits\n"
                             "logfile = %3/pgbouncer.log\n")
                  .arg(m_server.port())
                  .arg(m_port)
                  .arg(dir, m_server.superuser())
                  .toUtf8());
    users.write(QStringLiteral("\"%1\" \"%2\"\n").arg(m_server.superuser(), passwordOf(m_server)).toUtf8());
    ini.close();
    users.close();

    QStringList command{QStringLiteral("pgbouncer"), dir + QStringLiteral("/pgbouncer.ini")};
    if (::geteuid() == 0) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw || ::chown(QFile::encodeName(dir).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(dir);
            return false;
        }
        for (const char* f : {"/pgbouncer.ini", "/userlist.txt"})
            if (::chown(QFile::encodeName(dir + QLatin1String(f)).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return false;
        // setpriv execs pgbouncer itself, so terminate() reaches it directly.
        command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=postgres"),
                              QStringLiteral("--regid=postgres"), QStringLiteral("--init-groups"),
                              QStringLiteral("--")} +
                  command;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("pgbouncer did not start: %1").arg(m_process.errorString());
        return false;
    }
    // Ready once it accepts connections.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QTest::qWait(50);
    }
    QFile log(dir + QStringLiteral("/pgbouncer.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("pgbouncer is not accepting connections: %1 %2")
                 .arg(QString::fromLocal8Bit(m_process.readAll()), QString::fromLocal8Bit(log.readAll()));
    return false;
}

ConnectionOptions TestPgBouncer::consoleOptions() const
{
    ConnectionOptions o = m_server.options(QStringLiteral("pgbouncer"));
    o.setValue(QStringLiteral("port"), QString::number(m_port));
    return o;
}

ConnectionOptions TestPgBouncer::pooledOptions() const
{
    ConnectionOptions o = m_server.options(QStringLiteral("pooled"));
    o.setValue(QStringLiteral("port"), QString::number(m_port));
    o.session.apply = false; // transaction pooling: session SETs would leak to other clients
    o.session.applicationName = QStringLiteral("pooled-client");
    return o;
}

} // namespace sg::test
