// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace sg {

namespace {

struct NamedFile
{
    QString version, description, path;
    Migration::Style style = Migration::Style::Numbered;
    bool rollback = false;
};

// Returns false for names that follow none of the known conventions.
bool parseName(const QString& name, NamedFile* f)
{
    static const QRegularExpression flyway(QStringLiteral("^([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(
        QStringLiteral("^(\\d+)[_-](.+?)(\\.up|\\.down|[._-]rollback|[._-]undo)?\\.sql$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = flyway.match(name); m.hasMatch()) {
        f->style = Migration::Style::Flyway;
        f->rollback = m.captured(1).compare(QLatin1String("U"), Qt::CaseInsensitive) == 0;
        f->version = m.captured(2);
        f->description = m.captured(3);
    } else if (const auto n = numbered.match(name); n.hasMatch()) {
        const QString suffix = n.captured(3).toLower();
        f->style = suffix == QLatin1String(".up") || (suffix == QLatin1String(".down") && n.captured(1).size() >= 8)
                       ? Migration::Style::GolangMigrate
                       : Migration::Style::Numbered;
        f->rollback = !suffix.isEmpty() && suffix != QLatin1String(".up");
        f->version = n.captured(1);
        f->description = n.captured(2);
    } else {
        return false;
    }
    f->description.replace(QLatin1Char('_'), QLatin1Char(' '));
    return true;
}

} // namespace

MigrationSet MigrationDiscovery::discover(const QString& directory)
{
    MigrationSet set;
    set.directory = directory;
    const QDir dir(directory);
    if (!dir.exists()) {
        set.problems << tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory));
        return set;
    }
    QList<NamedFile> ups, downs;
    const QStringList names = dir.entryList({QStringLiteral("*.sql"), QStringLiteral("*.SQL")},
                                            QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        NamedFile f;
        if (name.startsWith(QLatin1String("R__"), Qt::CaseInsensitive)) {
            set.ignored << tr("%1: Flyway repeatable migrations are not supported; it was left out").arg(name);
            continue;
        }
        if (!parseName(name, &f)) {
            set.ignored << tr("%1: the name has no version (expected 023_name.sql, V23__name.sql or "
                              "20250105120000_name.up.sql)")
                               .arg(name);
            continue;
        }
        f.path = dir.filePath(name);
        (f.rollback ? downs : ups).append(f);
    }
    for (const NamedFile& f : std::as_const(ups)) {
        if (const Migration* twin = set.find(f.version)) {
            set.problems << tr("%1 and %2 both have version %3; rename one of them.")
                                .arg(twin->fileName(), QFileInfo(f.path).fileName(), f.version);
            continue;
        }
        QFile file(f.path);
        if (!file.open(QIODevice::ReadOnly)) {
            set.problems << tr("%1 cannot be read: %2").arg(QFileInfo(f.path).fileName(), file.errorString());
            continue;
        }
        Migration m;
        m.version = f.version;
        m.description = f.description;
        m.path = f.path;
        m.style = f.style;
        m.checksum = Migration::checksumOf(file.readAll());
        set.migrations.append(m);
    }
    for (const NamedFile& f : std::as_const(downs)) {
        auto it = std::find_if(set.migrations.begin(), set.migrations.end(), [&](const Migration& m) {
            return Migration::compareVersions(m.version, f.version) == 0;
        });
        if (it == set.migrations.end()) {
            set.problems << tr("%1 is a rollback for version %2, which has no migration file.")
                                .arg(QFileInfo(f.path).fileName(), f.version);
        } else if (!it->rollbackPath.isEmpty()) {
            set.problems << tr("Version %1 has two rollback files: %2 and %3.")
                                .arg(f.version, QFileInfo(it->rollbackPath).fileName(), QFileInfo(f.path).fileName());
        } else {
            it->rollbackPath = f.path;
        }
    }
    std::stable_sort(set.migrations.begin(), set.migrations.end(), [](const Migration& a, const Migration& b) {
        return Migration::compareVersions(a.version, b.version) < 0;
    });
    return set;
}

} // namespace sg
