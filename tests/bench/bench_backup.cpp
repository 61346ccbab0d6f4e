// SPDX-License-Identifier: GPL-3.0-or-later
// Backup wrapper overhead: a pgbench database (scale 20 by default) backed up by plain pg_dump and
// by Sightglass with the same options, alternating, several rounds. Sightglass is measured with
// and without its exact row counts (counted on a second connection in pg_dump's snapshot).
// Run: build/dev/tests/bench/bench_backup [scale] [rounds]
#include "backup/BackupJob.h"
#include "backup/PgTools.h"
#include "backup/ProgramRun.h"
#include "db/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sg;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const int rounds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    SandboxServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QProcess pgbench;
    pgbench.setProcessEnvironment(server.clientEnvironment());
    pgbench.start(server.program(QStringLiteral("pgbench")),
                  {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale),
                   QStringLiteral("postgres")});
    if (!pgbench.waitForFinished(600000) || pgbench.exitCode() != 0) {
        std::fprintf(stderr, "pgbench -i failed: %s\n", pgbench.readAllStandardError().constData());
        return 1;
    }
    const ConnectionOptions options = server.options();
    const PgTools::Program pgDump = PgTools::locate(QStringLiteral("pg_dump"), 15, {}, &error);
    QTemporaryDir dir;
    QString password;
    const QString conninfo = BackupJob::programConninfo(options, &password);

    QList<double> plain, wrapped, wrappedNoCounts;
    qint64 bytes = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString out = dir.filePath(QStringLiteral("plain-%1.dump").arg(round));
        QElapsedTimer t;
        t.start();
        ProgramRun run;
        run.program = pgDump.path;
        run.arguments = {QStringLiteral("--format=custom"), QStringLiteral("--file"), out,
                         QStringLiteral("--dbname"), conninfo};
        run.environment = server.clientEnvironment();
        if (!run.run().ok) {
            std::fprintf(stderr, "pg_dump failed\n");
            return 1;
        }
        plain << double(t.nsecsElapsed()) / 1e6;
        bytes = QFileInfo(out).size();
        QFile::remove(out);

        for (bool counts : {true, false}) {
            BackupOptions o;
            o.database = QStringLiteral("postgres");
            o.directory = dir.filePath(QStringLiteral("sg-%1-%2").arg(round).arg(counts));
            o.exactRowCounts = counts;
            t.restart();
            const BackupJob::Result r = BackupJob(options, o).run();
            if (!r.ok) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message));
                return 1;
            }
            (counts ? wrapped : wrappedNoCounts) << double(t.nsecsElapsed()) / 1e6;
            QDir(o.directory).removeRecursively();
        }
        std::printf("round %d: pg_dump %.0f ms, sightglass %.0f ms, sightglass without row counts %.0f ms\n",
                    round + 1, plain.last(), wrapped.last(), wrappedNoCounts.last());
    }
    const double p = median(plain), w = median(wrapped), n = median(wrappedNoCounts);
    // Paired: each round's runs are back to back, so the ratio within a round cancels slow drift.
    QList<double> rw, rn;
    for (int i = 0; i < plain.size(); ++i) {
        rw << wrapped.at(i) / plain.at(i);
        rn << wrappedNoCounts.at(i) / plain.at(i);
    }
    std::printf("pgbench scale %d, custom format, %.1f MB archive, %s %s, %d rounds (medians):\n", scale,
                double(bytes) / 1e6, qPrintable(pgDump.path), qPrintable(pgDump.version), rounds);
    std::printf("  plain pg_dump                      %8.0f ms\n", p);
    std::printf(
        "  sightglass backup (row counts)     %8.0f ms  ratio of medians %.3f, median paired ratio %.3f\n", w,
        w / p, median(rw));
    std::printf("  sightglass backup (no row counts)  %8.0f ms  ratio of medians %.3f, median paired ratio "
                "%.3f  (budget < 1.03)\n",
                n, n / p, median(rn));
    return 0;
}
