// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sg::ui {

/// What the window was asked for on the command line.
struct GuiOptions
{
    bool demo = false;
    QString connect;
    QString profile;
    QString screenshot;
    QString panel; ///< the dock to bring to the front first (its object name, e.g. indexesDock)
    QString tab;   ///< a tab to bring to the front once the panels exist (its object name)
    QString recording; ///< an incident recording to open (sightglass record, or Record)
    QString language;
    bool quitAfterShow = false;
    bool help = false;
};

/// The window's command line, defined once: the options parsed here are the ones that route an
/// invocation to the window (rather than to a subcommand) and the ones `sightglass --help` lists.
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sg::ui::GuiCommandLine)
public:
    /// True when \a arguments (program name first) ask for the window: none, `demo`, window
    /// options only. Also true when they start with a window option but do not parse (a missing
    /// value), so the window's own parser says what is wrong.
    static bool wantsWindow(const QStringList& arguments);
    /// Parses \a arguments (program name first); false with \a error for bad ones.
    static bool parse(const QStringList& arguments, GuiOptions* out, QString* error);
    /// The window's lines of `sightglass --help`: how to open it, then its options section.
    static QString usageLines();
    static QString optionsHelp();
};

} // namespace sg::ui
