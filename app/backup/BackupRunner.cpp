// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRunner.h"

#include "BackupVerifier.h"

#include "BackgroundJob.h"

namespace sg {

BackupRunner::BackupRunner(QObject* parent) : QObject(parent) {}

BackupRunner::~BackupRunner()
{
    // The work reports progress to this object while it runs: it must end first.
    if (m_running) {
        cancel();
        m_work.waitForFinished();
    }
}

void BackupRunner::reportProgress(double fraction, const QString& object)
{
    // pg_restore reports every object: pass on only what a progress bar can show.
    if (qAbs(fraction - m_lastFraction) < 0.002 && object == m_lastObject)
        return;
    m_lastFraction = fraction;
    m_lastObject = object;
    QMetaObject::invokeMethod(
        this, [this, fraction, object] { Q_EMIT progress(fraction, object); }, Qt::QueuedConnection);
}

void BackupRunner::start(std::function<Outcome()> work, std::function<void()> cancel)
{
    Q_ASSERT(!m_running);
    m_cancel = std::move(cancel);
    m_lastFraction = -2;
    m_lastObject.clear();
    m_running = true;
    m_work = runInBackground(this, std::move(work), [this](const Outcome& outcome) {
                 m_running = false;
                 m_cancel = nullptr;
                 Q_EMIT finished(outcome.ok, outcome.message, outcome.path, outcome.details);
             });

}

void BackupRunner::backup(const ConnectionOptions& server, const BackupOptions& options)
{
    auto job = std::make_shared<BackupJob>(server, options);
    job->setPgBinDir(m_pgBinDir);
    job->setProgressHandler([this](double f, const QString& t) { reportProgress(f, t); });
    start(
        [job] {
            const BackupJob::Result r = job->run();
            return Outcome{r.ok, r.message, r.path, {}};
        },
        [job] { job->cancel(); });
}

void BackupRunner::restore(const ConnectionOptions& server, const RestoreJob::Options& options)
{
    auto job = std::make_shared<RestoreJob>(server, options);
    job->setPgBinDir(m_pgBinDir);
    job->setProgressHandler([this](double f, const QString& t) { reportProgress(f, t); });
    start(
        [job] {
            const RestoreJob::Result r = job->run();
            return Outcome{r.ok, r.message, {}, r.errors};
        },
        [job] { job->cancel(); });
}

void BackupRunner::verify(const QString& backupPath, bool full, const ConnectionOptions& server)
{
    auto verifier = std::make_shared<BackupVerifier>(backupPath);
    verifier->setPgBinDir(m_pgBinDir);
    start(
        [verifier, full, server, backupPath] {
            const BackupVerifier::Result r = full ? verifier->full(server) : verifier->quick();
            return Outcome{r.ok, r.message, backupPath, r.mismatches};
        },
        [verifier] { verifier->cancel(); });
}

void BackupRunner::cancel()
{
    if (m_cancel)
        m_cancel();
}

} // namespace sg
