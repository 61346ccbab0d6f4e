// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sg {

/// Where the statements of an SQL text begin and end, with semicolons inside quotes, comments
/// (nested /* */ too) and dollar-quoted bodies ignored: enough to pick the statement under the
/// editor's cursor. (The migration reader has the full psql-level splitter.)
class SqlText
{
public:
    struct Range
    {
        int start = 0; ///< first character
        int end = 0;   ///< one past the last, the semicolon excluded
    };
    static QList<Range> statements(const QString& text);
    /// The statement containing \a position (or ending just before it), trimmed; empty if none.
    static QString statementAt(const QString& text, int position, Range* range = nullptr);
};

} // namespace sg
