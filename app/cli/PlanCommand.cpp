// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommand.h"

#include "db/Connection.h"
#include "plan/Explain.h"
#include "plan/Plan.h"
#include "plan/PlanReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace sg::cli {

namespace {

const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("text (default) or json"),
                                 QStringLiteral("format"));

int print(const Plan& plan, const QString& format, QTextStream& out)
{
    if (format == QLatin1String("json"))
        out << QJsonDocument(PlanReport::toJson(plan)).toJson();
    else
        out << PlanReport::toText(plan);
    return Ok;
}

bool formatOk(const QCommandLineParser& p)
{
    return !p.isSet(kFormat) || p.value(kFormat) == QLatin1String("text") ||
           p.value(kFormat) == QLatin1String("json");
}

int runPlan(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyse an EXPLAIN (FORMAT JSON) plan, as psql prints it or auto_explain logs "
           "it: time per node (inclusive and exclusive), misestimates, buffers, warnings."));
    parser.addHelpOption();
    parser.addOption(kFormat);
    parser.addPositionalArgument(QStringLiteral("file"), tr("the plan; - or nothing reads standard input"));
    auto usage = [&](const QString& m) {
        err << "sightglass plan: " << m << "\n\n" << parser.helpText();
        return int(Usage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sightglass plan")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!formatOk(parser))
        return usage(tr("--format takes text or json"));
    if (parser.positionalArguments().size() > 1)
        return usage(tr("give one plan file"));
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    QFile f;
    const bool opened = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "sightglass plan: " << tr("cannot read %1: %2").arg(path, f.errorString()) << "\n";
        return Failure;
    }
    QString error;
    auto plan = Plan::parse(QString::fromUtf8(f.readAll()), &error);
    if (!plan) {
        err << "sightglass plan: " << error << "\n";
        return Failure;
    }
    plan->analyse();
    return print(*plan, parser.value(kFormat), out);
}

int runExplain(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("EXPLAIN a statement and analyse the plan. With --analyze it runs inside BEGIN … ROLLBACK, "
           "under a statement timeout: its changes to tables are undone, but not what a rollback "
           "cannot undo: sequences it advances (nextval, serial and identity columns) and work done "
           "through other connections (dblink)."));
    parser.addHelpOption();
    const QCommandLineOption connect({QStringLiteral("c"), QStringLiteral("connect")},
                                     tr("server (URI or key=value; PG* variables and ~/.pgpass apply)"),
                                     QStringLiteral("conninfo"));
    const QCommandLineOption analyze(QStringLiteral("analyze"),
                                     tr("run the statement (rolled back) for real times"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("statement timeout in seconds (default 60)"), QStringLiteral("s"));
    parser.addOptions({connect, analyze, timeout, kFormat});
    parser.addPositionalArgument(QStringLiteral("sql"), tr("the statement"));
    auto usage = [&](const QString& m) {
        err << "sightglass explain: " << m << "\n\n" << parser.helpText();
        return int(Usage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sightglass explain")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!formatOk(parser))
        return usage(tr("--format takes text or json"));
    if (parser.positionalArguments().size() != 1)
        return usage(tr("give the statement as one argument"));
    DbError e;
    ConnectionOptions options = ConnectionOptions::parse(parser.value(connect), &e);
    if (!options.isValid())
        return usage(e.userMessage());
    Explain explain;
    explain.analyze = parser.isSet(analyze);
    if (parser.isSet(timeout)) {
        bool ok = false;
        explain.timeoutMs = int(parser.value(timeout).toDouble(&ok) * 1000);
        if (!ok || explain.timeoutMs < 0)
            return usage(tr("--timeout takes seconds"));
    }
    const QString sql = parser.positionalArguments().first();
    if (Explain::parameterCount(sql) > 0) {
        err << "sightglass explain: "
            << tr("the statement has $n parameters; put values in their place (EXPLAIN needs them).") << "\n";
        return Failure;
    }
    options.session.applicationName = QStringLiteral("sightglass explain");
    Connection c;
    if (!c.open(options, &e)) {
        err << "sightglass explain: " << e.userMessage() << "\n";
        return Failure;
    }
    const QStringList statements = explain.statements(sql, c.serverVersion());
    ResultSet plan;
    DbError failure;
    for (int i = 0; i < statements.size(); ++i) {
        DbRequest r;
        r.sql = statements.at(i);
        r.singleStatement = true;
        DbError stepError;
        const ResultSet rs = c.execute(r, &stepError);
        if (i == explain.explainIndex())
            plan = rs;
        if (stepError.isError() && !failure.isError())
            failure = stepError;
        if (stepError.isError() && i < explain.explainIndex())
            break; // BEGIN or SET failed: nothing ran
    }
    if (explain.analyze) { // whatever happened, end the transaction
        DbRequest rollback;
        rollback.sql = QStringLiteral("ROLLBACK");
        DbError ignored;
        c.execute(rollback, &ignored);
    }
    if (failure.isError()) {
        err << "sightglass explain: " << failure.userMessage() << "\n";
        return Failure;
    }
    QString error;
    auto parsed = Plan::parse(plan.value(0, 0).toString(), &error);
    if (!parsed) {
        err << "sightglass explain: " << error << "\n";
        return Failure;
    }
    DbError ioError;
    const bool ioTiming =
        c.execute(QStringLiteral("SELECT current_setting('track_io_timing') = 'on'"), {}, &ioError)
            .value(0, 0)
            .toBool();
    parsed->analyse(ioTiming);
    if (explain.analyze && Explain::outlivesRollback(sql))
        err << tr("It ran inside BEGIN … ROLLBACK: its changes to tables were undone. Not undone: "
                  "sequences it advanced and work done through other connections.")
            << "\n";
    return print(*parsed, parser.value(kFormat), out);
}

} // namespace

Command planCommand()
{
    return {QStringLiteral("plan"), tr("analyse an EXPLAIN (FORMAT JSON) plan from a file or standard input"),
            runPlan};
}

Command explainCommand()
{
    return {QStringLiteral("explain"), tr("EXPLAIN [ANALYZE] a statement safely and analyse the plan"),
            runExplain};
}

} // namespace sg::cli
