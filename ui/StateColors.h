// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;

namespace sg::ui {

/// What a message, a row or a cell says about its state: the one vocabulary of state colours.
enum class State { Normal, Good, Info, Warning, Error };

/// The text colour of \a state, readable on \a palette's window and base colours: a darker shade
/// on a light palette, a lighter one on a dark palette (dark mode, dark high-contrast themes).
/// Normal is the palette's own text colour.
QColor stateColor(State state, const QPalette& palette);
/// A background that marks a cell or row in \a state (a plan's misestimate, a changed figure),
/// with the palette's text still readable on it. Normal: no background (an invalid QColor).
QColor stateBackground(State state, const QPalette& palette);
/// True when \a palette draws light text on a dark window.
bool isDark(const QPalette& palette);

/// Shows \a text in \a label in the colour of \a state, and keeps that colour right when the
/// palette changes later (the system switching to dark mode): the one way a status line, a test
/// result or an error message is coloured.
void showState(QLabel* label, const QString& text, State state);
/// Back to the palette's own text colour, keeping the text.
void clearState(QLabel* label);
/// Styles \a label as a banner in \a state (tinted background, coloured text and border; Normal:
/// an invisible border of the same size), following the palette like showState(). The caller
/// sets the text (an ElidedLabel has its own setter).
void showBanner(QLabel* label, State state);
/// \a text (plain, escaped here) as a bold headline in the colour of \a state, for a rich-text
/// label where only the first words carry the state ("Stopped." before the server's message).
/// Translated text stays free of markup and colours. Unlike showState(), a later palette change
/// does not re-colour it: the page that shows it sets it again on its next result.
QString stateHeadline(const QString& text, State state, const QPalette& palette);

} // namespace sg::ui
