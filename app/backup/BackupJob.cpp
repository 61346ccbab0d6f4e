// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupJob.h"

#include "BackgroundJob.h"
#include "PgTools.h"
#include "ProgramRun.h"

#include "db/Connection.h"
#include "db/SqlLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>


namespace sg {

namespace {

void removePath(const QString& path)
{
    if (QFileInfo(path).isDir())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

QString partialLockPath(const QString& partial)
{
    return partial + QStringLiteral(".lock");
}

} // namespace

BackupJob::BackupJob(ConnectionOptions connection, BackupOptions options)
    : m_connection(std::move(connection)), m_options(std::move(options))
{
}

QString BackupJob::programConninfo(const ConnectionOptions& options, QString* password)
{
    if (password)
        *password = options.value(QStringLiteral("password"));
    return options.withoutPassword().toConninfo();
}

QStringList BackupJob::removeStalePartials(const QString& directory)
{
    QStringList removed;
    const QDir dir(directory);
    for (const QString& name :
         dir.entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString partial = dir.filePath(name);
        QLockFile lock(partialLockPath(partial));
        lock.setStaleLockTime(0); // a holder is alive as long as its process is
        if (!lock.tryLock(0))
            continue; // a backup is writing it right now
        removePath(partial);
        removed << partial;
    }
    return removed;
}

BackupJob::Result BackupJob::fail(const QString& message, const QString& partial)
{
    if (!partial.isEmpty())
        removePath(partial);
    Result r;
    r.removedPartials = m_removedPartials;
    r.cancelled = m_cancel;
    r.message = m_cancel ? tr("Backup cancelled; nothing was kept.") : message;
    return r;
}

BackupJob::Result BackupJob::run()
{
    ConnectionOptions conn = m_connection;
    if (!m_options.database.isEmpty())
        conn.setValue(QStringLiteral("dbname"), m_options.database);
    conn.session.statementTimeoutMs = 0; // counting rows of big tables takes what it takes
    conn.session.readOnly = true;
    conn.session.applicationName = QStringLiteral("sightglass backup");
    if (const QString invalid = m_options.validate(); !invalid.isEmpty())
        return fail(invalid, {});
    if (!QFileInfo(m_options.directory).isDir() && !QDir().mkpath(m_options.directory))
        return fail(tr("Cannot create the folder %1.").arg(m_options.directory), {});

    Connection db;
    DbError e;
    if (!db.open(conn, &e))
        return fail(tr("Cannot connect to the database: %1").arg(e.userMessage()), {});
    const ResultSet info = db.execute(
        QStringLiteral("SELECT current_setting('server_version') AS v, current_database() AS db"), {}, &e);
    if (e.isError())
        return fail(e.userMessage(), {});
    const int serverMajor = db.serverVersion() / 10000;
    QString toolError;
    const PgTools::Program pgDump =
        PgTools::locate(QStringLiteral("pg_dump"), serverMajor, m_pgBinDir, &toolError);
    if (pgDump.path.isEmpty())
        return fail(toolError, {});

    // Weights for progress: each table's share of the data (schema-only: each counts the same).
    const ResultSet tables = db.execute(SqlLibrary::load(QStringLiteral("backup_tables")), {}, &e);
    if (e.isError())
        return fail(e.userMessage(), {});
    QHash<QString, double> weight;
    double total = 0;
    for (int r = 0; r < tables.rowCount(); ++r) {
        const double w =
            m_options.schemaOnly ? 1.0 : double(qMax<qint64>(8192, tables.value(r, 1).toLongLong()));
        weight.insert(tables.value(r, 0).toString(), w);
        total += w;
    }

    // One snapshot for pg_dump and the row counts.
    QString snapshot;
    const bool counting = m_options.exactRowCounts && !m_options.schemaOnly;
    if (counting) {
        db.execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {}, &e);
        if (e.isError())
            return fail(e.userMessage(), {});
        snapshot = db.execute(QStringLiteral("SELECT pg_export_snapshot()"), {}, &e).value(0, 0).toString();
        if (e.isError())
            return fail(e.userMessage(), {});
    }

    Result result;
    result.metadata.started = QDateTime::currentDateTimeUtc();
    m_removedPartials = removeStalePartials(m_options.directory);
    result.removedPartials = m_removedPartials;
    // Names carry the second; a second backup in the same second gets the next free number.
    QString name, finalPath, partial;
    for (int sequence = 1; sequence <= 99; ++sequence) {
        name = m_options.fileName(result.metadata.started, sequence);
        finalPath = QDir(m_options.directory).filePath(name);
        partial = finalPath + QStringLiteral(".partial");
        if (!QFileInfo::exists(finalPath) && !QFileInfo::exists(partial))
            break;
    }
    if (QFileInfo::exists(finalPath) || QFileInfo::exists(partial))
        return fail(tr("%1 already exists; not overwriting it.").arg(finalPath), {});
    // Held while pg_dump writes: it tells a later run that this .partial is not stale.
    QLockFile partialLock(partialLockPath(partial));
    partialLock.setStaleLockTime(0);
    if (!partialLock.tryLock(0))
        return fail(tr("Another backup is writing %1.").arg(partial), {});

