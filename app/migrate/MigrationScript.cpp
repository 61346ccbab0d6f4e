// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace sg {

bool MigrationScript::isTransactional() const
{
    for (const ScriptStatement& s : statements) {
        if (!s.info.transactional)
            return false;
    }
    return true;
}

QString MigrationScript::utf8Error(const QString& fileName, const QByteArray& content)
{
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(content);
    if (!decode.hasError())
        return {};
    // The first U+FFFD that the file did not spell out itself marks the first invalid byte.
    static const QByteArray replacement("\xEF\xBF\xBD");
    for (qsizetype i = text.indexOf(QChar::ReplacementCharacter); i >= 0;
         i = text.indexOf(QChar::ReplacementCharacter, i + 1)) {
        const QString before = text.left(i);
        const qsizetype offset = before.toUtf8().size();
        if (content.mid(offset, 3) == replacement)
            continue;
        return tr("%1 is not valid UTF-8: line %2, byte offset %3 (0x%4). Save it as UTF-8; psql would "
                  "refuse it too, and applying it would store other characters than the file shows.")
            .arg(fileName)
            .arg(before.count(QLatin1Char('\n')) + 1)
            .arg(offset)
            .arg(QString::fromLatin1(content.mid(offset, 1).toHex()));
    }
    return tr("%1 is not valid UTF-8 (it ends inside a character).").arg(fileName);
}

MigrationScript MigrationScript::load(const Migration& migration, bool rollback)
{
    const QString path = rollback ? migration.rollbackPath : migration.path;
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        MigrationScript s;
        s.migration = migration;
        s.rollback = rollback;
        s.path = path;
        s.error = path.isEmpty() ? tr("Version %1 has no rollback file.").arg(migration.version)
                                 : tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
        return s;
    }
    const QByteArray content = f.readAll();
    if (const QString invalid = utf8Error(QFileInfo(path).fileName(), content); !invalid.isEmpty()) {
        MigrationScript s;
        s.migration = migration;
        s.rollback = rollback;
        s.path = path;
        s.error = invalid;
        s.notUtf8 = true;
        return s;
    }
    MigrationScript s = fromText(migration, Migration::normalisedText(content), rollback);
    s.path = path;
    return s;
}

MigrationScript MigrationScript::fromText(const Migration& migration, const QString& text, bool rollback)
{
    static const QStringList needPsql = {QStringLiteral("\\i"),    QStringLiteral("\\ir"),
                                         QStringLiteral("\\include"), QStringLiteral("\\include_relative"),
                                         QStringLiteral("\\c"),    QStringLiteral("\\connect"),
                                         QStringLiteral("\\gexec"), QStringLiteral("\\copy"),
                                         QStringLiteral("\\g"),    QStringLiteral("\\gset"),
                                         QStringLiteral("\\if"),   QStringLiteral("\\o")};
    MigrationScript s;
    s.migration = migration;
    s.rollback = rollback;
    s.path = rollback ? migration.rollbackPath : migration.path;
    s.text = text;
    const SqlSplitter::Result split = SqlSplitter::split(text);
    s.error = split.error;
    for (const SqlSplitter::Piece& p : split.pieces) {
        switch (p.kind) {
        case SqlSplitter::Kind::Statement: {
            ScriptStatement st;
            st.index = int(s.statements.size());
            st.line = p.line;
            st.offset = p.offset;
            st.info = SqlClassifier::classify(p.text);
            s.statements.append(st);
            break;
        }
        case SqlSplitter::Kind::CopyData:
            if (!s.statements.isEmpty()) {
                s.statements.last().copyData = p.text.toUtf8();
                s.statements.last().hasCopyData = true;
            }
            break;
        case SqlSplitter::Kind::PsqlMeta:
            s.metas.append({p.line, p.meta, p.text, needPsql.contains(p.meta)});
            break;
        }
    }
    return s;
}

} // namespace sg
