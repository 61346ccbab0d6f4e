// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeEditor.h"

#include <QFontDatabase>
#include <QKeyEvent>

namespace sg::ui {

CodeEditor::CodeEditor(QWidget* parent) : QsciScintilla(parent)
{
    setUtf8(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setMarginsFont(mono);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(palette().color(QPalette::AlternateBase));
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setWrapMode(QsciScintilla::WrapNone);
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateMarginWidth);
    updateMarginWidth();
}

void CodeEditor::updateMarginWidth()
{
    setMarginWidth(0, QStringLiteral("0%1").arg(lines()));
}

bool CodeEditor::find(const QString& text, bool forward, bool caseSensitive, bool regex)
{
    if (text.isEmpty())
        return false;
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    if (!forward && hasSelectedText()) {
        int l1, i1, l2, i2;
        getSelection(&l1, &i1, &l2, &i2);
        line = l1;
        index = i1;
    }
    return findFirst(text, regex, caseSensitive, false, true, forward, line, index);
}

int CodeEditor::replaceAll(const QString& text, const QString& with, bool caseSensitive, bool regex)
{
    if (text.isEmpty())
        return 0;
    int count = 0;
    beginUndoAction();
    // From the top, without wrapping, so every match is visited once.
    bool found = findFirst(text, regex, caseSensitive, false, false, true, 0, 0);
    while (found) {
        replace(with);
        ++count;
        found = findNext();
    }
    endUndoAction();
    return count;
}

void CodeEditor::toggleLineComment(const QString& prefix)
{
    int l1 = 0, i1 = 0, l2 = 0, i2 = 0;
    if (hasSelectedText()) {
        getSelection(&l1, &i1, &l2, &i2);
        if (i2 == 0 && l2 > l1)
            --l2; // a selection ending at a line start does not take that line
    } else {
        getCursorPosition(&l1, &i1);
        l2 = l1;
    }
    bool allCommented = true;
    for (int l = l1; l <= l2; ++l)
        allCommented &= text(l).trimmed().startsWith(prefix) || text(l).trimmed().isEmpty();
    beginUndoAction();
    for (int l = l1; l <= l2; ++l) {
        const QString t = text(l);
        if (allCommented) {
            const int at = int(t.indexOf(prefix));
            if (at >= 0) {
                const int len =
                    int(prefix.size()) + (t.mid(at + prefix.size(), 1) == QLatin1String(" ") ? 1 : 0);
                setSelection(l, at, l, at + len);
                removeSelectedText();
            }
        } else if (!t.trimmed().isEmpty()) {
            insertAt(prefix + QLatin1Char(' '), l, 0);
        }
    }
    endUndoAction();
}

int CodeEditor::cursorOffset() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const int bytes = int(positionFromLineIndex(line, index));
    return int(QString::fromUtf8(text().toUtf8().left(bytes)).size());
}

void CodeEditor::selectOffsets(int start, int end)
{
    const QByteArray utf8Start = text().left(start).toUtf8(), utf8End = text().left(end).toUtf8();
    int l1, i1, l2, i2;
    lineIndexFromPosition(int(utf8Start.size()), &l1, &i1);
    lineIndexFromPosition(int(utf8End.size()), &l2, &i2);
    setSelection(l1, i1, l2, i2);
}

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::ControlModifier &&
        (event->key() == Qt::Key_F || event->key() == Qt::Key_H)) {
        Q_EMIT findRequested(event->key() == Qt::Key_H);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

} // namespace sg::ui
