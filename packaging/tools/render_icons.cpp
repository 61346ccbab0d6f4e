// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the SVG app icon into what the platforms want: PNGs for hicolor themes and for a macOS
// .iconset (iconutil makes the .icns from it), and a Windows .ico.
//   render_icons SVG OUT_DIR
#include <QGuiApplication>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage render(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p);
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: render_icons SVG OUT_DIR\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render_icons: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    out.mkpath(QStringLiteral("hicolor"));
    out.mkpath(QStringLiteral("Sightglass.iconset"));
    bool ok = true;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        out.mkpath(QStringLiteral("hicolor/%1x%1/apps").arg(size));
        ok &= render(svg, size).save(out.filePath(QStringLiteral("hicolor/%1x%1/apps/io.github.sightglass.Sightglass.png").arg(size)));
    }
    // iconutil's names: icon_16x16.png, icon_16x16@2x.png … icon_512x512@2x.png
    for (int size : {16, 32, 128, 256, 512}) {
        ok &= render(svg, size).save(out.filePath(QStringLiteral("Sightglass.iconset/icon_%1x%1.png").arg(size)));
        ok &= render(svg, size * 2).save(out.filePath(QStringLiteral("Sightglass.iconset/icon_%1x%1@2x.png").arg(size)));
    }
    QImageWriter ico(out.filePath(QStringLiteral("sightglass.ico")), "ico");
    ok &= ico.write(render(svg, 256));
    if (!ok)
        std::fprintf(stderr, "render_icons: could not write every image to %s\n", argv[2]);
    return ok ? 0 : 1;
}
