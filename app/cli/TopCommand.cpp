// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopCommand.h"

#include "ActivityFormatter.h"

#include "db/DbClient.h"
#include "monitor/ActivitySampler.h"
#include "monitor/PgBouncerSampler.h"
#include "monitor/WaitProfiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace sg::cli {

namespace {

int runTop(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sample server activity like the Activity panel, without a window."));
    parser.addHelpOption();
    const QCommandLineOption connect(
        {QStringLiteral("c"), QStringLiteral("connect")},
        tr("server to sample (URI or key=value; PG* variables and ~/.pgpass apply)"),
        QStringLiteral("conninfo"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("seconds between samples, 0.5 to 60 (default 1)"),
                                      QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   tr("stop after N samples, 1 or more (default: run until stopped)"),
                                   QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object per sample and line"));
    parser.addOptions({connect, interval, count, json});
    auto usage = [&](const QString& message) {
        err << "sightglass top: " << message << "\n\n" << parser.helpText();
        return int(Usage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sightglass top")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    bool okInterval = false, okCount = false;
    const double seconds = parser.value(interval).toDouble(&okInterval);
    // Internally 0 means "until stopped"; on the command line that is leaving --count out.
    const int samples = parser.isSet(count) ? parser.value(count).toInt(&okCount) : (okCount = true, 0);
    if (!okInterval || seconds < 0.5 || seconds > 60)
        return usage(tr("--interval takes seconds from 0.5 to 60"));
    if (!okCount || (parser.isSet(count) && samples < 1))
        return usage(tr("--count takes a whole number of samples, 1 or more; leave it out to run until "
                        "stopped (Ctrl+C)"));
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    DbError parseError;
    const ConnectionOptions options = ConnectionOptions::parse(parser.value(connect), &parseError);
    if (!options.isValid())
        return usage(parseError.userMessage());

    DbClient client(QStringLiteral("monitor"));
    QEventLoop loop;
    int rc = Ok;
    int printed = 0;
    QObject::connect(&client, &DbClient::stateChanged, &loop,
                     [&](ConnectionState state, const DbError& error) {
                         if (!error.isError())
                             return;
                         err << error.userMessage() << "\n";
                         err.flush();
                         if (state == ConnectionState::Disconnected) { // never connected: nothing to wait for
                             rc = Failure;
                             loop.quit();
                         }
                     });
    auto done = [&] {
        out.flush();
        if (samples > 0 && ++printed >= samples)
            loop.quit();
    };

    ActivitySampler activity(&client);
    WaitProfiler waits(&client);
    waits.setRateHz(10);
    qint64 loadFromMs = 0;
    PgBouncerSampler pools(&client);
    const bool bouncer = options.isPgBouncerConsole();
    activity.setIntervalMs(int(seconds * 1000));
    pools.setIntervalMs(int(seconds * 1000));
    QObject::connect(&activity, &ActivitySampler::sampled, &loop, [&] {
        const auto firing = activity.alerts().active();
        // The wait samples since the previous line, the second being sampled included (a line can
        // come before the next second closes the current one); none yet with the first line.
        const WaitProfile& profile = waits.profile();
        const WaitProfile::Summary load =
            profile.summarize(loadFromMs, QDateTime::currentMSecsSinceEpoch(), 10, true);
        // The next line starts from the second still open (two lines can come in one second when
        // a slow server delays one sample), else after the last closed one.
        if (profile.openSecondMs() > 0)
            loadFromMs = profile.openSecondMs();
        else if (profile.latest().startMs > 0)
            loadFromMs = profile.latest().startMs + 1;
        if (parser.isSet(json)) {
            QJsonObject o = ActivityFormatter::toJson(activity.latest(), activity.latestRates(), firing);
            o.insert(QStringLiteral("load"), ActivityFormatter::loadToJson(load));
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else {
            out << ActivityFormatter::toText(activity.latest(), activity.latestRates(), firing) << "\n"
                << ActivityFormatter::loadToText(load) << "\n";
        }
        done();
    });
    QObject::connect(&pools, &PgBouncerSampler::sampled, &loop, [&] {
        const PoolPoint p = pools.history().last();
        if (parser.isSet(json))
            out << QJsonDocument(ActivityFormatter::poolsToJson(pools.pools(), p))
                       .toJson(QJsonDocument::Compact)
                << "\n";
        else
            out << ActivityFormatter::poolsToText(pools.pools(), p) << "\n";
        done();
    });
    auto reportFailure = [&](const DbError& e) {
        err << e.userMessage() << "\n";
        err.flush();
    };
    QObject::connect(&activity, &ActivitySampler::failed, &loop, reportFailure);
    QObject::connect(&pools, &PgBouncerSampler::failed, &loop, reportFailure);
    QObject::connect(
        &client, &DbClient::connected, &loop,
        [&] {
            if (bouncer)
                pools.start();
            else if (!activity.isRunning()) {
                activity.start();
                waits.start();
            }
        },
        Qt::SingleShotConnection);
    client.open(options);
    loop.exec();
    return rc;
}

} // namespace

Command topCommand()
{
    return {QStringLiteral("top"),
            tr("sample sessions, pools and rates like the Activity panel (--json for scripts)"), runTop};
}

} // namespace sg::cli
