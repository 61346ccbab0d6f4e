// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sg {

/// The language Sightglass speaks: the system's by default, or the one chosen in View → Language
/// (Settings::language()). Installs Sightglass's own translations (built into the binary) and Qt's
/// (qtbase_*.qm, for the standard dialogs); widgets retranslate on the LanguageChange event.
class Language
{
public:
    /// "de", "zh_CN" …: the languages with a translation, English (the source) not included.
    static QStringList available();
    /// Installs the translators for \a code (empty: the system locale); false when Sightglass has
    /// no translation for it and English stays.
    static bool apply(const QString& code);
    /// The language's own name ("Deutsch", "简体中文").
    static QString nativeName(const QString& code);
};

} // namespace sg
