// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "advisor/FixRunner.h"
#include "advisor/HealthReport.h"
#include "db/DbClient.h"
#include "monitor/HistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>

namespace sg::cli {

namespace {

int runReport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a health report: settings, cache, connections, and every index, "
           "foreign key and bloat finding with the SQL that fixes it."));
    parser.addHelpOption();
    const QCommandLineOption connect(
        {QStringLiteral("c"), QStringLiteral("connect")},
        tr("server to report on (URI or key=value; PG* variables and ~/.pgpass apply)"),
        QStringLiteral("conninfo"));
    const QCommandLineOption format(QStringLiteral("format"), tr("md (default), html or json"),
                                    QStringLiteral("format"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("write to FILE instead of standard output"), QStringLiteral("file"));
    parser.addOptions({connect, format, output});
    auto usage = [&](const QString& message) {
        err << "sightglass report: " << message << "\n\n" << parser.helpText();
        return int(Usage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sightglass report")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    HealthReport::Format fmt = parser.isSet(output) ? HealthReport::formatForPath(parser.value(output))
                                                    : HealthReport::Format::Markdown;
    if (parser.isSet(format) && !HealthReport::parseFormat(parser.value(format), &fmt))
        return usage(tr("--format takes md, html or json"));
    DbError parseError;
    const ConnectionOptions options = ConnectionOptions::parse(parser.value(connect), &parseError);
    if (!options.isValid())
        return usage(parseError.userMessage());

    DbClient client(QStringLiteral("report"));
    HealthReport report(&client);
    // The window's local history of this server, when there is one, is the forecast's basis.
    HistoryStore history;
    if (QFile::exists(HistoryStore::defaultPath()) && history.open())
        report.setXidHistory(WraparoundForecast::samplesOf(
            history.load(options.displayName(), QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000)));
    QEventLoop loop;
    int rc = Ok;
    QObject::connect(&client, &DbClient::stateChanged, &loop, [&](ConnectionState state, const DbError& e) {
        if (state == ConnectionState::Disconnected && e.isError()) {
            err << e.userMessage() << "\n";
            rc = Failure;
            loop.quit();
        }
    });
    QObject::connect(
        &client, &DbClient::connected, &loop, [&] { report.collect(); }, Qt::SingleShotConnection);
    QObject::connect(&report, &HealthReport::failed, &loop, [&](const DbError& e) {
        err << e.userMessage() << "\n";
        rc = Failure;
        loop.quit();
    });
    QObject::connect(&report, &HealthReport::ready, &loop, [&] {
        const QString text = report.render(fmt);
        if (parser.isSet(output)) {
            const QString error = FixRunner::writeFile(parser.value(output), text);
            if (!error.isEmpty()) {
                err << error << "\n";
                rc = Failure;
            }
        } else {
            out << text;
        }
        loop.quit();
    });
    client.open(options);
    loop.exec();
    return rc;
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
            tr("health report: settings, cache, connections and every finding with its fix"), runReport};
}

} // namespace sg::cli
