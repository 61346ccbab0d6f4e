// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QJsonArray>
#include <QRegularExpression>

namespace sg {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

/// A shell word: cron runs the line through /bin/sh.
QString shellQuote(const QString& s)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_./:=@%+,-]+$)"));
    if (safe.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

QString BackupOptions::validate() const
{
    if (database.isEmpty())
        return tr("Choose a database to back up.");
    if (directory.isEmpty())
        return tr("Choose a destination folder.");
    if (schemaOnly && dataOnly)
        return tr("Schema only and data only exclude each other.");
    if (compression < -1 || compression > 9)
        return tr("The compression level is 0 (none) to 9 (smallest).");
    if (jobs < 1)
        return tr("Parallel jobs must be at least 1.");
    if (jobs > 1 && format != BackupFormat::Directory)
        return tr("Parallel jobs need the directory format: pg_dump writes one file per table only there.");
    return {};
}

QStringList BackupOptions::pgDumpArguments() const
{
    QStringList a;
    switch (format) {
    case BackupFormat::Custom:
        a << QStringLiteral("--format=custom");
        break;
    case BackupFormat::Directory:
        a << QStringLiteral("--format=directory");
        break;
    case BackupFormat::Tar:
        a << QStringLiteral("--format=tar");
        break;
    case BackupFormat::PlainGzip:
        a << QStringLiteral("--format=plain");
        break;
    }
    // Plain SQL is gzip-compressed by pg_dump itself when given a level; tar cannot compress.
    if (format == BackupFormat::PlainGzip)
        a << QStringLiteral("--compress=%1").arg(compression < 0 ? 6 : qMax(1, compression));
    else if (compression >= 0 && format != BackupFormat::Tar)
        a << QStringLiteral("--compress=%1").arg(compression);
    if (format == BackupFormat::Directory && jobs > 1)
        a << QStringLiteral("--jobs=%1").arg(jobs);
    for (const QString& s : includeSchemas)
        a << QStringLiteral("--schema=%1").arg(s);
    for (const QString& s : excludeSchemas)
        a << QStringLiteral("--exclude-schema=%1").arg(s);
    for (const QString& t : includeTables)
        a << QStringLiteral("--table=%1").arg(t);
    for (const QString& t : excludeTables)
        a << QStringLiteral("--exclude-table=%1").arg(t);
    if (schemaOnly)
        a << QStringLiteral("--schema-only");
    if (dataOnly)
        a << QStringLiteral("--data-only");
    if (noOwner)
        a << QStringLiteral("--no-owner");
    if (noPrivileges)
        a << QStringLiteral("--no-privileges");
    return a;
}

QString BackupOptions::fileName(const QDateTime& startedUtc, int sequence) const
{
    QString safe = database;
    static const QRegularExpression unsafe(QStringLiteral(R"([^A-Za-z0-9_.-])"));
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    return QStringLiteral("%1_%2_%3Z%4%5")
        .arg(safe, kindName(kind), startedUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")),
             sequence > 1 ? QStringLiteral("-%1").arg(sequence) : QString(), extension(format));
}

QString BackupOptions::cronLine(const QString& program, const QString& conninfoWithoutPassword) const
{
    QStringList w{shellQuote(program),
                  QStringLiteral("backup"),
                  QStringLiteral("run"),
                  QStringLiteral("--connect"),
                  shellQuote(conninfoWithoutPassword),
                  QStringLiteral("--dir"),
                  shellQuote(directory),
                  QStringLiteral("--kind"),
                  kindName(kind),
                  QStringLiteral("--format"),
                  formatName(format)};
    if (compression >= 0)
        w << QStringLiteral("--compress") << QString::number(compression);
    if (jobs > 1)
        w << QStringLiteral("--jobs") << QString::number(jobs);
    for (const QString& s : includeSchemas)
        w << QStringLiteral("--schema") << shellQuote(s);
    for (const QString& s : excludeSchemas)
        w << QStringLiteral("--exclude-schema") << shellQuote(s);
    for (const QString& t : includeTables)
        w << QStringLiteral("--table") << shellQuote(t);
    for (const QString& t : excludeTables)
        w << QStringLiteral("--exclude-table") << shellQuote(t);
    if (schemaOnly)
        w << QStringLiteral("--schema-only");
    if (dataOnly)
        w << QStringLiteral("--data-only");
    if (noOwner)
        w << QStringLiteral("--no-owner");
    if (noPrivileges)
        w << QStringLiteral("--no-privileges");
    if (!exactRowCounts)
        w << QStringLiteral("--no-row-counts");
    // Daily at 02:30, weekly on Sunday at 03:30; a manual backup is not scheduled, but its line
    // is still useful in a shell.
    const QString when = kind == BackupKind::Weekly  ? QStringLiteral("30 3 * * 0")
                         : kind == BackupKind::Daily ? QStringLiteral("30 2 * * *")
                                                     : QString();
    const QString line = w.join(QLatin1Char(' '));
    return when.isEmpty() ? line : when + QLatin1Char(' ') + line;
}

QJsonObject BackupOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("database"), database},
                       {QStringLiteral("format"), formatName(format)},
                       {QStringLiteral("compression"), compression},
                       {QStringLiteral("jobs"), jobs},
                       {QStringLiteral("include_schemas"), toArray(includeSchemas)},
                       {QStringLiteral("exclude_schemas"), toArray(excludeSchemas)},
                       {QStringLiteral("include_tables"), toArray(includeTables)},
                       {QStringLiteral("exclude_tables"), toArray(excludeTables)},
                       {QStringLiteral("schema_only"), schemaOnly},
                       {QStringLiteral("data_only"), dataOnly},
                       {QStringLiteral("no_owner"), noOwner},
                       {QStringLiteral("no_privileges"), noPrivileges},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("exact_row_counts"), exactRowCounts}};
}

