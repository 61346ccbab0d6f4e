// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCommand.h"

#include "db/DemoEnvironment.h"
#include "db/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <atomic>
#include <csignal>

namespace sg::cli {

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

int runSandbox(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("sg::cli", "Start a throwaway PostgreSQL server, print how to connect, "
                                               "and remove it again on Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("sg::cli", "load the demo data and planted problems"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QCoreApplication::translate("sg::cli", "stop after N seconds"),
                                     QStringLiteral("N"));
    parser.addOptions({demo, seconds});
    if (!parser.parse(QStringList{QStringLiteral("sightglass sandbox")} + args)) {
        err << parser.errorText() << "\n\n" << parser.helpText();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    bool okSeconds = true;
    const int limit = parser.isSet(seconds) ? parser.value(seconds).toInt(&okSeconds) : 0;
    if (!okSeconds || limit < 0 || !parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("sg::cli", "sandbox: bad arguments") << "\n\n"
            << parser.helpText();
        return Usage;
    }

    SandboxServer server;
    QString error;
    if (!server.start(&error)) {
        err << error << "\n";
        return Failure;
    }
    QString db = QStringLiteral("postgres");
    if (parser.isSet(demo)) {
        if (!DemoEnvironment::load(server, &error)) {
            err << error << "\n";
            return Failure;
        }
        db = QString::fromLatin1(DemoEnvironment::DatabaseName);
    }
    out << server.conninfo(db) << "\n";
    out.flush();
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const QDeadlineTimer deadline =
        limit > 0 ? QDeadlineTimer(limit * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    while (!g_stop && !deadline.hasExpired())
        QThread::msleep(100);
    return Ok; // the server's destructor stops it and removes its files
}

} // namespace

Command sandboxCommand()
{
    return {QStringLiteral("sandbox"),
            QCoreApplication::translate("sg::cli",
                                        "start a throwaway PostgreSQL server (--demo loads demo data)"),
            runSandbox};
}

} // namespace sg::cli
