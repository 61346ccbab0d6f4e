// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

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

} // namespace sg::test
