// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlEditor.h"

#include "plan/SqlText.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <Qsci/qscilexersql.h>

#include <algorithm>

namespace sg::ui {

namespace {

constexpr int kCompletionList = 1;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

} // namespace

SqlEditor::SqlEditor(QWidget* parent) : CodeEditor(parent), m_lexer(new QsciLexerSQL(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);
    m_lexer->setFoldComments(true);
    setLexer(m_lexer);
    // Completion from our own list (QsciAPIs prepares its word list on a thread that outlives
    // the editor's teardown; a sorted list and a user list need no thread).
    setAutoCompletionSource(QsciScintilla::AcsNone);
    connect(this, &QsciScintilla::userListActivated, this, [this](int id, const QString& word) {
        if (id != kCompletionList)
            return;
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        const int start = index - int(currentPrefix().size());
        setSelection(line, start, line, index);
        replaceSelectedText(word);
    });
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setCompletionWords(const QStringList& words)
{
    m_words = words;
    std::sort(m_words.begin(), m_words.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_words.erase(std::unique(m_words.begin(), m_words.end()), m_words.end());
}

QString SqlEditor::currentPrefix() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    // index counts bytes of UTF-8; the line's text up to it is what was typed before the cursor.
    const QString before = QString::fromUtf8(text(line).toUtf8().left(index));
    int start = int(before.size());
    while (start > 0 && isWordChar(before.at(start - 1)))
        --start;
    return before.mid(start);
}

QStringList SqlEditor::completionsFor(const QString& prefix) const
{
    QStringList out;
    if (prefix.isEmpty())
        return out;
    // The list is sorted case-insensitively: the matches are one run starting at the lower bound.
    auto it =
        std::lower_bound(m_words.cbegin(), m_words.cend(), prefix, [](const QString& a, const QString& b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
    for (; it != m_words.cend() && it->startsWith(prefix, Qt::CaseInsensitive) && out.size() < 200; ++it) {
        if (it->compare(prefix, Qt::CaseInsensitive) != 0)
            out << *it;
    }
    return out;
}

void SqlEditor::showCompletion()
{
    const QStringList matches = completionsFor(currentPrefix());
    if (!matches.isEmpty())
        showUserList(kCompletionList, matches);
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
        showCompletion();
        return;
    }
    CodeEditor::keyPressEvent(event);
    // Offer names once two characters of one are typed.
    if (!event->text().isEmpty() && isWordChar(event->text().at(0)) && !isListActive() &&
        currentPrefix().size() >= 2)
        showCompletion();
}

} // namespace sg::ui
