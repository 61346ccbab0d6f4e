// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qsciscintilla.h>

namespace sg::ui {

/// The base text editor: monospace, line numbers sized to the text, current line and brace
/// highlighting, find and replace, Ctrl+/ to comment lines.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);

    /// Finds the next (or previous) match from the cursor, wrapping; selects it. False if none.
    bool find(const QString& text, bool forward = true, bool caseSensitive = false, bool regex = false);
    /// Replaces every match; returns how many.
    int replaceAll(const QString& text, const QString& with, bool caseSensitive = false, bool regex = false);
    /// Comments the selected lines with \a prefix, or uncomments them if all are commented.
    void toggleLineComment(const QString& prefix);
    /// Character offset of the cursor in text() (QsciScintilla works in bytes).
    int cursorOffset() const;
    /// Selects text()[start, end) given as character offsets.
    void selectOffsets(int start, int end);

Q_SIGNALS:
    /// Ctrl+F / Ctrl+H: the surrounding panel shows its find bar.
    void findRequested(bool replace);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateMarginWidth();
};

} // namespace sg::ui
