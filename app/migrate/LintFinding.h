// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sg {

/// One lint result on one statement: which rule, how bad, where, why, and the safe rewrite.
struct LintFinding
{
    enum class Severity { Info, Warning, Error };

    QString rule;     ///< stable id, e.g. "index-without-concurrently"
    Severity severity = Severity::Warning;
    QString file;     ///< the file name
    QString version;  ///< the migration's version
    int line = 1;     ///< 1-based line in the file
    int statement = -1; ///< 0-based statement index in the file, -1 for the file as a whole
    QString message;  ///< what is wrong, in one sentence
    QString why;      ///< what it does to a live server
    QString rewrite;  ///< the safe way to write it (SQL or an instruction)
    bool live = false; ///< found by looking at the server, not the text alone

    static QString severityName(Severity s);
    /// "info", "warning" or "error"; false when \a name is none of these.
    static bool parseSeverity(const QString& name, Severity* out);
    QJsonObject toJson() const;
    QString location() const; ///< "023_add.sql:14"
};

} // namespace sg
