// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreJob.h"

#include "BackupJob.h"
#include "BackupMetadata.h"
#include "PgTools.h"
#include "ProgramRun.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>

namespace sg {

namespace {

bool isPlain(const QString& path)
{
    if (const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(path), nullptr))
        return meta->options.format == BackupFormat::PlainGzip;
    return path.endsWith(QLatin1String(".sql.gz")) || path.endsWith(QLatin1String(".sql"));
}

} // namespace

RestoreJob::RestoreJob(ConnectionOptions server, Options options)
    : m_server(std::move(server)), m_options(std::move(options))
{
}

QString RestoreJob::validate(const Options& o)
{
    if (o.backupPath.trimmed().isEmpty())
        return tr("Choose the backup to restore.");
    if (!QFileInfo::exists(o.backupPath))
        return tr("The backup %1 does not exist.").arg(o.backupPath);
    if (o.newDatabase.isEmpty() == o.existingDatabase.isEmpty())
        return tr("Restore either into a new database or over an existing one.");
    if (!o.existingDatabase.isEmpty() && o.confirmedName != o.existingDatabase)
        return tr("Restoring over %1 replaces its objects: type its name to confirm.")
            .arg(o.existingDatabase);
    if (o.jobs < 1)
        return tr("Parallel jobs must be at least 1.");
    if (o.singleTransaction && o.jobs > 1)
        return tr("A single transaction cannot be shared by parallel jobs: choose one or the other.");
    if (isPlain(o.backupPath)) {
        if (!o.existingDatabase.isEmpty())
            return tr("A plain SQL backup has no DROP statements, so it restores only into a new database.");
        if (o.jobs > 1 || !o.onlyEntries.isEmpty())
            return tr("A plain SQL backup is restored whole by psql: no parallel jobs, no selection.");
    }
    return {};
}

