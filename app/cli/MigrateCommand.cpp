// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrateCommand.h"

#include "db/Connection.h"
#include "migrate/MigrationPlanner.h"
#include "migrate/MigrationRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sg::cli {

namespace {

enum class Action { Status, Lint, Rehearse, Apply, Rollback };

struct Args
{
    Action action = Action::Status;
    QString directory;
    ConnectionOptions connection;
    bool json = false;
    LintFinding::Severity failOn = LintFinding::Severity::Error;
    MigrationPlanner::Options plan;
    MigrationRunner::Options run;
};

void printFindings(const MigrationPlan& plan, QTextStream& out)
{
    // Findings by migration and statement: a plan runs each version once, forward or back.
    QHash<QString, QHash<int, QList<const LintFinding*>>> byStatement;
    for (const LintFinding& f : plan.lint.findings)
        byStatement[f.version][f.statement] << &f;
    auto print = [&](const LintFinding& f) {
        out << "  " << LintFinding::severityName(f.severity) << " [" << f.rule << "] " << f.message << "\n"
            << "      " << f.why << "\n";
        if (!f.rewrite.isEmpty())
            out << "      " << tr("safer:") << " "
                << QString(f.rewrite).replace(QLatin1Char('\n'), QStringLiteral("\n             ")) << "\n";
    };
    for (const MigrationScript& script : plan.scripts) {
        const QString file = QFileInfo(script.path).fileName();
        const QHash<int, QList<const LintFinding*>> findings = byStatement.value(script.migration.version);
        for (const LintFinding* f : findings.value(-1)) {
            out << f->location() << ":\n";
            print(*f);
        }
        for (const ScriptStatement& st : script.statements) {
            const QList<const LintFinding*> here = findings.value(st.index);
            const bool locksExisting = st.info.strongestLock() >= LockMode::ShareUpdateExclusive;
            if (here.isEmpty() && !locksExisting)
                continue;
            out << file << ":" << st.line << ": " << st.info.label << "\n";
            for (const QString& l : MigrationInspector::describeLocks(st.info, plan.live, plan.connected))
                out << "  " << tr("lock") << " " << l << "\n";
            for (const LintFinding* f : here)
                print(*f);
        }
    }
}

void printStatus(const MigrationPlan& plan, QTextStream& out)
{
    if (plan.connected)
        out << tr("Tracking: %1").arg(plan.trackingSource) << "\n";
    for (const MigrationStatus& s : plan.statuses) {
        out << s.version.leftJustified(16) << " " << s.stateText().leftJustified(24) << " " << s.description
            << "\n";
        if (const QString next = s.nextStep(plan.trackingTable);
            !next.isEmpty() && s.state != MigrationStatus::State::Pending)
            out << "                 " << next << "\n";
    }
    for (const QString& p : plan.files.problems)
        out << tr("problem: %1").arg(p) << "\n";
    for (const QString& i : plan.files.ignored)
        out << tr("ignored: %1").arg(i) << "\n";
}

void printRun(const MigrationRunResult& r, QTextStream& out)
{
    for (const StatementOutcome& o : r.statements) {
        out << QStringLiteral("%1:%2").arg(o.file).arg(o.line).leftJustified(28) << " "
            << o.label.leftJustified(28) << " " << StatementOutcome::stateName(o.state).leftJustified(16)
            << " " << o.ms << " ms\n";
        if (!o.error.isEmpty())
            out << "    " << o.error << "\n";
    }
    out << r.message << "\n";
}

int parseArgs(const QStringList& args, Args* a, QTextStream& out, QTextStream& err)
{
    static const QStringList actions = {QStringLiteral("status"), QStringLiteral("lint"),
                                        QStringLiteral("rehearse"), QStringLiteral("apply"),
                                        QStringLiteral("rollback")};
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Migrations in a folder (023_name.sql, V23__name.sql, 20250105120000_name.up.sql, with their "
           "rollback files):\n"
           "  status    applied, pending, missing, changed, out of order, failed; and what to do\n"
           "  lint      findings per statement, with the locks each takes (live facts with --connect)\n"
           "  rehearse  run the pending migrations in a transaction that is rolled back\n"
           "  apply     apply the pending migrations, each in its own transaction\n"
           "  rollback  run the rollback files of the last applied migration(s)\n"
           "Exit codes: 0 clean, 1 findings at or above --fail-on (or a failed rehearsal), 2 error."));
    p.addHelpOption();
    const QCommandLineOption connect({QStringLiteral("c"), QStringLiteral("connect")},
                                     tr("server (URI or key=value; PG* variables and ~/.pgpass apply)"),
                                     QStringLiteral("conninfo"));
    const QCommandLineOption json(QStringLiteral("json"), tr("machine-readable output"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), tr("info, warning or error (default error)"),
                                    QStringLiteral("severity"));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    tr("schema of the tracking table (default sightglass)"),
                                    QStringLiteral("name"));
    const QCommandLineOption lockTimeout(
        QStringLiteral("lock-timeout"),
        tr("apply: how long a statement may wait for a lock, ms (default 5000)"), QStringLiteral("ms"));
    const QCommandLineOption statementTimeout(QStringLiteral("statement-timeout"),
                                              tr("apply: limit per statement, ms (default none)"),
                                              QStringLiteral("ms"));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("rollback: how many migrations (default 1)"),
                                   QStringLiteral("n"));
    const QCommandLineOption to(QStringLiteral("to"), tr("apply/rehearse only up to this version"),
                                QStringLiteral("version"));
    const QCommandLineOption outOfOrder(
        QStringLiteral("out-of-order"),
        tr("also apply pending migrations older than the newest applied one"));
    p.addOptions({connect, json, failOn, schema, lockTimeout, statementTimeout, steps, to, outOfOrder});
    p.addPositionalArgument(QStringLiteral("action"), actions.join(QLatin1Char('|')));
    p.addPositionalArgument(QStringLiteral("dir"), tr("the migrations folder"));
    auto usage = [&](const QString& m) {
        err << "sightglass migrate: " << m << "\n\n" << p.helpText();
        return int(Usage);
    };
    if (!p.parse(QStringList{QStringLiteral("sightglass migrate")} + args))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !actions.contains(pos.first()))
        return usage(
            tr("give an action (%1) and the migrations folder").arg(actions.join(QStringLiteral(", "))));
    a->action = Action(actions.indexOf(pos.first()));
    a->directory = pos.at(1);
    a->json = p.isSet(json);
    if (p.isSet(failOn) && !LintFinding::parseSeverity(p.value(failOn), &a->failOn))
        return usage(tr("--fail-on takes info, warning or error"));
    a->plan.schema = a->run.schema =
        p.value(schema).isEmpty() ? QStringLiteral("sightglass") : p.value(schema);
    a->plan.allowOutOfOrder = p.isSet(outOfOrder);
    a->plan.targetVersion = p.value(to);
    bool ok = true;
    auto number = [&](const QCommandLineOption& o, int fallback) {
        if (!p.isSet(o))
            return fallback;
        bool good = false;
        const int v = p.value(o).toInt(&good);
        ok = ok && good && v >= 0;
        return v;
    };
    a->run.lockTimeoutMs = number(lockTimeout, 5000);
    a->run.statementTimeoutMs = number(statementTimeout, 0);
    a->plan.rollbackSteps = a->action == Action::Rollback ? qMax(1, number(steps, 1)) : 0;
    if (!ok)
        return usage(tr("--lock-timeout, --statement-timeout and --steps take a whole number"));
    if (p.isSet(connect)) {
        DbError e;
        a->connection = ConnectionOptions::parse(p.value(connect), &e);
        if (!a->connection.isValid())
            return usage(e.userMessage());
        a->connection.session.statementTimeoutMs = 0; // the runner sets its own per phase
        a->connection.session.applicationName = QStringLiteral("sightglass migrate");
    } else if (a->action != Action::Lint) {
        return usage(tr("%1 needs --connect").arg(pos.first()));
    }
    return -1;
}

