// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordCommand.h"

#include "StopSignals.h"

#include "db/DbClient.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/WaitProfiler.h"
#include "monitor/WaitRecorder.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

namespace sg::cli {

namespace {

int runRecord(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record every active session 10 times a second into a file the window opens later."));
    parser.addHelpOption();
    const QCommandLineOption connect(
        {QStringLiteral("c"), QStringLiteral("connect")},
        tr("server to record (URI or key=value; PG* variables and ~/.pgpass apply)"),
        QStringLiteral("conninfo"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"),
        tr("how long to record, 1 to %1 seconds (default 60); Ctrl+C stops sooner and keeps what was "
           "recorded")
            .arg(WaitRecording::MaxSeconds),
        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption outFile({QStringLiteral("o"), QStringLiteral("out")},
                                     tr("the recording to write (required)"), QStringLiteral("file"));
    parser.addOptions({connect, seconds, outFile});
    auto usage = [&](const QString& message) {
        err << "sightglass record: " << message << "\n\n" << parser.helpText();
        return int(Usage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sightglass record")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    bool okSeconds = false;
    const int duration = parser.value(seconds).toInt(&okSeconds);
    if (!okSeconds || duration < 1 || duration > WaitRecording::MaxSeconds)
        return usage(tr("--seconds takes a whole number from 1 to %1").arg(WaitRecording::MaxSeconds));
    if (parser.value(outFile).isEmpty())
        return usage(tr("--out FILE is required: where to write the recording"));
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    DbError parseError;
    const ConnectionOptions options = ConnectionOptions::parse(parser.value(connect), &parseError);
    if (!options.isValid())
        return usage(parseError.userMessage());
    // Before recording for an hour: the folder must be there to write into.
    const QFileInfo folder(QFileInfo(parser.value(outFile)).absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        err << tr("cannot write %1: the folder %2 is not there, or not writable")
                   .arg(parser.value(outFile), folder.filePath())
            << "\n";
        return Failure;
    }
    if (options.isPgBouncerConsole())
        return usage(tr("pgbouncer's console has no sessions to record; connect to a PostgreSQL server"));

    DbClient client(QStringLiteral("monitor"));
    QEventLoop loop;
    bool connected = false;
    int rc = Ok;
    QObject::connect(&client, &DbClient::stateChanged, &loop,
                     [&](ConnectionState state, const DbError& error) {
                         if (!error.isError())
                             return;
                         err << error.userMessage() << "\n";
                         err.flush();
                         if (state == ConnectionState::Disconnected && !connected) {
                             rc = Failure;
                             loop.quit();
                         }
                     });
    WaitProfiler profiler(&client);
    WaitRecorder recorder(&profiler);
    QObject::connect(&recorder, &WaitRecorder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&profiler, &WaitProfiler::failed, &loop, [&](const DbError& e) {
        err << e.userMessage() << "\n";
        err.flush();
    });
    QObject::connect(
        &client, &DbClient::connected, &loop,
        [&] {
            connected = true;
            err << tr("Recording %1 for %2 s into %3 (Ctrl+C stops sooner)…")
                       .arg(options.displayName())
                       .arg(duration)
                       .arg(parser.value(outFile))
                << "\n";
            err.flush();
            recorder.start(duration, options.displayName(), client.capabilities().serverVersionNum,
                           ActivityMonitor::localServerCpus(options));
            profiler.start();
        },
        Qt::SingleShotConnection);
    // A signal ends the recording early: what was recorded is still written.
    StopSignals stop([&loop] { QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection); });
    client.open(options);
    loop.exec();
    recorder.stop();
    profiler.stop();
    const WaitRecording& recording = recorder.recording();
    if (!connected) // stopped before the server answered, or it never did
        return stop.received() != 0 ? stop.exitCode() : (rc == Ok ? int(Failure) : rc);
    if (recording.sampleCount() == 0) {
        err << tr("Nothing was recorded: no sample came back from the server.") << "\n";
        return Failure;
    }
    QString error;
    if (!recording.save(parser.value(outFile), &error)) {
        err << error << "\n";
        return Failure;
    }
    out << tr("Recorded %1 samples (%2 session samples) over %3 s into %4")
               .arg(recording.sampleCount())
               .arg(recording.sessionSamples())
               .arg(double(recording.lastMs() - recording.firstMs()) / 1000.0, 0, 'f', 1)
               .arg(parser.value(outFile))
        << "\n";
    return stop.received() != 0 ? stop.exitCode() : int(Ok);
}

} // namespace

Command recordCommand()
{
    return {QStringLiteral("record"),
            tr("record every active session 10 times a second into a file the window opens later"),
            runRecord};
}

} // namespace sg::cli
