// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationRunner.h"

#include "MigrationLinter.h"

#include "db/Connection.h"
#include "db/Durations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace sg {

namespace {

// The signature of QObject::tr, so that lupdate sees the plural forms of calls with a count.
/// A lock a rehearsal keeps until its ROLLBACK, from the statement that first took it.
struct KeptLock
{
    QString object;
    LockMode mode = LockMode::None;
    qint64 since = 0; ///< ms into the rehearsal
};

/// The locks of a statement that stop other sessions' writes (SHARE and stronger) on objects
/// that existed before the rehearsal: a table it created itself is seen by no one else.
QList<TableLock> writeBlockingLocks(const StatementInfo& info, const QStringList& created)
{
    QList<TableLock> out;
    for (const TableLock& l : info.locks)
        if (l.mode >= LockMode::Share && !created.contains(l.displayName()))
            out << l;
    return out;
}

QString keptLocksNote(const QList<TableLock>& locks)
{
    QStringList parts;
    for (const TableLock& l : locks)
        parts << QCoreApplication::translate("sg::MigrationRunner", "%1 on %2 (%3)")
                     .arg(lockmode::sqlName(l.mode), l.displayName(), lockmode::blocks(l.mode));
    if (parts.isEmpty())
        return {};
    // Named explicitly: lupdate would file the helper tr() of a free function under "sg".
    return QCoreApplication::translate("sg::MigrationRunner", "Holds %1 until the rehearsal rolls back.")
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace

QString StatementOutcome::stateName(State s)
{
    switch (s) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotRehearsable:
        return QStringLiteral("not_rehearsable");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject StatementOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("file"), file},
                  {QStringLiteral("statement"), statement},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("ms"), ms}};
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("sqlstate"), sqlState);
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject MigrationRunResult::toJson() const
{
    QJsonArray st;
    for (const StatementOutcome& s : statements)
        st.append(s.toJson());
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("message"), message},
            {QStringLiteral("versions"), QJsonArray::fromStringList(versions)},
            {QStringLiteral("failed_version"), failedVersion},
            {QStringLiteral("partial"), partial},
            {QStringLiteral("invalid_indexes"), QJsonArray::fromStringList(invalidIndexes)},
            {QStringLiteral("statements"), st}};
}

MigrationRunner::MigrationRunner(Connection& connection, const Options& options)
    : m_connection(connection), m_options(options), m_tracker(options.schema)
{
}

bool MigrationRunner::exec(const QString& sql, DbError* error, const QList<QVariant>& params)
{
    m_connection.execute(sql, params, error);
    return !error->isError();
}

bool MigrationRunner::runStatement(const MigrationScript& script, const ScriptStatement& st,
                                   MigrationRunResult* result, const QString& noteIfOk)
{
    StatementOutcome o;
    o.version = script.migration.version;
    o.file = QFileInfo(script.path).fileName();
    o.label = st.info.label;
    o.statement = st.index;
    o.line = st.line;
    DbError e;
    if (cancelled()) {
        e.kind = DbError::Kind::Cancelled;
        e.message = tr("cancelled before this statement");
    } else {
        DbRequest r;
        r.sql = st.info.text;
        r.copyData = st.copyData;
        r.hasCopyData = st.hasCopyData;
        QElapsedTimer clock;
        clock.start();
        m_connection.execute(r, &e);
        o.ms = clock.elapsed();
    }
    if (e.isError()) {
        o.state = StatementOutcome::State::Failed;
        o.error = e.userMessage();
        o.sqlState = e.sqlState;
    } else {
        o.note = noteIfOk;
    }
    result->statements << o;
    if (m_progress)
        m_progress(o, ++m_done, m_total);
    return !e.isError();
}

bool MigrationRunner::writeTracking(const MigrationScript& script, Mode mode, qint64 ms, bool success,
                                    DbError* error)
{
    if (!exec(m_tracker.createSql(), error))
        return false;
    const Migration& m = script.migration;
    if (mode == Mode::Rollback && success)
        return exec(m_tracker.deleteSql(), error, {m.version});
    return exec(m_tracker.recordSql(), error,
                {m.version, m.description, m.fileName(), m.checksum, ms, success, script.isTransactional()});
}

QStringList MigrationRunner::invalidIndexes(const ScriptStatement& st)
{
    QStringList out;
    if (st.info.locks.isEmpty() ||
        (st.info.nodeType != QLatin1String("IndexStmt") && st.info.nodeType != QLatin1String("ReindexStmt")))
        return out;
    DbError e;
    const ResultSet rs = m_connection.execute(
        QStringLiteral(
            "SELECT indexrelid::regclass::text FROM pg_index "
            "WHERE indrelid = coalesce((SELECT indrelid FROM pg_index WHERE indexrelid = to_regclass($1)), "
            "to_regclass($1)) AND NOT indisvalid"),
        {MigrationLinter::qualified(st.info.locks.first())}, &e);
    for (int i = 0; i < rs.rowCount(); ++i)
        out << rs.value(i, 0).toString();
    return out;
}

