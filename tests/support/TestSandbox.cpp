// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

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

} // namespace sg::test
