// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MigrationScript.h"
#include "MigrationTracker.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace sg {

class Connection;

/// What happened to one statement in a rehearsal, an apply or a rollback.
struct StatementOutcome
{
    enum class State { Ok, Failed, NotRehearsable, Skipped };
    State state = State::Ok;
    QString version, file, label;
    int statement = 0, line = 1;
    qint64 ms = 0;
    QString error; ///< the server's message, with detail and hint
    QString note;  ///< what a statement that ran did to others meanwhile (rehearsal: the locks it kept)
    QString sqlState;

    static QString stateName(State s);
    QJsonObject toJson() const;
};

/// The outcome of a whole run.
struct MigrationRunResult
{
    bool ok = false;
    QString message;                    ///< one sentence for people
    QList<StatementOutcome> statements; ///< in the order they ran
    QStringList versions;               ///< applied or rolled back, in order
    QString failedVersion;
    QStringList invalidIndexes; ///< left behind by a failed CREATE INDEX CONCURRENTLY
    bool partial = false;       ///< a failed migration had already committed part of itself

    QJsonObject toJson() const;
};

/// Runs migration scripts on one connection, blocking; the wizard runs it on a worker thread.
/// Apply: each migration in its own transaction with a lock_timeout, statements that cannot run in one
/// alone and in order, the tracking row written in the same transaction, stop at the first error.
/// Rehearse: everything in one transaction that is rolled back, with short timeouts. All under an
/// advisory lock so two runs cannot interleave.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationRunner)
public:
    struct Options
    {
        QString schema = QStringLiteral("sightglass"); ///< where the tracking table lives
        int lockTimeoutMs = 5000;                      ///< apply: how long a statement may wait for a lock
        int statementTimeoutMs = 0;                    ///< apply: 0 = no limit
        int rehearseLockTimeoutMs = 2000;
        int rehearseStatementTimeoutMs = 60000;
    };
    using Progress = std::function<void(const StatementOutcome&, int done, int total)>;

    MigrationRunner(Connection& connection, const Options& options);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Checked between statements; a statement already sent is cancelled through the connection.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    MigrationRunResult rehearse(const QList<MigrationScript>& scripts);
    MigrationRunResult apply(const QList<MigrationScript>& scripts);
    /// \a scripts are rollback files, newest migration first; each removes its tracking row.
    MigrationRunResult rollback(const QList<MigrationScript>& scripts);

private:
    enum class Mode { Apply, Rollback };
    /// Takes the advisory lock and counts the statements; false (with the reason) if another run holds it.
    bool begin(const QList<MigrationScript>& scripts, MigrationRunResult* result);
    MigrationRunResult runForward(const QList<MigrationScript>& scripts, Mode mode);
    bool runScript(const MigrationScript& script, Mode mode, MigrationRunResult* result);
    bool exec(const QString& sql, DbError* error, const QList<QVariant>& params = {});
    bool runStatement(const MigrationScript& script, const ScriptStatement& st, MigrationRunResult* result,
                      const QString& noteIfOk = {});
    bool writeTracking(const MigrationScript& script, Mode mode, qint64 ms, bool success, DbError* error);
    QStringList invalidIndexes(const ScriptStatement& st);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Connection& m_connection;
    Options m_options;
    MigrationTracker m_tracker;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_done = 0, m_total = 0;
};

} // namespace sg
