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
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sg::BackupVerifier", text, disambiguation, n);
}

} // namespace

BackupVerifier::Result BackupVerifier::record(Result result, const QString& level)
{
    const QString sidecar = BackupMetadata::sidecarPath(m_path);
    if (auto meta = BackupMetadata::read(sidecar, nullptr)) {
        meta->verifiedAt = QDateTime::currentDateTimeUtc();
        meta->verifyResult =
            result.ok ? level + QStringLiteral(": ok") : level + QStringLiteral(": ") + result.message;
        QString error;
        if (!meta->write(sidecar, &error))
            result.message += QLatin1Char('\n') + error;
    }
    return result;
}

BackupVerifier::Result BackupVerifier::quick()
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
        return record(r, QStringLiteral("quick"));
    }
    const QString sha = BackupMetadata::sha256Of(m_path, &error, &m_cancel);
    if (sha.isEmpty()) {
        r.message = error;
        return r;
    }
    if (sha != meta->sha256) {
        r.message =
            tr("The checksum does not match the record: the backup was changed or damaged after it was "
               "written (SHA-256 %1, expected %2).")
                .arg(sha, meta->sha256);
        return record(r, QStringLiteral("quick"));
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
        if (pgRestore.path.isEmpty()) {
            r.message = error;
            return r;
        }
        check.program = pgRestore.path;
        check.arguments = {QStringLiteral("--list"), m_path};
    }
    const ProgramRun::Outcome o = check.run();
    if (o.cancelled) {
        r.message = tr("Verification cancelled.");
        return r;
    }
    if (!o.ok) {
        r.message = tr("The archive does not read back: %1")
                        .arg(lines.isEmpty() ? o.error : lines.join(QLatin1Char('\n')));
        return record(r, QStringLiteral("quick"));
    }
    r.ok = true;
    r.message = tr("Checksum matches and the archive reads back.");
    return record(r, QStringLiteral("quick"));
}

BackupVerifier::Result BackupVerifier::full(const ConnectionOptions& server)
{
    Result r = quick();
    if (!r.ok)
        return r;
    const auto meta = BackupMetadata::read(BackupMetadata::sidecarPath(m_path), nullptr);
    const QString scratch =
        QStringLiteral("sightglass_verify_%1_%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")))
            .arg(QRandomGenerator::global()->bounded(100000));
    RestoreJob::Options o;
    o.backupPath = m_path;
    o.newDatabase = scratch;
    o.noOwner = true;
    RestoreJob restore(server, o);
    restore.setPgBinDir(m_pgBinDir);
    const RestoreJob::Result restored = restore.run();

    ConnectionOptions admin = server;
    admin.session.statementTimeoutMs = 0;
    admin.session.readOnly = false;
    Connection db;
    DbError e;
    if (!db.open(admin, &e)) {
        r.ok = false;
        r.message = tr("Cannot connect to drop the scratch database %1: %2").arg(scratch, e.userMessage());
        return record(r, QStringLiteral("full"));
    }
    auto dropScratch = [&] {
        DbRequest drop;
        drop.sql = QStringLiteral("DROP DATABASE IF EXISTS %1%2")
                       .arg(db.escapeIdentifier(scratch),
                            db.serverVersion() >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString());
        db.execute(drop, &e);
    };
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
            r.ok = false;
            r.message = e.userMessage();
            return record(r, QStringLiteral("full"));
        }
        DbRequest q;
        q.sql = SqlLibrary::load(QStringLiteral("backup_row_counts"));
        const ResultSet rs = s.execute(q, &e);
        for (int i = 0; i < rs.rowCount(); ++i)
            counts.insert(rs.value(i, 0).toString(), rs.value(i, 1).toLongLong());
    }
    dropScratch();
    if (e.isError()) {
        r.ok = false;
        r.message = e.userMessage();
        return record(r, QStringLiteral("full"));
    }
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
