// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/BackupVerifier.h"
#include "backup/RestoreJob.h"
#include "cli/StopSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sg::cli {

namespace {

const QCommandLineOption
    kConnect({QStringLiteral("c"), QStringLiteral("connect")},
             QStringLiteral("server (URI or key=value; PG* variables and ~/.pgpass apply)"),
             QStringLiteral("conninfo"));
const QCommandLineOption kPgBin(QStringLiteral("pg-bin"),
                                QStringLiteral("folder of the PostgreSQL client programs"),
                                QStringLiteral("dir"));

struct Parsed
{
    QCommandLineParser parser;
    int rc = -1; ///< set when parsing already decided the outcome (help, usage error)
};

/// Parses \a args for "sightglass <name>"; on --help or a bad option prints and sets rc.
void parse(Parsed& p, const QString& name, const QStringList& args, QTextStream& out, QTextStream& err)
{
    p.parser.addHelpOption();
    if (!p.parser.parse(QStringList{QStringLiteral("sightglass ") + name} + args)) {
        err << "sightglass " << name << ": " << p.parser.errorText() << "\n\n" << p.parser.helpText();
        p.rc = Usage;
    } else if (p.parser.isSet(QStringLiteral("help"))) {
        out << p.parser.helpText();
        p.rc = Ok;
    }
}

int usage(const Parsed& p, const QString& name, const QString& message, QTextStream& err)
{
    err << "sightglass " << name << ": " << message << "\n\n" << p.parser.helpText();
    return Usage;
}

bool connection(const Parsed& p, ConnectionOptions* options, QString* error)
{
    DbError e;
    *options = ConnectionOptions::parse(p.parser.value(kConnect), &e);
    if (!options->isValid())
        *error = e.userMessage();
    return options->isValid();
}

int runBackup(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Parsed p;
    p.parser.setApplicationDescription(
        tr("Back up a database with pg_dump, record it (checksum, row counts) and "
           "prune the folder by its retention policy."));
    const QCommandLineOption dir(QStringLiteral("dir"), tr("destination folder"), QStringLiteral("dir"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("daily, weekly or manual (default)"),
                                  QStringLiteral("kind"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("custom (default), directory, plain (gzip) or tar"),
                                    QStringLiteral("format"));
    const QCommandLineOption compress(QStringLiteral("compress"), tr("compression level 0-9"),
                                      QStringLiteral("level"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("parallel jobs (directory format)"),
                                  QStringLiteral("n"));
    const QCommandLineOption schema(QStringLiteral("schema"), tr("only this schema (repeatable)"),
                                    QStringLiteral("pattern"));
    const QCommandLineOption excludeSchema(QStringLiteral("exclude-schema"),
                                           tr("not this schema (repeatable)"), QStringLiteral("pattern"));
    const QCommandLineOption table(QStringLiteral("table"), tr("only this table (repeatable)"),
                                   QStringLiteral("pattern"));
    const QCommandLineOption excludeTable(QStringLiteral("exclude-table"), tr("not this table (repeatable)"),
                                          QStringLiteral("pattern"));
    const QCommandLineOption schemaOnly(QStringLiteral("schema-only"), tr("no data"));
    const QCommandLineOption dataOnly(QStringLiteral("data-only"), tr("no schema"));
    const QCommandLineOption noOwner(QStringLiteral("no-owner"), tr("no ownership commands"));
    const QCommandLineOption noPrivileges(QStringLiteral("no-privileges"), tr("no GRANT/REVOKE"));
    const QCommandLineOption noRowCounts(QStringLiteral("no-row-counts"),
                                         tr("do not count rows (a full verify then cannot compare counts)"));
    const QCommandLineOption noPrune(QStringLiteral("no-prune"), tr("do not prune the folder afterwards"));
    p.parser.addOptions({kConnect, dir, kind, format, compress, jobs, schema, excludeSchema, table,
                         excludeTable, schemaOnly, dataOnly, noOwner, noPrivileges, noRowCounts, noPrune,
                         kPgBin});
    parse(p, QStringLiteral("backup run"), args, out, err);
    if (p.rc >= 0)
        return p.rc;
    const QString name = QStringLiteral("backup run");
    ConnectionOptions conn;
    QString error;
    if (!p.parser.isSet(kConnect) || !p.parser.isSet(dir))
        return usage(p, name, tr("--connect and --dir are required"), err);
    if (!connection(p, &conn, &error))
        return usage(p, name, error, err);
    BackupOptions o;
    o.database = conn.value(QStringLiteral("dbname"));
    if (o.database.isEmpty())
        o.database = conn.value(QStringLiteral("user"));
    if (o.database.isEmpty())
        o.database = qEnvironmentVariable("PGDATABASE", qEnvironmentVariable("USER"));
    o.directory = p.parser.value(dir);
    if (p.parser.isSet(kind)) {
        const auto k = BackupOptions::parseKind(p.parser.value(kind));
        if (!k)
            return usage(p, name, tr("--kind takes daily, weekly or manual"), err);
        o.kind = *k;
    }
    if (p.parser.isSet(format)) {
        const auto f = BackupOptions::parseFormat(p.parser.value(format));
        if (!f)
            return usage(p, name, tr("--format takes custom, directory, plain or tar"), err);
        o.format = *f;
    }
    bool ok = true;
    if (p.parser.isSet(compress))
        o.compression = p.parser.value(compress).toInt(&ok);
    if (ok && p.parser.isSet(jobs))
        o.jobs = p.parser.value(jobs).toInt(&ok);
    if (!ok)
        return usage(p, name, tr("--compress and --jobs take numbers"), err);
    o.includeSchemas = p.parser.values(schema);
    o.excludeSchemas = p.parser.values(excludeSchema);
    o.includeTables = p.parser.values(table);
    o.excludeTables = p.parser.values(excludeTable);
    o.schemaOnly = p.parser.isSet(schemaOnly);
    o.dataOnly = p.parser.isSet(dataOnly);
    o.noOwner = p.parser.isSet(noOwner);
    o.noPrivileges = p.parser.isSet(noPrivileges);
    o.exactRowCounts = !p.parser.isSet(noRowCounts);
    if (const QString invalid = o.validate(); !invalid.isEmpty())
        return usage(p, name, invalid, err);

    BackupJob job(conn, o);
    job.setPgBinDir(p.parser.value(kPgBin));
    BackupJob::Result r;
    {
        // cron and systemd stop a job with SIGTERM: pg_dump is stopped and its file removed.
        StopSignals stop([&job] { job.cancel(); });
        r = job.run();
        if (stop.received()) {
            err << "sightglass backup: " << tr("stopped by signal %1; pg_dump was stopped and nothing was kept.")
                                               .arg(stop.received())
                << "\n";
            return stop.exitCode();
        }
    }
    for (const QString& partial : r.removedPartials)
        err << "sightglass backup: " << tr("removed %1, left by an interrupted backup").arg(partial) << "\n";
    if (!r.ok) {
        err << "sightglass backup: " << r.message << "\n";
        return Failure;
    }
    out << r.message << "\n";
    // A new backup counts toward the policy only once it reads back.
    BackupVerifier verifier(r.path);
    verifier.setPgBinDir(p.parser.value(kPgBin));
    const BackupVerifier::Result v = verifier.quick();
    if (!v.ok) {
        err << "sightglass backup: the new backup does not verify, so nothing was pruned: " << v.message
            << "\n";
        return Failure;
    }
    out << tr("Verified: %1").arg(v.message) << "\n";
    if (p.parser.isSet(noPrune))
        return Ok;
    QList<BackupCatalog::Entry> entries = BackupCatalog::list(o.directory);
    BackupCatalog::applyPolicy(entries, RetentionPolicy::load(o.directory));
    QStringList errors;
    for (const QString& gone : BackupCatalog::prune(entries, &errors))
        out << tr("Pruned %1").arg(gone) << "\n";
    for (const QString& e : errors)
        err << "sightglass backup: " << e << "\n";
    return errors.isEmpty() ? Ok : Failure;
}

int runPrune(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Parsed p;
    p.parser.setApplicationDescription(tr("Delete the backups the folder's retention policy no longer keeps "
                                          "(manual backups never)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("only say what would be deleted"));
    const QCommandLineOption keepDaily(QStringLiteral("keep-daily"),
                                       tr("daily backups to keep (saved as the folder's policy)"),
                                       QStringLiteral("n"));
    const QCommandLineOption keepWeekly(QStringLiteral("keep-weekly"),
                                        tr("weekly backups to keep (saved as the folder's policy)"),
                                        QStringLiteral("n"));
    p.parser.addOptions({dryRun, keepDaily, keepWeekly});
    p.parser.addPositionalArgument(QStringLiteral("dir"), tr("backup folder"));
    parse(p, QStringLiteral("backup prune"), args, out, err);
    if (p.rc >= 0)
        return p.rc;
    if (p.parser.positionalArguments().size() != 1)
        return usage(p, QStringLiteral("backup prune"), tr("give one backup folder"), err);
    const QString dir = p.parser.positionalArguments().first();
    if (!QFileInfo(dir).isDir()) {
        err << "sightglass backup prune: " << tr("%1 is not a folder").arg(dir) << "\n";
        return Failure;
    }
    RetentionPolicy policy = RetentionPolicy::load(dir);
    if (p.parser.isSet(keepDaily) || p.parser.isSet(keepWeekly)) {
        bool ok1 = true, ok2 = true;
        if (p.parser.isSet(keepDaily))
            policy.keepDaily = p.parser.value(keepDaily).toInt(&ok1);
        if (p.parser.isSet(keepWeekly))
            policy.keepWeekly = p.parser.value(keepWeekly).toInt(&ok2);
        if (!ok1 || !ok2 || policy.keepDaily < 0 || policy.keepWeekly < 0)
            return usage(p, QStringLiteral("backup prune"), tr("--keep-daily and --keep-weekly take counts"),
                         err);
        QString error;
        if (!p.parser.isSet(dryRun) && !policy.save(dir, &error)) {
            err << "sightglass backup prune: " << error << "\n";
            return Failure;
        }
    }
    QList<BackupCatalog::Entry> entries = BackupCatalog::list(dir);
    BackupCatalog::applyPolicy(entries, policy);
    if (p.parser.isSet(dryRun)) {
        int n = 0;
        for (const auto& e : entries) {
            if (!e.keep) {
                out << tr("would delete %1 (%2)").arg(e.path, e.reason) << "\n";
                ++n;
            }
        }
        if (n == 0)
            out << tr("nothing to delete") << "\n";
        return Ok;
    }
    QStringList errors;
    for (const QString& gone : BackupCatalog::prune(entries, &errors))
        out << tr("deleted %1").arg(gone) << "\n";
    for (const QString& e : errors)
        err << "sightglass backup prune: " << e << "\n";
    return errors.isEmpty() ? Ok : Failure;
}

int runVerify(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Parsed p;
    p.parser.setApplicationDescription(
        tr("Check a backup: checksum and archive (quick), or restore it into a "
           "scratch database and compare row counts (--full)."));
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("restore into a scratch database (needs --connect)"));
    p.parser.addOptions({full, kConnect, kPgBin});
    p.parser.addPositionalArgument(QStringLiteral("file"), tr("the backup"));
    parse(p, QStringLiteral("backup verify"), args, out, err);
    if (p.rc >= 0)
        return p.rc;
    const QString name = QStringLiteral("backup verify");
    if (p.parser.positionalArguments().size() != 1)
        return usage(p, name, tr("give one backup"), err);
    BackupVerifier v(p.parser.positionalArguments().first());
    v.setPgBinDir(p.parser.value(kPgBin));
    BackupVerifier::Result r;
    ConnectionOptions conn;
    if (p.parser.isSet(full)) {
        QString error;
        if (!p.parser.isSet(kConnect))
            return usage(p, name, tr("--full needs --connect"), err);
        if (!connection(p, &conn, &error))
            return usage(p, name, error, err);
    }
    {
        StopSignals stop([&v] { v.cancel(); });
        r = p.parser.isSet(full) ? v.full(conn) : v.quick();
        if (stop.received()) {
            err << "sightglass backup verify: " << r.message << "\n";
            return stop.exitCode();
        }
    }
    (r.ok ? out : err) << (r.ok ? QString() : QStringLiteral("sightglass backup verify: ")) << r.message
                       << "\n";
    for (const QString& m : r.mismatches)
        err << "  " << m << "\n";
    // 1: the backup is bad (or its verdict could not be recorded); 3: it could not be checked.
    return r.ok ? Ok : r.checked ? Failure : NotChecked;
}

int runList(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Parsed p;
    p.parser.setApplicationDescription(
        tr("List the backups in a folder with their records, verification and what "
           "the retention policy keeps."));
    const QCommandLineOption json(QStringLiteral("json"), tr("as JSON"));
    p.parser.addOption(json);
    p.parser.addPositionalArgument(QStringLiteral("dir"), tr("backup folder"));
    parse(p, QStringLiteral("backup list"), args, out, err);
    if (p.rc >= 0)
        return p.rc;
    if (p.parser.positionalArguments().size() != 1)
        return usage(p, QStringLiteral("backup list"), tr("give one backup folder"), err);
    const QString dir = p.parser.positionalArguments().first();
    QStringList unrecognised;
    QList<BackupCatalog::Entry> entries = BackupCatalog::list(dir, &unrecognised);
    BackupCatalog::applyPolicy(entries, RetentionPolicy::load(dir));
    if (p.parser.isSet(json)) {
        QJsonArray a;
        for (const auto& e : entries) {
            QJsonObject o = e.metadata.toJson();
            o.remove(QStringLiteral("row_counts"));
            o.insert(QStringLiteral("path"), e.path);
            o.insert(QStringLiteral("policy_keeps"), e.keep);
            o.insert(QStringLiteral("policy_reason"), e.reason);
            a.append(o);
        }
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("backups"), a},
                               {QStringLiteral("unrecognised"), QJsonArray::fromStringList(unrecognised)}})
                   .toJson();
        return Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& e : entries) {
        const qint64 hours = e.metadata.started.secsTo(now) / 3600;
        out << QStringLiteral("%1  %2  %3  %4  age %5  %6  %7\n")
                   .arg(e.metadata.fileName, BackupOptions::kindName(e.metadata.options.kind),
                        QLocale().formattedDataSize(e.metadata.sizeBytes), e.metadata.database)
                   .arg(hours >= 48 ? tr("%1 d").arg(hours / 24) : tr("%1 h").arg(hours))
                   .arg(e.metadata.verifyResult.isEmpty() ? tr("not verified") : e.metadata.verifyResult,
                        e.keep ? tr("kept: ") + e.reason : tr("prune: ") + e.reason);
    }
    if (entries.isEmpty())
        out << tr("no Sightglass backups in %1").arg(dir) << "\n";
    for (const QString& u : unrecognised)
        out << tr("(not a Sightglass backup, left alone: %1)").arg(u) << "\n";
    return Ok;
}

int runBackupCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("run"))
        return runBackup(rest, out, err);
    if (sub == QLatin1String("prune"))
        return runPrune(rest, out, err);
    if (sub == QLatin1String("verify"))
        return runVerify(rest, out, err);
    if (sub == QLatin1String("list"))
        return runList(rest, out, err);
    const QString help =
        tr("Usage: sightglass backup run|prune|verify|list [options]\n"
           "  run     back up a database (--connect, --dir, --kind …), verify it, prune the folder\n"
           "  prune   delete what the retention policy no longer keeps (--dry-run to preview)\n"
           "  verify  check a backup (--full: restore into a scratch database)\n"
           "  list    the backups in a folder (--json)\n"
           "Each takes --help.\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out << help;
        return Ok;
    }
    err << (sub.isEmpty() ? QString() : tr("sightglass backup: unknown subcommand '%1'\n").arg(sub)) << help;
    return Usage;
}

