// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCatalog.h"

#include "db/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sg {

namespace {

const char* const kPolicyFile = "sightglass-retention.json";

// The signature of QObject::tr, so that lupdate sees the plural forms of calls with a count.
} // namespace

RetentionPolicy RetentionPolicy::load(const QString& dir)
{
    RetentionPolicy p;
    QFile f(QDir(dir).filePath(QString::fromLatin1(kPolicyFile)));
    if (!f.open(QIODevice::ReadOnly))
        return p;
    const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
    p.keepDaily = qMax(0, j.value(QStringLiteral("keep_daily")).toInt(p.keepDaily));
    p.keepWeekly = qMax(0, j.value(QStringLiteral("keep_weekly")).toInt(p.keepWeekly));
    return p;
}

bool RetentionPolicy::save(const QString& dir, QString* error) const
{
    const QJsonObject j{{QStringLiteral("keep_daily"), keepDaily},
                        {QStringLiteral("keep_weekly"), keepWeekly}};
    if (const QString failed =
            AtomicFile::write(QDir(dir).filePath(QString::fromLatin1(kPolicyFile)), QJsonDocument(j).toJson());
        !failed.isEmpty()) {
        if (error)
            *error = failed;
        return false;
    }
    return true;
}

QList<BackupCatalog::Entry> BackupCatalog::list(const QString& dir, QStringList* unrecognised)
{
    QList<Entry> entries;
    const QDir d(dir);
    const QFileInfoList all = d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& info : all) {
        const QString name = info.fileName();
        if (name.endsWith(QLatin1String(".json")) || name == QLatin1String(kPolicyFile))
            continue;
        const QString sidecar = BackupMetadata::sidecarPath(info.filePath());
        QString error;
        const auto meta = QFileInfo::exists(sidecar) ? BackupMetadata::read(sidecar, &error) : std::nullopt;
        if (!meta) {
            if (unrecognised)
                *unrecognised << name;
            continue;
        }
        entries.append({info.filePath(), *meta, true, {}});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.metadata.started > b.metadata.started; });
    return entries;
}

void BackupCatalog::applyPolicy(QList<Entry>& entries, const RetentionPolicy& policy)
{
    int daily = 0, weekly = 0;
    // entries are newest first
    for (Entry& e : entries) {
        switch (e.metadata.options.kind) {
        case BackupKind::Manual:
            e.keep = true;
            e.reason = tr("manual: never deleted by the policy");
            break;
        case BackupKind::Daily:
            e.keep = ++daily <= policy.keepDaily;
            e.reason = e.keep ? tr("one of the newest %n daily backup(s)", nullptr, policy.keepDaily)
                              : tr("older than the newest %n daily backup(s)", nullptr, policy.keepDaily);
            break;
        case BackupKind::Weekly:
            e.keep = ++weekly <= policy.keepWeekly;
            e.reason = e.keep ? tr("one of the newest %n weekly backup(s)", nullptr, policy.keepWeekly)
                              : tr("older than the newest %n weekly backup(s)", nullptr, policy.keepWeekly);
            break;
        }
    }
}

QStringList BackupCatalog::prune(const QList<Entry>& entries, QStringList* errors)
{
    QStringList deleted;
    for (const Entry& e : entries) {
        if (e.keep || e.metadata.options.kind == BackupKind::Manual)
            continue;
        const QFileInfo info(e.path);
        const bool ok = info.isDir() ? QDir(e.path).removeRecursively() : QFile::remove(e.path);
        // The sidecar goes last: a backup whose deletion failed half-way keeps its record.
        if (ok && QFile::remove(BackupMetadata::sidecarPath(e.path))) {
            deleted << e.path;
        } else if (errors) {
            *errors << tr("could not delete %1").arg(e.path);
        }
    }
    return deleted;
}

} // namespace sg
