// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

namespace sg {

namespace {

QString loadFromResources(const QString& name, int serverMajorVersion)
{
    const QDir dir(QStringLiteral(":/sql"));
    QString chosen = name + QStringLiteral(".sql");
    int chosenVersion = 0;
    if (serverMajorVersion > 0) {
        const QRegularExpression variant(
            QStringLiteral("^%1\\.pg(\\d+)\\.sql$").arg(QRegularExpression::escape(name)));
        const auto entries = dir.entryList({name + QStringLiteral(".pg*.sql")}, QDir::Files);
        for (const QString& file : entries) {
            const auto m = variant.match(file);
            const int v = m.hasMatch() ? m.captured(1).toInt() : 0;
            if (v > chosenVersion && v <= serverMajorVersion) {
                chosen = file;
                chosenVersion = v;
            }
        }
    }
    QFile f(dir.filePath(chosen));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // The file's leading comments document it for us; on the server a short marker is more useful:
    // it names the query in pg_stat_activity and pg_stat_statements.
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() &&
           (lines.first().startsWith(QLatin1String("--")) || lines.first().trimmed().isEmpty()))
        lines.removeFirst();
    // After the first word ("SELECT /* sightglass:x */ …"): from 18 on pg_stat_statements keeps a
    // statement's text from its first token, dropping a leading comment.
    QString text = lines.join(QLatin1Char('\n'));
    qsizetype firstSpace = 0;
    while (firstSpace < text.size() && !text.at(firstSpace).isSpace())
        ++firstSpace;
    return text.insert(firstSpace, QStringLiteral(" /* sightglass:%1 */").arg(QFileInfo(chosen).completeBaseName()));
}

} // namespace

QString SqlLibrary::load(const QString& name, int serverMajorVersion)
{
    // The samplers ask for their query up to ten times a second, and finding the variant lists
    // the resource folder and reads the file: the resources never change, so each is read once.
    static QMutex mutex;
    static QHash<QPair<QString, int>, QString> loaded;
    const QPair<QString, int> key{name, serverMajorVersion};
    const QMutexLocker lock(&mutex);
    auto it = loaded.constFind(key);
    if (it == loaded.constEnd())
        it = loaded.insert(key, loadFromResources(name, serverMajorVersion));
    return *it;
}

bool SqlLibrary::isOwn(const QString& queryText)
{
    return queryText.left(80).contains(QLatin1String("/* sightglass:"));
}

} // namespace sg
