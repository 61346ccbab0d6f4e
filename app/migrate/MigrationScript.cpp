// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sg::MigrationScript", text);
}

} // namespace

bool MigrationScript::isTransactional() const
{
    for (const ScriptStatement& s : statements) {
        if (!s.info.transactional)
            return false;
    }
    return true;
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
    MigrationScript s = fromText(migration, Migration::normalisedText(f.readAll()), rollback);
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