bool MigrationRunner::runScript(const MigrationScript& script, Mode mode, MigrationRunResult* result)
{
    const QString version = script.migration.version;
    auto fail = [&](const QString& why) {
        result->failedVersion = version;
        result->message = why;
        return false;
    };
    if (!script.error.isEmpty())
        return fail(tr("%1: %2").arg(QFileInfo(script.path).fileName(), script.error));
    QElapsedTimer clock;
    clock.start();
    DbError e;
    if (script.isTransactional()) {
        if (!exec(QStringLiteral("BEGIN"), &e))
            return fail(e.userMessage());
        for (const ScriptStatement& st : script.statements) {
            if (!runStatement(script, st, result)) {
                exec(QStringLiteral("ROLLBACK"), &e);
                return fail(tr("Version %1 failed at line %2 and was rolled back: %3")
                                .arg(version)
                                .arg(st.line)
                                .arg(result->statements.last().error));
            }
        }
        if (!writeTracking(script, mode, clock.elapsed(), true, &e) || !exec(QStringLiteral("COMMIT"), &e)) {
            DbError ignored;
            exec(QStringLiteral("ROLLBACK"), &ignored);
            return fail(tr("Version %1 could not be committed, nothing of it stays: %2")
                            .arg(version, e.userMessage()));
        }
        result->versions << version;
        return true;
    }

    // Statements that cannot run in a transaction run alone; the ones between them share one.
    bool inTransaction = false, committed = false;
    for (const ScriptStatement& st : script.statements) {
        if (st.info.transactional && !inTransaction) {
            if (!exec(QStringLiteral("BEGIN"), &e))
                return fail(e.userMessage());
            inTransaction = true;
        } else if (!st.info.transactional && inTransaction) {
            if (!exec(QStringLiteral("COMMIT"), &e))
                return fail(e.userMessage());
            inTransaction = false;
            committed = true;
        }
        if (!runStatement(script, st, result)) {
            if (inTransaction)
                exec(QStringLiteral("ROLLBACK"), &e);
            result->invalidIndexes = invalidIndexes(st);
            const QString error = result->statements.last().error;
            result->failedVersion = version;
            if (committed || !result->invalidIndexes.isEmpty()) {
                // Part of it stays: the tracking row says so, and the status view says what to do.
                result->partial = true;
                DbError ignored;
                if (exec(QStringLiteral("BEGIN"), &ignored)) {
                    writeTracking(script, mode, clock.elapsed(), false, &ignored);
                    exec(QStringLiteral("COMMIT"), &ignored);
                }
            }
            QString message = tr("Version %1 failed at line %2: %3").arg(version).arg(st.line).arg(error);
            if (committed)
                message +=
                    QLatin1Char(' ') + tr("Statements before it ran outside a transaction and stay applied; "
                                          "the migration is marked failed.");
            if (!result->invalidIndexes.isEmpty())
                message += QLatin1Char(' ') +
                           tr("It left the INVALID index %1: drop it with DROP INDEX CONCURRENTLY "
                              "before trying again.")
                               .arg(result->invalidIndexes.join(QStringLiteral(", ")));
            result->message = message;
            return false;
        }
        if (!st.info.transactional)
            committed = true;
    }
    if (!inTransaction && !exec(QStringLiteral("BEGIN"), &e))
        return fail(e.userMessage());
    if (!writeTracking(script, mode, clock.elapsed(), true, &e) || !exec(QStringLiteral("COMMIT"), &e)) {
        DbError ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
        return fail(tr("Version %1 ran, but its tracking row could not be written: %2")
                        .arg(version, e.userMessage()));
    }
    result->versions << version;
    return true;
}

bool MigrationRunner::begin(const QList<MigrationScript>& scripts, MigrationRunResult* result)
{
    DbError e;
    if (!m_tracker.tryLock(m_connection, &e)) {
        result->message = e.userMessage();
        return false;
    }
    m_done = m_total = 0;
    for (const MigrationScript& s : scripts)
        m_total += int(s.statements.size());
    return true;
}

MigrationRunResult MigrationRunner::runForward(const QList<MigrationScript>& scripts, Mode mode)
{
    MigrationRunResult result;
    DbError e;
    if (!begin(scripts, &result))
        return result;
    QString settings = QStringLiteral("SET lock_timeout = %1; SET statement_timeout = %2")
                           .arg(m_options.lockTimeoutMs)
                           .arg(m_options.statementTimeoutMs);
    bool ok = exec(settings, &e);
    if (!ok)
        result.message = e.userMessage();
    for (const MigrationScript& s : scripts) {
        if (!ok || !runScript(s, mode, &result)) {
            ok = false;
            break;
        }
    }
    m_tracker.unlock(m_connection);
    result.ok = ok;
    if (ok) {
        result.message = mode == Mode::Apply
                             ? tr("Applied %n migration(s).", nullptr, int(result.versions.size()))
                             : tr("Rolled back %n migration(s).", nullptr, int(result.versions.size()));
    }
    return result;
}

