// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "Migration.h"
#include "SqlClassifier.h"
#include "SqlSplitter.h"

namespace sg {

/// One statement of a migration file as the runner will send it.
struct ScriptStatement
{
    int index = 0;        ///< 0-based among the file's statements
    int line = 1;         ///< where it starts in the file
    int offset = 0;       ///< where it starts in the file's text
    StatementInfo info;   ///< what the parser says about it
    QByteArray copyData;  ///< for COPY … FROM stdin: the data lines that follow it
    bool hasCopyData = false;
};

/// A psql meta-command found in the file: reported, never sent to the server.
struct ScriptMeta
{
    int line = 1;
    QString command; ///< "\\set"
    QString text;    ///< the whole line
    /// The file cannot mean the same thing without psql (\i, \c, \gexec, \copy …).
    bool needsPsql = false;
};

/// A migration file read, split (SqlSplitter) and classified (SqlClassifier).
struct MigrationScript
{
    Q_DECLARE_TR_FUNCTIONS(sg::MigrationScript)

public:
    Migration migration;
    bool rollback = false; ///< this is the migration's rollback file
    QString path;
    QString text;
    QList<ScriptStatement> statements;
    QList<ScriptMeta> metas;
    QString error; ///< unreadable file, not UTF-8, or an unterminated string/comment/body
    bool notUtf8 = false; ///< the error is the file's encoding

    bool isTransactional() const; ///< every statement can run inside one transaction
    static MigrationScript load(const Migration& migration, bool rollback);
    static MigrationScript fromText(const Migration& migration, const QString& text, bool rollback = false);
    /// "" for valid UTF-8; else the line and byte offset of the first invalid byte.
    static QString utf8Error(const QString& fileName, const QByteArray& content);
};

} // namespace sg
