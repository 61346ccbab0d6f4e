// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationController.h"

#include "BackgroundJob.h"
#include "db/Connection.h"

#include <QCoreApplication>
#include <QSet>

namespace sg {

MigrationController::MigrationController(QObject* parent) : QObject(parent) {}

MigrationController::~MigrationController()
{
    // The work reports progress to this object while it runs: it must end first.
    if (m_busy) {
        cancel();
        m_work.waitForFinished();
    }
}

void MigrationController::prepare()
{
    start(Job::Prepare);
}

void MigrationController::rehearse()
{
    start(Job::Rehearse);
}

void MigrationController::apply()
{
    start(Job::Apply);
}

void MigrationController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_connection)
        m_connection->cancel();
}

void MigrationController::start(Job job)
{
    if (m_busy)
        return;
    auto connection = std::make_shared<Connection>();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_connection = connection;
    m_cancel = cancel;
    ConnectionOptions server = m_server;
    server.session.statementTimeoutMs = 0; // the runner sets limits per phase
    const QString directory = m_directory;
    const MigrationPlanner::Options plannerOptions = m_plannerOptions;
    const MigrationRunner::Options runnerOptions = m_runnerOptions;
    const QList<MigrationScript> scripts = m_plan.scripts;
    const bool rollback = m_plan.rollback;
    auto plan = std::make_shared<MigrationPlan>();
    auto run = std::make_shared<MigrationRunResult>();
    m_busy = true;
    m_work = runInBackground(this, [=, this] {
        DbError e;
        connection->setAbortFlag(cancel.get());
        if (!connection->open(server, &e)) {
            plan->error = e.userMessage();
            run->message = e.userMessage();
            return;
        }
        if (job != Job::Prepare) {
            MigrationRunner runner(*connection, runnerOptions);
            runner.setCancelFlag(cancel.get());
            runner.setProgress([this](const StatementOutcome& o, int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, o, done, total] { Q_EMIT progress(o, done, total); }, Qt::QueuedConnection);
            });
            *run = job == Job::Rehearse ? runner.rehearse(scripts)
                                        : (rollback ? runner.rollback(scripts) : runner.apply(scripts));
        }
        if (job != Job::Rehearse) {
            // After an apply the plan is made again: the status then shows what the run left.
            MigrationPlanner::Options o = plannerOptions;
            if (job == Job::Apply && rollback)
                o.rollbackSteps = 0;
            *plan = MigrationPlanner::prepare(connection.get(), directory, o);
        }
    }, [this, job, plan, run] {
        m_busy = false;
        m_connection.reset();
        m_cancel.reset();
        if (job != Job::Prepare) {
            m_lastRun = *run;
            if (job == Job::Rehearse)
                m_lastRehearsal = *run;
            Q_EMIT runFinished(job == Job::Rehearse);
        }
        if (job != Job::Rehearse) {
            m_plan = *plan;
            m_lastRehearsal.reset(); // it rehearsed another plan
            m_hasPlan = true;
            Q_EMIT planned();
        }
    });
}

QStringList MigrationController::lockHolders() const
{
    QStringList out;
    QSet<int> seen;
    for (auto it = m_plan.live.tables.cbegin(); it != m_plan.live.tables.cend(); ++it) {
        for (const LockHolder& h : it.value().holders) {
            if (seen.contains(h.pid))
                continue;
            seen.insert(h.pid);
            out << tr("pid %1 (%2) %3 %4 on %5")
                       .arg(h.pid)
                       .arg(h.application.isEmpty() ? h.user : h.application,
                            h.granted ? tr("holds") : tr("waits for"), lockmode::sqlName(h.mode), it.key());
        }
    }
    return out;
}

} // namespace sg