BackupOptions BackupOptions::fromJson(const QJsonObject& j)
{
    BackupOptions o;
    o.database = j.value(QStringLiteral("database")).toString();
    o.format = parseFormat(j.value(QStringLiteral("format")).toString()).value_or(BackupFormat::Custom);
    o.compression = j.value(QStringLiteral("compression")).toInt(-1);
    o.jobs = j.value(QStringLiteral("jobs")).toInt(1);
    o.includeSchemas = toList(j.value(QStringLiteral("include_schemas")));
    o.excludeSchemas = toList(j.value(QStringLiteral("exclude_schemas")));
    o.includeTables = toList(j.value(QStringLiteral("include_tables")));
    o.excludeTables = toList(j.value(QStringLiteral("exclude_tables")));
    o.schemaOnly = j.value(QStringLiteral("schema_only")).toBool();
    o.dataOnly = j.value(QStringLiteral("data_only")).toBool();
    o.noOwner = j.value(QStringLiteral("no_owner")).toBool();
    o.noPrivileges = j.value(QStringLiteral("no_privileges")).toBool();
    o.kind = parseKind(j.value(QStringLiteral("kind")).toString()).value_or(BackupKind::Manual);
    o.exactRowCounts = j.value(QStringLiteral("exact_row_counts")).toBool(true);
    return o;
}

QString BackupOptions::formatName(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom:
        return QStringLiteral("custom");
    case BackupFormat::Directory:
        return QStringLiteral("directory");
    case BackupFormat::PlainGzip:
        return QStringLiteral("plain");
    case BackupFormat::Tar:
        return QStringLiteral("tar");
    }
    return {};
}

std::optional<BackupFormat> BackupOptions::parseFormat(const QString& name)
{
    for (BackupFormat f :
         {BackupFormat::Custom, BackupFormat::Directory, BackupFormat::PlainGzip, BackupFormat::Tar}) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString BackupOptions::kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Weekly:
        return QStringLiteral("weekly");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<BackupKind> BackupOptions::parseKind(const QString& name)
{
    for (BackupKind k : {BackupKind::Daily, BackupKind::Weekly, BackupKind::Manual}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString BackupOptions::extension(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom:
        return QStringLiteral(".dump");
    case BackupFormat::Directory:
        return QStringLiteral(".dir");
    case BackupFormat::PlainGzip:
        return QStringLiteral(".sql.gz");
    case BackupFormat::Tar:
        return QStringLiteral(".tar");
    }
    return {};
}

} // namespace sg
