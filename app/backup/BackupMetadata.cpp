// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupMetadata.h"

#include "db/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <algorithm>
#include <cmath>

namespace sg {

namespace {

/// SHA-256 through OpenSSL: it uses the CPU's SHA instructions where there are some, several
/// times faster than a portable implementation, which matters for backups of many gigabytes.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void addData(QByteArrayView data) { EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())); }
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx, digest, &size);
        return QByteArray(reinterpret_cast<const char*>(digest), int(size));
    }

private:
    EVP_MD_CTX* m_ctx;
};

bool addFile(Sha256& hash, const QString& path, QString* error, const std::atomic_bool* cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("sg::BackupMetadata", "cannot read %1: %2")
                         .arg(path, f.errorString());
        return false;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            if (error)
                *error = QCoreApplication::translate("sg::BackupMetadata", "cancelled");
            return false;
        }
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = QCoreApplication::translate("sg::BackupMetadata", "cannot read %1: %2")
                             .arg(path, f.errorString());
            return false;
        }
        if (n == 0)
            return true;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
}

/// A count from a record someone may have edited: finite and in range, so the conversion is defined.
qint64 wholeNumber(const QJsonValue& v)
{
    const double d = v.toDouble();
    return std::isfinite(d) ? qint64(std::clamp(d, -9e18, 9e18)) : 0;
}

} // namespace

QJsonObject BackupMetadata::toJson() const
{
    QJsonObject counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject j{{QStringLiteral("file"), fileName},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("server_version"), serverVersion},
                  {QStringLiteral("pg_dump_version"), pgDumpVersion},
                  {QStringLiteral("pg_dump_path"), pgDumpPath},
                  {QStringLiteral("size_bytes"), sizeBytes},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("kind"), BackupOptions::kindName(options.kind)},
                  {QStringLiteral("format"), BackupOptions::formatName(options.format)},
                  {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("options"), options.toJson()},
                  {QStringLiteral("row_counts"), counts}};
    if (verifiedAt.isValid()) {
        j.insert(QStringLiteral("verified_at"), verifiedAt.toUTC().toString(Qt::ISODateWithMs));
        j.insert(QStringLiteral("verify_result"), verifyResult);
    }
    return j;
}

BackupMetadata BackupMetadata::fromJson(const QJsonObject& j)
{
    BackupMetadata m;
    m.fileName = j.value(QStringLiteral("file")).toString();
    m.database = j.value(QStringLiteral("database")).toString();
    m.serverVersion = j.value(QStringLiteral("server_version")).toString();
    m.pgDumpVersion = j.value(QStringLiteral("pg_dump_version")).toString();
    m.pgDumpPath = j.value(QStringLiteral("pg_dump_path")).toString();
    m.sizeBytes = wholeNumber(j.value(QStringLiteral("size_bytes")));
    m.sha256 = j.value(QStringLiteral("sha256")).toString();
    m.options = BackupOptions::fromJson(j.value(QStringLiteral("options")).toObject());
    // The top-level kind and format win: they are what a person edits to re-class a backup.
    m.options.kind =
        BackupOptions::parseKind(j.value(QStringLiteral("kind")).toString()).value_or(m.options.kind);
    m.options.format =
        BackupOptions::parseFormat(j.value(QStringLiteral("format")).toString()).value_or(m.options.format);
    m.started = QDateTime::fromString(j.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    m.finished = QDateTime::fromString(j.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    const QJsonObject counts = j.value(QStringLiteral("row_counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        m.rowCounts.insert(it.key(), wholeNumber(it.value()));
    m.verifiedAt =
        QDateTime::fromString(j.value(QStringLiteral("verified_at")).toString(), Qt::ISODateWithMs);
    m.verifyResult = j.value(QStringLiteral("verify_result")).toString();
    return m;
}

bool BackupMetadata::write(const QString& sidecarPath, QString* error) const
{
    const QString failed = AtomicFile::write(sidecarPath, QJsonDocument(toJson()).toJson());
    if (error)
        *error = failed;
    return failed.isEmpty();
}

std::optional<BackupMetadata> BackupMetadata::read(const QString& sidecarPath, QString* error)
{
    QFile f(sidecarPath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(sidecarPath, f.errorString());
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1 is not a Sightglass backup record: %2").arg(sidecarPath, pe.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object());
}

QString BackupMetadata::sha256Of(const QString& path, QString* error, const std::atomic_bool* cancel)
{
    Sha256 hash;
    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(path).relativeFilePath(it.next());
        files.sort();
        for (const QString& rel : files) {
            hash.addData(rel.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            if (!addFile(hash, QDir(path).filePath(rel), error, cancel))
                return {};
        }
    } else if (!addFile(hash, path, error, cancel)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

qint64 BackupMetadata::sizeOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace sg
