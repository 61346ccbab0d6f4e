// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace sg {

QStringList PgTools::searchDirs(const QString& configuredDir)
{
    QStringList dirs;
    if (!configuredDir.isEmpty())
        dirs << configuredDir;
    auto addMatching = [&](const QString& parent, const QString& pattern, const QString& suffix) {
        const QDir d(parent);
        for (const QString& sub : d.entryList({pattern}, QDir::Dirs | QDir::NoDotAndDotDot))
            dirs << d.filePath(sub) + suffix;
    };
    addMatching(QStringLiteral("/usr/lib/postgresql"), QStringLiteral("*"), QStringLiteral("/bin"));
    addMatching(QStringLiteral("/usr"), QStringLiteral("pgsql-*"), QStringLiteral("/bin"));
    addMatching(QStringLiteral("/opt/homebrew/opt"), QStringLiteral("postgresql@*"), QStringLiteral("/bin"));
    addMatching(QStringLiteral("/usr/local/opt"), QStringLiteral("postgresql@*"), QStringLiteral("/bin"));
    addMatching(QStringLiteral("/Applications/Postgres.app/Contents/Versions"), QStringLiteral("*"),
                QStringLiteral("/bin"));
    addMatching(QStringLiteral("C:/Program Files/PostgreSQL"), QStringLiteral("*"), QStringLiteral("/bin"));
    for (const QString& p : qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts))
        dirs << p;
    return dirs;
}

PgTools::Program PgTools::parseVersion(const QString& path, const QString& versionOutput)
{
    static const QRegularExpression re(QStringLiteral(R"(\(PostgreSQL\)\s+((\d+)(?:\.\d+)?))"));
    Program p;
    p.path = path;
    const auto m = re.match(versionOutput);
    if (m.hasMatch()) {
        p.version = m.captured(1);
        p.major = m.captured(2).toInt();
    }
    return p;
}

QList<PgTools::Program> PgTools::find(const QString& program, const QString& configuredDir, int stopAtMajor)
{
    QList<Program> found;
    QSet<QString> seen;
    for (const QString& dir : searchDirs(configuredDir)) {
        const QString path = QStandardPaths::findExecutable(program, {dir});
        if (path.isEmpty())
            continue;
        const QString real = QFileInfo(path).canonicalFilePath();
        if (seen.contains(real))
            continue;
        seen.insert(real);
        QProcess p;
        p.start(path, {QStringLiteral("--version")});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            continue;
        const Program prog = parseVersion(path, QString::fromLocal8Bit(p.readAllStandardOutput()));
        if (prog.major > 0)
            found << prog;
        if (stopAtMajor > 0 && prog.major == stopAtMajor)
            break;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Program& a, const Program& b) { return a.major > b.major; });
    return found;
}

PgTools::Program PgTools::choose(const QList<Program>& found, const QString& program, int serverMajor,
                                 QString* error)
{
    const Program* best = nullptr;
    if (serverMajor <= 0 && !found.isEmpty())
        return found.first();
    for (const Program& p : found) {
        if (p.major == serverMajor)
            return p;
        if (p.major > serverMajor && (!best || p.major < best->major))
            best = &p;
    }
    if (best)
        return *best;
    if (error) {
        QStringList have;
        for (const Program& p : found)
            have << QStringLiteral("%1 (%2)").arg(p.version, p.path);
        *error =
            found.isEmpty() && serverMajor <= 0
                ? QCoreApplication::translate(
                      "sg::PgTools", "%1 was not found. Install the PostgreSQL client programs, or "
                                     "point the setting for PostgreSQL programs at their bin folder.")
                      .arg(program)
            : found.isEmpty()
                ? QCoreApplication::translate(
                      "sg::PgTools", "%1 was not found. Install the PostgreSQL %2 client programs, or "
                                     "point the setting for PostgreSQL programs at their bin folder.")
                      .arg(program)
                      .arg(serverMajor)
                : QCoreApplication::translate(
                      "sg::PgTools", "The server runs PostgreSQL %1, but the only %2 found is older: %3. "
                                     "An older %2 cannot read a newer server; install the PostgreSQL %1 "
                                     "client programs, or point the setting for PostgreSQL programs at them.")
                      .arg(serverMajor)
                      .arg(program, have.join(QStringLiteral(", ")));
    }
    return {};
}

PgTools::Program PgTools::locate(const QString& program, int serverMajor, const QString& configuredDir,
                                 QString* error)
{
    return choose(find(program, configuredDir, serverMajor), program, serverMajor, error);
}

} // namespace sg
