// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeEditor.h"

class QsciLexerSQL;

namespace sg::ui {

/// The SQL editor: highlighting, completion of the connected database's schema, table, column
/// and function names, Ctrl+/ for "--" comments, and the statement under the cursor.
class SqlEditor : public CodeEditor
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget* parent = nullptr);
    ~SqlEditor() override;

    /// Names offered by completion (replaces the previous set).
    void setCompletionWords(const QStringList& words);
    QStringList completionWords() const { return m_words; }
    /// The selection if there is one, else the statement under the cursor.
    QString currentStatement();
    /// The part of a name typed before the cursor, and the known names it could complete to.
    QString currentPrefix() const;
    QStringList completionsFor(const QString& prefix) const;
    /// Shows the names that complete the word before the cursor (Ctrl+Space; by itself after two letters).
    void showCompletion();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QsciLexerSQL* m_lexer;
    QStringList m_words;
};

} // namespace sg::ui
