// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sg {

namespace {

// The translators installed now; replaced on every apply().
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;

void remove(QTranslator*& t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
        t = nullptr;
    }
}

} // namespace

QStringList Language::available()
{
    QStringList out;
    for (const QString& f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("sightglass_*.qm")}))
        out << f.mid(11, f.size() - 14); // sightglass_de.qm -> de
    return out;
}

bool Language::apply(const QString& code)
{
    remove(g_app);
    remove(g_qt);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* app = new QTranslator;
    // QTranslator tries the locale's UI languages in order ("de-AT" -> de_AT, de).
    if (!app->load(locale, QStringLiteral("sightglass"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete app;
        // English texts; numbers and dates still as the system (or the chosen locale) writes them.
        QLocale::setDefault(locale);
        return false;
    }
    g_app = app;
    QCoreApplication::installTranslator(g_app);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator;
    // Next to the binary first (AppImage, Windows, macOS bundles), then Qt's own folder.
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/../translations")) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
        g_qt = qt;
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete qt;
    }
    return true;
}

QString Language::nativeName(const QString& code)
{
    const QLocale l(code);
    QString name = code == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : l.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace sg
