// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupVerifier.h"

#include "PgTools.h"
#include "ProgramRun.h"
#include "RestoreJob.h"

#include "db/Connection.h"
#include "db/SqlLibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sg {

namespace {

// The signature of QObject::tr, so that lupdate sees the plural forms of calls with a count.
} // namespace

BackupVerifier::Result BackupVerifier::record(Result result, const QString& level)
{
    result.checked = true;
    const QString sidecar = BackupMetadata::sidecarPath(m_path);
    QString error;
    auto meta = BackupMetadata::read(sidecar, &error);
    if (meta) {
        meta->verifiedAt = QDateTime::currentDateTimeUtc();
        meta->verifyResult =
            result.ok ? level + QStringLiteral(": ok") : level + QStringLiteral(": ") + result.message;
        if (meta->write(sidecar, &error))
            return result;
    }
    // A verdict nobody can read later is no verification: the record keeps what it had.
    if (result.ok)
        result.message = tr("The backup checked out, but the verdict could not be recorded, so it does not "
                            "count as verified: %1")
                             .arg(error);
    else
        result.message += QLatin1Char('\n') + tr("The verdict could not be recorded: %1").arg(error);
    result.ok = false;
    return result;
}

void BackupVerifier::cancel()
{
    m_cancel = true;
    if (RestoreJob* restore = m_restore.load())
        restore->cancel();
}

BackupVerifier::Result BackupVerifier::verdict(Result result)
{
    result.checked = true;
    return result;
}

BackupVerifier::Result BackupVerifier::unchecked(const QString& why)
{
    Result r;
    r.message = tr("Could not check the backup; its last verdict stays as it was: %1").arg(why);
    return r;
}

BackupVerifier::Result BackupVerifier::quickCheck()
{
    Result r;
    QString error;
    const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(m_path), &error);
    if (!meta) {
        r.message = tr("No readable record next to the backup (%1), so it cannot be checked.").arg(error);
        return r;
    }
    if (!QFileInfo::exists(m_path)) {
        r.message = tr("The backup %1 is missing; only its record is there.").arg(m_path);
        return verdict(r);
    }
    const QString sha = BackupMetadata::sha256Of(m_path, &error, &m_cancel);
    if (sha.isEmpty())
        return unchecked(error);
    if (sha != meta->sha256) {
        r.message =
            tr("The checksum does not match the record: the backup was changed or damaged after it was "
               "written (SHA-256 %1, expected %2).")
                .arg(sha, meta->sha256);
        return verdict(r);
    }
    const int major = meta->pgDumpVersion.section(QLatin1Char('.'), 0, 0).toInt();
    ProgramRun check;
    QStringList lines;
    check.onErrorLine = [&](const QString& l) { lines << l; };
    check.cancel = &m_cancel;
    if (meta->options.format == BackupFormat::PlainGzip) {
        check.program = QStringLiteral("gzip");
        check.arguments = {QStringLiteral("-t"), m_path};
    } else {
        const PgTools::Program pgRestore =
            PgTools::locate(QStringLiteral("pg_restore"), major, m_pgBinDir, &error);
        if (pgRestore.path.isEmpty())
            return unchecked(error);
        check.program = pgRestore.path;
        check.arguments = {QStringLiteral("--list"), m_path};
    }
    const ProgramRun::Outcome o = check.run();
    if (o.cancelled)
        return unchecked(tr("Verification cancelled."));
    if (!o.started)
        return unchecked(o.error);
    if (!o.ok) {
        r.message = tr("The archive does not read back: %1")
                        .arg(lines.isEmpty() ? o.error : lines.join(QLatin1Char('\n')));
        return verdict(r);
    }
    r.ok = true;
    r.message = tr("Checksum matches and the archive reads back.");
    return verdict(r);
}

BackupVerifier::Result BackupVerifier::quick()
{
    const Result r = quickCheck();
    return r.checked ? record(r, QStringLiteral("quick")) : r;
}

