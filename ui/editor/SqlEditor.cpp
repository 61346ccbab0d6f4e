// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlEditor.h"

#include "plan/SqlText.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <Qsci/qsciapis.h>
#include <Qsci/qscilexersql.h>

namespace sg::ui {

SqlEditor::SqlEditor(QWidget* parent) : CodeEditor(parent), m_lexer(new QsciLexerSQL(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);
    m_lexer->setFoldComments(true);
    setLexer(m_lexer);
    m_apis = new QsciAPIs(m_lexer); // prepared once words arrive (preparation runs on a thread)
    setAutoCompletionSource(QsciScintilla::AcsAll);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    setAutoCompletionReplaceWord(true);
}

void SqlEditor::setCompletionWords(const QStringList& words)
{
    m_words = words;
    // QsciAPIs prepares on its own thread: stop a preparation still running before changing the words.
    m_apis->cancelPreparation();
    m_apis->clear();
    for (const QString& w : words)
        m_apis->add(w);
    m_apis->prepare();
}

QString SqlEditor::currentStatement()
{
    if (hasSelectedText())
        return selectedText().trimmed();
    return sg::SqlText::statementAt(text(), cursorOffset());
}

void SqlEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Slash) {
        toggleLineComment(QStringLiteral("--"));
        return;
    }
    if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Space) {
        autoCompleteFromAll();
        return;
    }
    CodeEditor::keyPressEvent(event);
}

} // namespace sg::ui
