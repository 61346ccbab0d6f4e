// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

#include "backup/PgTools.h"
#include "db/Connection.h"

#include <QTest>

#include <memory>

namespace sg::test {

SandboxServer& sandbox()
{
    static std::unique_ptr<SandboxServer> server;
    if (!server) {
        server = std::make_unique<SandboxServer>();
        QString error;
        if (!server->start(&error))
            qFatal("sandbox server did not start: %s", qPrintable(error));
        // Destroyed by the static's destructor at exit: stops the server, removes the files.
    }
    return *server;
}

ConnectionOptions sandboxOptions(const QString& dbname)
{
    return sandbox().options(dbname);
}

bool waitForSession(const QString& condition, const QString& param)
{
    Connection c;
    DbError e;
    if (!c.open(sandboxOptions(), &e))
        return false;
    DbRequest r;
    r.sql = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE ") + condition;
    if (!param.isNull())
        r.params = {param};
    return QTest::qWaitFor([&] { return c.execute(r, &e).value(0, 0).toInt() > 0; }, 10000);
}

bool waitUntilRunning(const QString& sql)
{
    return waitForSession(QStringLiteral("state = 'active' AND query = $1"), sql);
}

void flushStatistics(Connection& c)
{
    DbRequest r;
    DbError e;
    if (c.serverVersion() >= 150000) {
        r.sql = QStringLiteral("SELECT pg_stat_force_next_flush()");
        c.execute(r, &e);
    } else {
        r.sql = QStringLiteral("SELECT pg_sleep(0.6)");
        c.execute(r, &e); // at its end more than 500 ms have passed: this backend reports
        QTest::qWait(700); // and the collector's file, as others read it, is new again
    }
    if (e.isError())
        qWarning("flushStatistics: %s", qPrintable(e.userMessage()));
}

int serverMajor()
{
    static int major = 0;
    if (major == 0) {
        Connection c;
        DbError e;
        if (c.open(sandboxOptions(), &e))
            major = c.serverVersion() / 10000;
    }
    return major;
}

bool pgDumpReadsTheServer(QString* reason)
{
    const QList<PgTools::Program> found = PgTools::find(QStringLiteral("pg_dump"));
    const int newest = found.isEmpty() ? 0 : found.first().major;
    if (newest >= serverMajor())
        return true;
    if (reason)
        *reason = QStringLiteral("pg_dump %1 cannot dump a PostgreSQL %2 server (only Debian's 15 client "
                                 "programs exist here); what a newer server gets is tested by "
                                 "tst_Backup::aNewerServerGetsAClearRefusal")
                      .arg(newest)
                      .arg(serverMajor());
    return false;
}

QString execute(Connection& c, const QString& sql)
{
    DbRequest r;
    r.sql = sql;
    DbError e;
    c.execute(r, &e);
    return e.isError() ? e.userMessage() + QStringLiteral("\n") + sql : QString();
}

} // namespace sg::test
