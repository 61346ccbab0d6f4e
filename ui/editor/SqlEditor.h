// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeEditor.h"

class QsciAPIs;
class QsciLexerSQL;

namespace sg::ui {

/// The SQL editor: highlighting, completion of the connected database's schema, table, column
/// and function names, Ctrl+/ for "--" comments, and the statement under the cursor.
class SqlEditor : public CodeEditor
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget* parent = nullptr);

    /// Names offered by completion (replaces the previous set).
    void setCompletionWords(const QStringList& words);
    QStringList completionWords() const { return m_words; }
    /// The selection if there is one, else the statement under the cursor.
    QString currentStatement();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QsciLexerSQL* m_lexer;
    QsciAPIs* m_apis;
    QStringList m_words;
};

} // namespace sg::ui
