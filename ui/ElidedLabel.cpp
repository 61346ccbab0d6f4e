// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidedLabel.h"

#include <QResizeEvent>

namespace sg::ui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (text == m_full)
        return;
    m_full = text;
    setToolTip(text);
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    // One line: several messages read side by side, the tooltip lists them one per line.
    QString line = m_full;
    line.replace(QLatin1Char('\n'), QStringLiteral("  ·  "));
    const int room = contentsRect().width() - 2 * margin() - 2 * indent();
    setText(fontMetrics().elidedText(line, Qt::ElideRight, qMax(room, 0)));
}

} // namespace sg::ui