BackupVerifier::Result BackupVerifier::full(const ConnectionOptions& server)
{
    // The quick part's verdict is not recorded on its own: a full check that could not finish must
    // not replace an earlier full verdict with a quick one.
    Result r = quickCheck();
    if (!r.checked)
        return r;
    if (!r.ok)
        return record(r, QStringLiteral("quick"));
    const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(m_path), nullptr);
    const QString scratch =
        QStringLiteral("sightglass_verify_%1_%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")))
            .arg(QRandomGenerator::global()->bounded(100000));
    RestoreJob::Options o;
    o.backupPath = m_path;
    o.newDatabase = scratch;
    o.noOwner = true;
    o.ignoreChecksum = true; // quick() has just compared it
    RestoreJob restore(server, o);
    restore.setPgBinDir(m_pgBinDir);
    m_restore = &restore;
    if (m_cancel)
        restore.cancel();
    const RestoreJob::Result restored = restore.run();
    m_restore = nullptr;
    // No connection, no right to create a database, no suitable pg_restore: the scratch server
    // failed, not the backup, and nothing was created there.
    if (!restored.ok && restored.beforeRestoring)
        return unchecked(restored.message);

    ConnectionOptions admin = server;
    admin.session.statementTimeoutMs = 0;
    admin.session.readOnly = false;
    Connection db;
    DbError e;
    if (!db.open(admin, &e))
        return unchecked(tr("The restore ran, but reconnecting to compare and drop the scratch database %1 "
                            "failed (drop it by hand): %2")
                             .arg(scratch, e.userMessage()));
    auto dropScratch = [&] {
        db.execute(QStringLiteral("DROP DATABASE IF EXISTS %1%2")
                       .arg(db.escapeIdentifier(scratch),
                            db.serverVersion() >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString()),
                   {}, &e);
    };
    if (restored.cancelled || m_cancel) {
        dropScratch();
        return unchecked(tr("Verification cancelled."));
    }
    if (!restored.ok) {
        dropScratch();
        r.ok = false;
        r.message = tr("The backup does not restore: %1").arg(restored.message);
        r.mismatches = restored.errors;
        return record(r, QStringLiteral("full"));
    }

    ConnectionOptions scratchOptions = admin;
    scratchOptions.setValue(QStringLiteral("dbname"), scratch);
    QMap<QString, qint64> counts;
    {
        Connection s;
        if (!s.open(scratchOptions, &e)) {
            dropScratch();
            return unchecked(e.userMessage());
        }
        const ResultSet rs = s.execute(SqlLibrary::load(QStringLiteral("backup_row_counts")), {}, &e);
        for (int i = 0; i < rs.rowCount(); ++i)
            counts.insert(rs.value(i, 0).toString(), rs.value(i, 1).toLongLong());
    }
    dropScratch();
    if (e.isError())
        return unchecked(e.userMessage());
    for (auto it = meta->rowCounts.cbegin(); it != meta->rowCounts.cend(); ++it) {
        if (!counts.contains(it.key()))
            r.mismatches
                << tr("%1: %L2 rows in the backup, missing after the restore").arg(it.key()).arg(it.value());
        else if (counts.value(it.key()) != it.value())
            r.mismatches << tr("%1: %L2 rows in the backup, %L3 restored")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(counts.value(it.key()));
    }
    r.ok = r.mismatches.isEmpty();
    r.message =
        meta->rowCounts.isEmpty() ? tr("Restored into a scratch database and dropped it again; the "
                                       "backup recorded no row counts to compare.")
        : r.ok ? tr("Restored into a scratch database: all %n table(s) have the recorded row counts.",
                    nullptr, int(meta->rowCounts.size()))
               : tr("Restored, but %n table(s) differ from the record.", nullptr, int(r.mismatches.size()));
    return record(r, QStringLiteral("full"));
}

} // namespace sg