MigrationRunResult MigrationRunner::apply(const QList<MigrationScript>& scripts)
{
    return runForward(scripts, Mode::Apply);
}

MigrationRunResult MigrationRunner::rollback(const QList<MigrationScript>& scripts)
{
    return runForward(scripts, Mode::Rollback);
}

MigrationRunResult MigrationRunner::rehearse(const QList<MigrationScript>& scripts)
{
    MigrationRunResult result;
    DbError e;
    if (!begin(scripts, &result))
        return result;
    const QString limits = QStringLiteral("SET LOCAL lock_timeout = %1; SET LOCAL statement_timeout = %2")
                               .arg(m_options.rehearseLockTimeoutMs)
                               .arg(m_options.rehearseStatementTimeoutMs);
    bool ok = exec(QStringLiteral("BEGIN; ") + limits, &e);
    if (!ok)
        result.message = e.userMessage();
    // Every lock a statement takes is kept until the final ROLLBACK, so a CREATE INDEX early in
    // a long rehearsal blocks writes to its table for the rest of it: each such statement says so,
    // and the result says for how long.
    QElapsedTimer clock;
    clock.start();
    QList<KeptLock> kept;
    QStringList created;
    int skipped = 0, ran = 0;
    for (const MigrationScript& s : scripts) {
        if (!ok)
            break;
        if (!s.error.isEmpty()) {
            ok = false;
            result.failedVersion = s.migration.version;
            result.message = tr("%1: %2").arg(QFileInfo(s.path).fileName(), s.error);
            break;
        }
        for (const ScriptStatement& st : s.statements) {
            if (!st.info.transactional || st.info.transactionControl) {
                StatementOutcome o;
                o.state = st.info.transactionControl ? StatementOutcome::State::Skipped
                                                     : StatementOutcome::State::NotRehearsable;
                o.version = s.migration.version;
                o.file = QFileInfo(s.path).fileName();
                o.label = st.info.label;
                o.statement = st.index;
                o.line = st.line;
                o.error = st.info.transactionControl
                              ? tr("transaction control is not rehearsed")
                              : tr("cannot run inside a transaction, so it cannot be rehearsed");
                result.statements << o;
                if (m_progress)
                    m_progress(o, ++m_done, m_total);
                ++skipped;
                continue;
            }
            // The rehearsal's own limits before every statement: a file's `SET lock_timeout =
            // '30s'` (right for applying) must not let a rehearsal hold a lock queue that long.
            if (!exec(limits, &e)) {
                ok = false;
                result.message = e.userMessage();
                break;
            }
            const qint64 startedAt = clock.elapsed();
            const QList<TableLock> blocking = writeBlockingLocks(st.info, created);
            if (!runStatement(s, st, &result, keptLocksNote(blocking))) {
                ok = false;
                result.failedVersion = s.migration.version;
                result.message = tr("Version %1 would fail at line %2: %3")
                                     .arg(s.migration.version)
                                     .arg(st.line)
                                     .arg(result.statements.last().error);
                break;
            }
            ++ran;
            if (!st.info.createdTable.isEmpty())
                created << st.info.createdTable;
            for (const TableLock& l : blocking) {
                const auto same = std::find_if(kept.begin(), kept.end(), [&](const KeptLock& k) {
                    return k.object == l.displayName();
                });
                if (same == kept.end())
                    kept.append({l.displayName(), l.mode, startedAt});
                else
                    same->mode = std::max(same->mode, l.mode);
            }
        }
        if (ok)
            result.versions << s.migration.version;
    }
    DbError ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
    const qint64 rolledBackAt = clock.elapsed();
    m_tracker.unlock(m_connection);
    result.ok = ok;
    if (ok) {
        result.message = tr("Rehearsal passed: %1 statement(s) ran and were rolled back.").arg(ran);
        if (skipped > 0)
            result.message += QLatin1Char(' ') + tr("%1 could not be rehearsed (see the list).").arg(skipped);
    }
    QStringList held;
    for (const KeptLock& k : kept)
        held << tr("%1 on %2 for %3")
                    .arg(lockmode::sqlName(k.mode), k.object,
                         durationText(double(rolledBackAt - k.since) / 1000.0));
    if (!held.isEmpty())
        result.message += QLatin1Char(' ') +
                          tr("The rehearsal blocked writes while it held %1.").arg(held.join(QStringLiteral(", ")));
    return result;
}

} // namespace sg