int runRestore(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Parsed p;
    p.parser.setApplicationDescription(
        tr("Restore a backup into a new database (the default), or over an existing "
           "one when its name is given twice (--into NAME --confirm NAME)."));
    const QCommandLineOption newDb(QStringLiteral("new-db"), tr("create this database and restore into it"),
                                   QStringLiteral("name"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  tr("restore over this existing database (--clean --if-exists)"),
                                  QStringLiteral("name"));
    const QCommandLineOption confirm(QStringLiteral("confirm"), tr("repeat the existing database's name"),
                                     QStringLiteral("name"));
    const QCommandLineOption single(QStringLiteral("single-transaction"),
                                    tr("all or nothing (not with --jobs)"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("parallel jobs"), QStringLiteral("n"));
    const QCommandLineOption noOwner(QStringLiteral("no-owner"), tr("skip ownership"));
    const QCommandLineOption ignoreChecksum(
        QStringLiteral("ignore-checksum"),
        tr("restore even if the archive no longer matches the SHA-256 in its record"));
    p.parser.addOptions({kConnect, newDb, into, confirm, single, jobs, noOwner, ignoreChecksum, kPgBin});
    p.parser.addPositionalArgument(QStringLiteral("file"), tr("the backup"));
    parse(p, QStringLiteral("restore"), args, out, err);
    if (p.rc >= 0)
        return p.rc;
    const QString name = QStringLiteral("restore");
    if (p.parser.positionalArguments().size() != 1)
        return usage(p, name, tr("give one backup"), err);
    if (!p.parser.isSet(kConnect))
        return usage(p, name, tr("--connect is required"), err);
    ConnectionOptions conn;
    QString error;
    if (!connection(p, &conn, &error))
        return usage(p, name, error, err);
    RestoreJob::Options o;
    o.backupPath = p.parser.positionalArguments().first();
    o.newDatabase = p.parser.value(newDb);
    o.existingDatabase = p.parser.value(into);
    o.confirmedName = p.parser.value(confirm);
    if (o.newDatabase.isEmpty() && o.existingDatabase.isEmpty())
        o.newDatabase =
            QFileInfo(o.backupPath).fileName().section(QLatin1Char('.'), 0, 0) + QStringLiteral("_restored");
    o.singleTransaction = p.parser.isSet(single);
    bool ok = true;
    if (p.parser.isSet(jobs))
        o.jobs = p.parser.value(jobs).toInt(&ok);
    if (!ok)
        return usage(p, name, tr("--jobs takes a number"), err);
    o.noOwner = p.parser.isSet(noOwner);
    o.ignoreChecksum = p.parser.isSet(ignoreChecksum);
    if (const QString invalid = RestoreJob::validate(o); !invalid.isEmpty())
        return usage(p, name, invalid, err);
    RestoreJob job(conn, o);
    job.setPgBinDir(p.parser.value(kPgBin));
    RestoreJob::Result r;
    {
        StopSignals stop([&job] { job.cancel(); });
        r = job.run();
        if (stop.received()) {
            err << "sightglass restore: " << r.message << "\n";
            return stop.exitCode();
        }
    }
    if (!r.ok) {
        err << "sightglass restore: " << r.message << "\n";
        if (r.checksumRefused)
            err << "sightglass restore: " << tr("to restore it anyway: --ignore-checksum") << "\n";
        for (const QString& e : r.errors.mid(1))
            err << "  " << e << "\n";
        return Failure;
    }
    out << r.message << "\n";
    return Ok;
}

} // namespace

Command backupCommand()
{
    return {QStringLiteral("backup"), tr("back up, verify, prune and list backups (for cron)"),
            runBackupCommand};
}

Command restoreCommand()
{
    return {QStringLiteral("restore"), tr("restore a backup into a new or existing database"), runRestore};
}

} // namespace sg::cli
