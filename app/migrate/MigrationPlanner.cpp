// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationPlanner.h"

#include "MigrationDiscovery.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sg {

int MigrationPlan::findingsAtLeast(LintFinding::Severity severity) const
{
    int n = 0;
    for (const LintFinding& f : lint.findings)
        n += f.severity >= severity ? 1 : 0;
    return n;
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray st, fi, sc;
    for (const MigrationStatus& s : statuses)
        st.append(s.toJson(trackingTable));
    for (const LintFinding& f : lint.findings)
        fi.append(f.toJson());
    for (const MigrationScript& s : scripts)
        sc.append(s.migration.version);
    return {{QStringLiteral("directory"), files.directory},
            {QStringLiteral("tracking_table"), trackingSource},
            {QStringLiteral("migrations"), st},
            {QStringLiteral("to_run"), sc},
            {QStringLiteral("rollback"), rollback},
            {QStringLiteral("findings"), fi},
            {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(files.problems)},
            {QStringLiteral("ignored_files"), QJsonArray::fromStringList(files.ignored)}};
}

MigrationPlan MigrationPlanner::prepare(Connection* connection, const QString& directory, const Options& options)
{
    MigrationPlan plan;
    plan.files = MigrationDiscovery::discover(directory);
    plan.rollback = options.rollbackSteps > 0;
    plan.blockers << plan.files.problems;
    MigrationTracker tracker(options.schema);
    plan.trackingTable = tracker.qualifiedTable();
    if (connection) {
        DbError e;
        plan.applied = tracker.read(*connection, &e);
        if (e.isError()) {
            plan.error = e.userMessage();
            return plan;
        }
        plan.connected = true;
        plan.trackingSource = tracker.sourceName();
        plan.foreignTracking = tracker.source() == MigrationTracker::Source::Flyway ||
                               tracker.source() == MigrationTracker::Source::GolangMigrate;
        plan.statuses = MigrationTracker::status(plan.files, plan.applied);
        if (plan.foreignTracking)
            plan.blockers << tr("This database is tracked by %1. Sightglass reads that history but never writes it: "
                                "apply with the tool that owns it.")
                                 .arg(plan.trackingSource);
    } else {
        for (const Migration& m : plan.files.migrations) {
            MigrationStatus s;
            s.version = m.version;
            s.description = m.description;
            s.file = m;
            plan.statuses << s;
        }
    }

    for (const MigrationStatus& s : std::as_const(plan.statuses)) {
        using State = MigrationStatus::State;
        if (s.state == State::Failed || s.state == State::Changed)
            plan.blockers << tr("%1 is %2. %3").arg(s.version, s.stateText(), s.nextStep(plan.trackingTable));
        if (s.state == State::OutOfOrder && !options.allowOutOfOrder && !plan.rollback)
            plan.blockers << tr("%1 is %2. %3").arg(s.version, s.stateText(), s.nextStep(plan.trackingTable));
    }

    if (plan.rollback) {
        // The newest applied migrations, newest first.
        for (auto it = plan.statuses.crbegin(); it != plan.statuses.crend() && plan.scripts.size() < options.rollbackSteps; ++it) {
            if (!it->hasRow())
                continue;
            if (it->file.rollbackPath.isEmpty()) {
                plan.blockers << tr("%1 has no rollback file (%2_…_rollback.sql, .down.sql or U%2__…sql).")
                                     .arg(it->version, it->version);
                break;
            }
            plan.scripts << MigrationScript::load(it->file, true);
        }
        if (plan.scripts.isEmpty() && plan.blockers.isEmpty())
            plan.blockers << tr("Nothing is applied, so there is nothing to roll back.");
    } else {
        for (const MigrationStatus& s : std::as_const(plan.statuses)) {
            const bool pending = s.state == MigrationStatus::State::Pending ||
                                 (s.state == MigrationStatus::State::OutOfOrder && options.allowOutOfOrder);
            if (!pending)
                continue;
            if (!options.targetVersion.isEmpty() && Migration::compareVersions(s.version, options.targetVersion) > 0)
                break;
            plan.scripts << MigrationScript::load(s.file, false);
        }
    }

    plan.lint = MigrationLinter::lint(plan.scripts, connection ? connection->serverVersion() / 10000 : 0);
    if (connection) {
        plan.live = MigrationInspector::inspect(*connection, plan.scripts, &plan.lint);
        if (!plan.live.ok())
            plan.blockers << tr("The live checks could not run: %1").arg(plan.live.error);
    }
    const int errors = plan.findingsAtLeast(LintFinding::Severity::Error);
    if (errors > 0)
        plan.blockers << tr("%1 lint error(s): these statements would fail or cannot run as written.").arg(errors);
    return plan;
}

} // namespace sg
