// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations at scale: read + split + classify + lint a folder of 100 files / 10,000 statements
// (offline, as `sightglass migrate lint DIR`), the same with live facts against a sandbox with
// 1,000 tables, and a rehearsal of it. With SQUAWK=/path/to/squawk, the same files through
// squawk (a migration linter) in the same run, for the ratio.
// Run: build/dev/tests/bench/bench_migrate [files] [statements per file]
#include "db/Connection.h"
#include "db/SandboxServer.h"
#include "migrate/MigrationDiscovery.h"
#include "migrate/MigrationPlanner.h"
#include "migrate/MigrationRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sg;

namespace {

// A file in the style of a real project: DDL on existing tables, new tables, a function, data.
QByteArray migrationFile(int file, int statements, int tables)
{
    QByteArray out = "-- generated migration\nSET lock_timeout = '5s';\n";
    for (int s = 1; s < statements; ++s) {
        const int t = (file * statements + s) % tables;
        switch (s % 8) {
        case 0:
            out +=
                QStringLiteral("CREATE INDEX IF NOT EXISTS t%1_f%2_s%3 ON public.t%1 (a, b) WHERE c > %3;\n")
                    .arg(t)
                    .arg(file)
                    .arg(s)
                    .toUtf8();
            break;
        case 1:
            out += QStringLiteral("ALTER TABLE public.t%1 ADD COLUMN IF NOT EXISTS c%2_%3 int DEFAULT 0;\n")
                       .arg(t)
                       .arg(file)
                       .arg(s)
                       .toUtf8();
            break;
        case 2:
            out += QStringLiteral("CREATE TABLE IF NOT EXISTS public.n%1_%2 (id bigint PRIMARY KEY, t_id int "
                                  "REFERENCES public.t%3 (id), note text);\n")
                       .arg(file)
                       .arg(s)
                       .arg(t)
                       .toUtf8();
            break;
        case 3:
            out += QStringLiteral("CREATE OR REPLACE FUNCTION public.f%1_%2(x int) RETURNS int LANGUAGE "
                                  "plpgsql AS $fn$\nBEGIN\n  RETURN x + %2; -- a ; inside\nEND;\n$fn$;\n")
                       .arg(file)
                       .arg(s)
                       .toUtf8();
            break;
        case 4:
            out += QStringLiteral("COMMENT ON TABLE public.t%1 IS 'table %1; checked';\n").arg(t).toUtf8();
            break;
        case 5:
            out += QStringLiteral("ALTER TABLE public.t%1 ADD CONSTRAINT k%2_%3 CHECK (a >= 0) NOT VALID;\n")
                       .arg(t)
                       .arg(file)
                       .arg(s)
                       .toUtf8();
            break;
        case 6:
            out += QStringLiteral("UPDATE public.t%1 SET b = b WHERE a = %2;\n").arg(t).arg(s).toUtf8();
            break;
        default:
            out += QStringLiteral("/* a comment /* nested */ ; */ ANALYZE public.t%1;\n").arg(t).toUtf8();
            break;
        }
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int perFile = argc > 2 ? QByteArray(argv[2]).toInt() : 100;
    const int tables = 1000;
    QTemporaryDir dir;
    for (int f = 1; f <= files; ++f) {
        QFile out(dir.filePath(QStringLiteral("%1_step.sql").arg(f, 4, 10, QLatin1Char('0'))));
        out.open(QIODevice::WriteOnly);
        out.write(migrationFile(f, perFile, tables));
    }
    std::printf("bench_migrate: %d files x %d statements\n", files, perFile);

    // Offline: what `sightglass migrate lint DIR` does without --connect.
    QList<double> offline;
    int findings = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        const MigrationPlan plan = MigrationPlanner::prepare(nullptr, dir.path(), {});
        offline << t.nsecsElapsed() / 1e6;
        findings = int(plan.lint.findings.size());
    }
    std::printf("offline read+split+classify+lint: median %.1f ms (%d findings)\n", median(offline),
                findings);

    // The same through the executable, start to exit, as CI runs it (and as squawk is timed).
    QList<double> cli;
    for (int round = 0; round < 5; ++round) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(SG_BINARY), {QStringLiteral("migrate"), QStringLiteral("lint"), dir.path()});
        p.waitForFinished(600000);
        cli << t.nsecsElapsed() / 1e6;
    }
    std::printf("sightglass migrate lint DIR (process): median %.1f ms\n", median(cli));

    if (const QByteArray squawk = qgetenv("SQUAWK"); !squawk.isEmpty()) {
        QStringList paths;
        for (const QString& f :
             QDir(dir.path()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
            paths << dir.filePath(f);
        QList<double> peer;
        for (int round = 0; round < 5; ++round) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QString::fromLocal8Bit(squawk), paths);
            p.waitForFinished(600000);
            peer << t.nsecsElapsed() / 1e6;
        }
        std::printf(
            "squawk over the same files (process): median %.1f ms (ratio squawk/sightglass CLI %.2f)\n",
            median(peer), median(peer) / median(cli));
    }

    SandboxServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    Connection c;
    DbError e;
    c.open(server.options(), &e);
    DbRequest r;
    r.sql = QStringLiteral("DO $$ BEGIN FOR i IN 0..%1 LOOP EXECUTE format('CREATE TABLE public.t%s "
                           "(id int PRIMARY KEY, a int, b int, c int)', i); END LOOP; END $$")
                .arg(tables - 1);
    c.execute(r, &e);
    if (e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.userMessage()));
        return 1;
    }
    QList<double> live;
    MigrationPlan plan;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        plan = MigrationPlanner::prepare(&c, dir.path(), {});
        live << t.nsecsElapsed() / 1e6;
    }
    std::printf("with live facts (%d tables locked, status, NULL/row/index checks): median %.1f ms\n",
                int(plan.live.tables.size()), median(live));
    QElapsedTimer t;
    t.start();
    const MigrationRunResult rehearsal = MigrationRunner(c, {}).rehearse(plan.scripts);
    std::printf("rehearsal of %d statements (rolled back): %.1f ms, %s\n", int(rehearsal.statements.size()),
                t.nsecsElapsed() / 1e6, rehearsal.ok ? "passed" : qPrintable(rehearsal.message));
    return 0;
}