QList<RestoreJob::TocEntry> RestoreJob::parseToc(const QString& listOutput)
{
    // "3349; 1259 16399 TABLE public pgbench_accounts sightglass": id; catalog oid, object oid,
    // then a type of one or more words, schema ("-" for none), name and owner.
    static const QRegularExpression re(QStringLiteral(R"(^(\d+);\s+\d+\s+\d+\s+(.+)$)"));
    static const QStringList types{QStringLiteral("TABLE DATA"),
                                   QStringLiteral("SEQUENCE SET"),
                                   QStringLiteral("SEQUENCE OWNED BY"),
                                   QStringLiteral("FK CONSTRAINT"),
                                   QStringLiteral("CHECK CONSTRAINT"),
                                   QStringLiteral("DEFAULT ACL"),
                                   QStringLiteral("MATERIALIZED VIEW DATA"),
                                   QStringLiteral("MATERIALIZED VIEW"),
                                   QStringLiteral("INDEX ATTACH"),
                                   QStringLiteral("LARGE OBJECT"),
                                   QStringLiteral("BLOB DATA"),
                                   QStringLiteral("BLOBS"),
                                   QStringLiteral("TABLE ATTACH"),
                                   QStringLiteral("EVENT TRIGGER"),
                                   QStringLiteral("FOREIGN TABLE"),
                                   QStringLiteral("TEXT SEARCH CONFIGURATION"),
                                   QStringLiteral("TEXT SEARCH DICTIONARY")};
    // Names are printed unquoted, so "TABLE Order Ref Mixed Case owner" is ambiguous: the schema is
    // the longest schema name (from the SCHEMA entries, plus public) the rest starts with.
    QList<TocEntry> out;
    QStringList schemas{QStringLiteral("public"), QStringLiteral("pg_catalog")};
    QList<QString> rests;
    for (const QString& line : listOutput.split(QLatin1Char('\n'))) {
        const auto m = re.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        TocEntry e;
        e.id = m.captured(1).toInt();
        e.line = line.trimmed();
        QString rest = m.captured(2);
        e.type = rest.section(QLatin1Char(' '), 0, 0);
        for (const QString& t : types) {
            if (rest.startsWith(t + QLatin1Char(' '))) {
                e.type = t;
                break;
            }
        }
        rest = rest.mid(e.type.size()).trimmed();
        // The owner is the last word; drop it.
        if (rest.contains(QLatin1Char(' ')))
            rest = rest.section(QLatin1Char(' '), 0, -2);
        if (e.type == QLatin1String("SCHEMA") && rest.startsWith(QLatin1String("- ")))
            schemas << rest.mid(2);
        out << e;
        rests << rest;
    }
    std::sort(schemas.begin(), schemas.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (int i = 0; i < out.size(); ++i) {
        TocEntry& e = out[i];
        const QString& rest = rests.at(i);
        e.schema = rest.section(QLatin1Char(' '), 0, 0);
        for (const QString& s : schemas) {
            if (rest.startsWith(s + QLatin1Char(' '))) {
                e.schema = s;
                break;
            }
        }
        e.name = rest.mid(e.schema.size()).trimmed();
    }
    return out;
}

QList<RestoreJob::TocEntry> RestoreJob::readToc(const QString& backupPath, const QString& pgRestorePath,
                                                QString* error)
{
    if (isPlain(backupPath)) {
        if (error)
            *error = tr("A plain SQL backup has no table of contents.");
        return {};
    }
    ProgramRun list;
    list.program = pgRestorePath;
    list.arguments = {QStringLiteral("--list"), backupPath};
    list.environment = ProgramRun::clientEnvironment({}, QStringLiteral("sightglass restore"));
    QStringList lines;
    list.onErrorLine = [&](const QString& l) { lines << l; };
    const ProgramRun::Outcome o = list.run();
    if (!o.ok) {
        if (error)
            *error = tr("%1 cannot be read as an archive: %2")
                         .arg(backupPath, lines.isEmpty() ? o.error : lines.join(QLatin1Char('\n')));
        return {};
    }
    return parseToc(QString::fromUtf8(o.standardOutput));
}

RestoreJob::Result RestoreJob::fail(const QString& message, QStringList errors)
{
    Result r;
    r.cancelled = m_cancel;
    r.message = m_cancel ? tr("Restore cancelled.") + QLatin1Char(' ') + message : message;
    r.errors = std::move(errors);
    return r;
}

RestoreJob::Result RestoreJob::failBefore(const QString& message)
{
    Result r = fail(message);
    r.beforeRestoring = true;
    return r;
}

QString RestoreJob::checkAgainstRecord()
{
    const QString sidecar = BackupMetadata::sidecarPath(m_options.backupPath);
    if (!QFileInfo::exists(sidecar))
        return {}; // a backup made by pg_dump itself: there is nothing to compare with
    QString error;
    const auto meta = BackupMetadata::read(sidecar, &error);
    if (!meta)
        return tr("The backup's record cannot be read (%1), so its checksum cannot be checked. Restore "
                  "refused; choose to ignore the checksum to restore anyway.")
            .arg(error);
    if (m_progress)
        m_progress(-1.0, tr("checksum"));
    const QString sha = BackupMetadata::sha256Of(m_options.backupPath, &error, &m_cancel);
    if (sha.isEmpty())
        return error;
    if (sha != meta->sha256)
        return tr("The backup does not match its record: it was changed or damaged after it was written "
                  "(SHA-256 %1, recorded %2). Restore refused; choose to ignore the checksum to restore "
                  "anyway.")
            .arg(sha, meta->sha256);
    return {};
}

RestoreJob::Result RestoreJob::run()
{
    if (const QString invalid = validate(m_options); !invalid.isEmpty())
        return failBefore(invalid);
    if (!m_options.ignoreChecksum) {
        if (const QString refused = checkAgainstRecord(); !refused.isEmpty()) {
            Result r = failBefore(refused);
            r.checksumRefused = !m_cancel;
            return r;
        }
    }
    const bool plain = isPlain(m_options.backupPath);
    ConnectionOptions admin = m_server;
    admin.session.statementTimeoutMs = 0;
    admin.session.readOnly = false;
    admin.session.applicationName = QStringLiteral("sightglass restore");
    Connection db;
    DbError e;
    if (!db.open(admin, &e))
        return failBefore(tr("Cannot connect to the server: %1").arg(e.userMessage()));
    QString toolError;
    const QString toolName = plain ? QStringLiteral("psql") : QStringLiteral("pg_restore");
    // The tool reads the archive, so it must be at least as new as the pg_dump that wrote it (the
    // record says which; without one, the newest installed); it restores into any newer server.
    const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(m_options.backupPath), nullptr);
    const int archiveMajor = meta ? meta->pgDumpVersion.section(QLatin1Char('.'), 0, 0).toInt() : 0;
    const PgTools::Program tool = PgTools::locate(toolName, archiveMajor, m_pgBinDir, &toolError);
    if (tool.path.isEmpty())
        return failBefore(toolError);

    QList<TocEntry> toc;
    if (!plain) {
        toc = readToc(m_options.backupPath, tool.path, &toolError);
        if (toc.isEmpty())
            return fail(toolError.isEmpty() ? tr("The archive is empty.") : toolError);
    }

    const QString target =
        m_options.newDatabase.isEmpty() ? m_options.existingDatabase : m_options.newDatabase;
    if (!m_options.newDatabase.isEmpty()) {
        const ResultSet rs =
            db.execute(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {target}, &e);
        if (e.isError())
            return failBefore(e.userMessage());
        if (rs.rowCount() > 0)
            return failBefore(tr("A database named %1 already exists: choose another name, or restore over it.")
                            .arg(target));
        db.execute(QStringLiteral("CREATE DATABASE %1").arg(db.escapeIdentifier(target)), {}, &e);
        if (e.isError())
            return failBefore(tr("Cannot create the database %1: %2").arg(target, e.userMessage()));
    }

    ConnectionOptions targetOptions = m_server;
    targetOptions.setValue(QStringLiteral("dbname"), target);
    QString password;
    const QString conninfo = BackupJob::programConninfo(targetOptions, &password);
    ProgramRun restore;
    restore.program = tool.path;
    restore.environment = ProgramRun::clientEnvironment(password, QStringLiteral("sightglass restore"));
    restore.cancel = &m_cancel;
    QTemporaryFile useList;
    if (plain) {
        restore.feederProgram = QStringLiteral("gzip");
        restore.feederArguments = {QStringLiteral("-dc"), m_options.backupPath};
        restore.arguments = {QStringLiteral("-X"),       QStringLiteral("-q"),
                             QStringLiteral("-v"),       QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("--dbname"), conninfo};
        if (m_options.singleTransaction)
            restore.arguments << QStringLiteral("--single-transaction");
    } else {
        restore.arguments = {QStringLiteral("--verbose"), QStringLiteral("--dbname"), conninfo};
        if (!m_options.existingDatabase.isEmpty())
            restore.arguments << QStringLiteral("--clean") << QStringLiteral("--if-exists");
        if (m_options.singleTransaction)
            restore.arguments << QStringLiteral("--single-transaction");
        if (m_options.jobs > 1)
            restore.arguments << QStringLiteral("--jobs=%1").arg(m_options.jobs);
        if (m_options.noOwner)
            restore.arguments << QStringLiteral("--no-owner");
        if (!m_options.onlyEntries.isEmpty()) {
            // pg_restore's own list format: entries not chosen are commented out with ';'.
            if (!useList.open())
                return failBefore(tr("Cannot write the list of objects to restore: %1").arg(useList.errorString()));
            for (const TocEntry& t : toc)
                useList.write(((m_options.onlyEntries.contains(t.id) ? QString() : QStringLiteral("; ")) +
                               t.line + QLatin1Char('\n'))
                                  .toUtf8());
            useList.flush();
            restore.arguments << QStringLiteral("--use-list=%1").arg(useList.fileName());
        }
        restore.arguments << m_options.backupPath;
    }

    const int total = m_options.onlyEntries.isEmpty() ? int(toc.size()) : int(m_options.onlyEntries.size());
    int done = 0;
    QStringList errors;
    static const QRegularExpression step(
        QStringLiteral(R"(^pg_restore: (?:creating|processing data for table|launching item) (.*)$)"));
    restore.onErrorLine = [&](const QString& line) {
        if (const auto m = step.match(line); m.hasMatch()) {
            ++done;
            if (m_progress)
                m_progress(total > 0 ? qMin(0.99, double(done) / total) : -1.0, m.captured(1));
        } else if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("ERROR:")) ||
                   line.contains(QLatin1String("from TOC entry")) ||
                   line.startsWith(QLatin1String("Command was:")) || line.contains(QLatin1String("FATAL:"))) {
            errors << line;
        }
    };
    if (m_progress)
        m_progress(plain ? -1.0 : 0.0, {});
    const ProgramRun::Outcome o = restore.run();
    if (o.cancelled)
        return fail(tr("What was restored so far stays in %1.").arg(target));
    if (!o.ok || !errors.isEmpty()) {
        if (errors.isEmpty())
            errors << o.error;
        // Lead with the error itself and the object it hit ("from TOC entry 215; … TABLE orders").
        QString first = errors.first(), where;
        for (const QString& line : std::as_const(errors)) {
            if (where.isEmpty() && line.contains(QLatin1String("from TOC entry")))
                where = line.section(QLatin1String("from "), 1);
            if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("ERROR:"))) {
                first = line;
                break;
            }
        }
        return fail(
            tr("The restore into %1 failed%2: %3. What was restored so far stays there for inspection.")
                .arg(target, where.isEmpty() ? QString() : tr(" at %1").arg(where), first),
            errors);
    }
    if (m_progress)
        m_progress(1.0, {});
    Result r;
    r.ok = true;
    r.message = tr("Restored %1 into %2.").arg(QFileInfo(m_options.backupPath).fileName(), target);
    return r;
}

} // namespace sg