    // Count rows on a second connection inside the same snapshot while pg_dump runs.
    QMap<QString, qint64> counts;
    QString countError;
    Connection counter;
    QFuture<void> countThread;
    if (counting) {
        if (!counter.open(conn, &e))
            return fail(tr("Cannot connect to count rows: %1").arg(e.userMessage()), {});
        countThread = QtConcurrent::run(&backgroundPool(), [&] {
            DbError ce;
            ResultSet rs;
            for (const QString& sql :
                 {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
                  QStringLiteral("SET TRANSACTION SNAPSHOT %1").arg(counter.escapeLiteral(snapshot)),
                  SqlLibrary::load(QStringLiteral("backup_row_counts"))}) {
                rs = counter.execute(sql, {}, &ce);
                if (ce.isError()) {
                    countError = ce.userMessage();
                    break;
                }
            }
            for (int r = 0; r < rs.rowCount(); ++r)
                counts.insert(rs.value(r, 0).toString(), rs.value(r, 1).toLongLong());
            counter.execute(QStringLiteral("ROLLBACK"), {}, nullptr);
        });
    }
    auto joinCounter = [&](bool stopCounting) {
        if (stopCounting && counting && !countThread.isFinished())
            counter.cancel();
        countThread.waitForFinished();
    };

    QString password;
    ProgramRun dump;
    dump.program = pgDump.path;
    dump.arguments = m_options.pgDumpArguments();
    dump.arguments << QStringLiteral("--verbose") << QStringLiteral("--file") << partial;
    if (!snapshot.isEmpty())
        dump.arguments << QStringLiteral("--snapshot=%1").arg(snapshot);
    dump.arguments << QStringLiteral("--dbname") << programConninfo(conn, &password);
    dump.environment = ProgramRun::clientEnvironment(password, QStringLiteral("sightglass backup"));
    dump.cancel = &m_cancel;

    static const QRegularExpression tableLine(QStringLiteral(R"re(dumping contents of table "(.*)"$)re"));
    QStringList errors;
    QSet<QString> dumped;
    double done = 0;
    dump.onErrorLine = [&](const QString& line) {
        if (const auto m = tableLine.match(line); m.hasMatch()) {
            const QString table = m.captured(1);
            if (!dumped.contains(table)) {
                dumped.insert(table);
                done += weight.value(table, 0);
            }
            if (m_progress)
                m_progress(total > 0 ? qMin(0.99, done / total) : 0.0, table);
        } else if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("detail:"))) {
            errors << line;
        }
    };
    const ProgramRun::Outcome outcome = dump.run();
    joinCounter(m_cancel || !outcome.ok);
    if (counting)
        db.execute(QStringLiteral("ROLLBACK"), {}, nullptr);
    if (m_cancel)
        return fail({}, partial);
    if (!outcome.ok) {
        const QString why = !errors.isEmpty() ? errors.join(QLatin1Char('\n'))
                            : !outcome.error.isEmpty()
                                ? outcome.error
                                : tr("pg_dump stopped (exit code %1).").arg(outcome.exitCode);
        return fail(tr("The backup failed; nothing was kept.\n%1").arg(why), partial);
    }
    if (counting && !countError.isEmpty())
        return fail(tr("pg_dump finished, but counting rows failed; nothing was kept.\n%1").arg(countError),
                    partial);

    if (m_progress)
        m_progress(0.99, tr("checksum"));
    QString hashError;
    BackupMetadata& meta = result.metadata;
    meta.sha256 = BackupMetadata::sha256Of(partial, &hashError, &m_cancel);
    if (meta.sha256.isEmpty())
        return fail(tr("Cannot checksum the backup; nothing was kept: %1").arg(hashError), partial);
    meta.finished = QDateTime::currentDateTimeUtc();
    meta.fileName = name;
    meta.database = info.value(0, 1).toString();
    meta.serverVersion = info.value(0, 0).toString();
    meta.pgDumpVersion = pgDump.version;
    meta.pgDumpPath = pgDump.path;
    meta.sizeBytes = BackupMetadata::sizeOf(partial);
    meta.options = m_options;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (dumped.contains(it.key()))
            meta.rowCounts.insert(it.key(), it.value());
    }
    const QString sidecar = BackupMetadata::sidecarPath(finalPath);
    QString writeError;
    if (!meta.write(sidecar, &writeError))
        return fail(tr("Cannot write the backup's record; nothing was kept: %1").arg(writeError), partial);
    if (!QFile::rename(partial, finalPath) && !QDir().rename(partial, finalPath)) {
        QFile::remove(sidecar);
        return fail(tr("Cannot rename %1 to %2; nothing was kept.").arg(partial, finalPath), partial);
    }
    if (m_progress)
        m_progress(1.0, {});
    result.ok = true;
    result.path = finalPath;
    result.message = tr("Backed up %1 to %2 (%3).")
                         .arg(meta.database, finalPath, QLocale().formattedDataSize(meta.sizeBytes));
    return result;
}

} // namespace sg
