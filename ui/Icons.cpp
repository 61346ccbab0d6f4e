// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace sg::ui {

QIcon actionIcon(const QString& name)
{
    QFile f(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = f.readAll();
    // One drawing, recoloured for the palette: the stroke takes the palette's text colour.
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    svg.replace("#2f3a48", text.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace sg::ui