int runMigrate(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Args a;
    if (const int rc = parseArgs(args, &a, out, err); rc >= 0)
        return rc;
    if (!QFileInfo(a.directory).isDir()) {
        err << "sightglass migrate: " << tr("%1 is not a folder").arg(a.directory) << "\n";
        return Usage;
    }
    Connection connection;
    if (a.connection.isValid()) {
        DbError e;
        if (!connection.open(a.connection, &e)) {
            err << "sightglass migrate: " << e.userMessage() << "\n";
            return Usage;
        }
    }
    const MigrationPlan plan =
        MigrationPlanner::prepare(connection.isOpen() ? &connection : nullptr, a.directory, a.plan);
    if (!plan.error.isEmpty()) {
        err << "sightglass migrate: " << plan.error << "\n";
        return Usage;
    }
    QJsonObject json = plan.toJson();
    const bool findings = plan.findingsAtLeast(a.failOn) > 0;
    int rc = Ok;

    if (a.action == Action::Status) {
        if (!a.json)
            printStatus(plan, out);
        for (const MigrationStatus& s : plan.statuses)
            rc = s.state == MigrationStatus::State::Applied || s.state == MigrationStatus::State::Pending
                     ? rc
                     : Failure;
        rc = plan.files.problems.isEmpty() ? rc : Failure;
    } else if (a.action == Action::Lint) {
        // Lint reads only the pending files, but an applied file that was edited afterwards (or a
        // failed one) is what a reviewer most needs to hear about.
        int troubled = 0;
        for (const MigrationStatus& s : plan.statuses) {
            if (s.state == MigrationStatus::State::Applied || s.state == MigrationStatus::State::Pending)
                continue;
            ++troubled;
            if (!a.json)
                out << s.version << " " << s.stateText() << ": " << s.description << "\n    "
                    << s.nextStep(plan.trackingTable) << "\n";
        }
        if (!a.json) {
            printFindings(plan, out);
            out << tr("%1 migration(s), %2 finding(s) (%3 at or above %4).")
                       .arg(plan.scripts.size())
                       .arg(plan.lint.findings.size())
                       .arg(plan.findingsAtLeast(a.failOn))
                       .arg(LintFinding::severityName(a.failOn))
                << "\n";
        }
        rc = findings || troubled > 0 ? Failure : Ok;
    } else {
        if (!a.json) {
            printFindings(plan, out);
            for (const QString& b : plan.blockers)
                err << tr("blocked: %1").arg(b) << "\n";
        }
        MigrationRunner runner(connection, a.run);
        if (a.action == Action::Rehearse) {
            const MigrationRunResult r = runner.rehearse(plan.scripts);
            json.insert(QStringLiteral("result"), r.toJson());
            if (!a.json)
                printRun(r, out);
            rc = r.ok && !findings ? Ok : Failure;
        } else if (!plan.blockers.isEmpty()) {
            // Nothing has been touched: say why and stop.
            json.insert(QStringLiteral("result"),
                        QJsonObject{{QStringLiteral("ok"), false},
                                    {QStringLiteral("message"), plan.blockers.join(QLatin1Char('\n'))}});
            if (!a.json)
                err << tr("Nothing was changed.") << "\n";
            const bool onlyLint =
                plan.blockers.size() == 1 && plan.findingsAtLeast(LintFinding::Severity::Error) > 0;
            rc = onlyLint ? Failure : Usage;
        } else if (plan.scripts.isEmpty()) {
            if (!a.json)
                out << tr("Nothing to do: no pending migrations.") << "\n";
        } else {
            const MigrationRunResult r =
                a.action == Action::Apply ? runner.apply(plan.scripts) : runner.rollback(plan.scripts);
            json.insert(QStringLiteral("result"), r.toJson());
            if (!a.json)
                printRun(r, out);
            rc = r.ok ? (findings ? Failure : Ok) : Usage;
        }
    }
    if (a.json)
        out << QJsonDocument(json).toJson();
    return rc;
}

} // namespace

Command migrateCommand()
{
    return {QStringLiteral("migrate"), tr("status, lint, rehearse, apply and roll back schema migrations"),
            runMigrate};
}

} // namespace sg::cli
