// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiMain.h"
#include "Language.h"
#include "Settings.h"
#include "Version.h"

#include "activity/RecordingWindow.h"
#include "GuiCommandLine.h"
#include "MainWindow.h"
#include "WelcomeDialog.h"

#include "cli/CommandDispatcher.h"
#include "db/DemoEnvironment.h"
#include "db/ProfileStore.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QIcon>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace sg::ui {

namespace {

QString fullUsage()
{
    sg::cli::CommandDispatcher d = sg::cli::CommandDispatcher::withBuiltins();
    d.setWindowHelp(GuiCommandLine::usageLines(), GuiCommandLine::optionsHelp());
    return d.usage();
}

int usageError(const QString& message)
{
    QTextStream err(stderr);
    err << "sightglass: " << message << "\n\n" << fullUsage();
    return sg::cli::Usage;
}

void takeScreenshot(QWidget* window, const QString& file)
{
    // Let the last layout and paint settle before grabbing.
    QTimer::singleShot(400, window, [window, file] {
        const QPixmap pixmap = window->grab();
        const bool ok = !pixmap.isNull() && pixmap.save(file, "PNG");
        QTextStream(ok ? stdout : stderr)
            << (ok ? "screenshot written to " : "could not write screenshot to ") << file << "\n";
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace

int runGui(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    GuiOptions options;
    QString error;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!GuiCommandLine::parse(arguments, &options, &error))
        return usageError(error);
    if (options.help) {
        QTextStream(stdout) << fullUsage();
        return sg::cli::Ok;
    }
    if ((!options.screenshot.isEmpty() || options.quitAfterShow) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

#ifdef Q_OS_WIN
    // Qt 6.4 follows the Windows dark mode (palette and title bars) only when asked to.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sightglass"));
    QApplication::setApplicationName(QStringLiteral("sightglass"));
    QApplication::setApplicationVersion(sg::applicationVersion());
    QApplication::setApplicationDisplayName(QStringLiteral("Sightglass"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sightglass.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sightglass.Sightglass"));
    sg::Language::apply(options.language.isEmpty() ? sg::Settings::language() : options.language);

    if (!options.recording.isEmpty()) {
        // A recording needs no server: its own window, and the application ends with it.
        std::unique_ptr<RecordingWindow> recording(RecordingWindow::open(options.recording, &error));
        if (!recording) {
            QTextStream(stderr) << "sightglass: " << error << "\n";
            return sg::cli::Failure;
        }
        recording->show();
        if (!options.screenshot.isEmpty())
            takeScreenshot(recording.get(), options.screenshot);
        return app.exec();
    }

    std::unique_ptr<sg::DemoEnvironment> demo; // outlives the window, whose sessions use its server
    MainWindow window(nullptr, options.screenshot.isEmpty() && !options.quitAfterShow);
    window.setPromptsEnabled(options.screenshot.isEmpty() && !options.quitAfterShow);
    window.show();
    if (!options.panel.isEmpty()) {
        auto* dock = window.findChild<QDockWidget*>(options.panel);
        if (!dock)
            return usageError(
                QStringLiteral("no panel named '%1' (activityDock, statementsDock, indexesDock, "
                               "bloatDock, queryDock)")
                    .arg(options.panel));
        dock->raise();
    }

    if (!options.tab.isEmpty()) {
        QObject::connect(&window, &MainWindow::panelsPopulated, &window, [&] {
            auto* page = window.findChild<QWidget*>(options.tab);
            QTabWidget* tabs = nullptr;
            for (QWidget* w = page ? page->parentWidget() : nullptr; w && !tabs; w = w->parentWidget())
                tabs = qobject_cast<QTabWidget*>(w);
            if (tabs && tabs->indexOf(page) >= 0) {
                tabs->setCurrentWidget(page);
                return;
            }
            QTextStream(stderr) << "no tab named '" << options.tab << "'\n";
        });
    }

    if (options.quitAfterShow) {
        QTimer::singleShot(0, &app, [&] {
            QTextStream(stdout) << "window shown after " << sinceStart.elapsed() << " ms\n";
            QCoreApplication::quit();
        });
        return app.exec();
    }

    if (!options.screenshot.isEmpty()) {
        QObject::connect(&window, &MainWindow::panelsPopulated, &window, [&] {
            // The demo's workload needs a few seconds before the panels show it at work (its lock
            // holder starts after 10 s).
            QTimer::singleShot(options.demo ? 15000 : 0, &window,
                               [&] { takeScreenshot(&window, options.screenshot); });
        });
        // A server that never answers still gets a picture (of the window saying so).
        QTimer::singleShot(90000, &window, [&] { takeScreenshot(&window, options.screenshot); });
    }

    bool connectDialog = options.screenshot.isEmpty() && !options.demo && options.connect.isEmpty() &&
                         options.profile.isEmpty();
    if (connectDialog && WelcomeDialog::isFirstRun()) {
        WelcomeDialog welcome(&window);
        welcome.exec();
        WelcomeDialog::markShown();
        options.demo = welcome.choice() == WelcomeDialog::Choice::Demo;
        connectDialog = welcome.choice() == WelcomeDialog::Choice::Connect;
    }

    if (options.demo) {
        demo = std::make_unique<sg::DemoEnvironment>();
        QObject::connect(demo.get(), &sg::DemoEnvironment::progress, &window, &MainWindow::showProgress);
        QObject::connect(demo.get(), &sg::DemoEnvironment::failed, &window, [&](const QString& message) {
            if (!options.screenshot.isEmpty()) {
                QTextStream(stderr) << "demo failed: " << message << "\n";
                QCoreApplication::exit(1);
                return;
            }
            window.showFatal(QObject::tr("The demo server could not start:\n%1").arg(message));
        });
        QObject::connect(demo.get(), &sg::DemoEnvironment::ready, &window,
                         [&](const sg::ConnectionOptions& o) {
                             demo->startWorkload();
                             window.connectTo(o, QObject::tr("demo"));
                             // The standby is there to be looked at too: one click away.
                             window.setSwitchableServers(
                                 {{QObject::tr("demo"), o},
                                  {QObject::tr("demo standby"), demo->standbyOptions()}});
                         });
        demo->start();
    } else if (!options.connect.isEmpty() || !options.profile.isEmpty()) {
        QString conninfo = options.connect;
        bool readOnly = false;
        if (!options.profile.isEmpty()) {
            const sg::ConnectionProfile p = sg::ProfileStore::find(options.profile);
            if (p.name.isEmpty())
                return usageError(QStringLiteral("no saved profile named '%1'").arg(options.profile));
            conninfo = p.conninfo;
            readOnly = p.production;
        }
        sg::DbError parseError;
        sg::ConnectionOptions o = sg::ConnectionOptions::parse(conninfo, &parseError);
        if (!o.isValid())
            return usageError(parseError.userMessage());
        o.session.readOnly = readOnly;
        window.connectTo(o, options.profile);
    } else if (connectDialog) {
        QTimer::singleShot(0, &window, &MainWindow::openConnectionDialog);
    } else if (options.screenshot.isEmpty()) {
        // The welcome was put off: the window waits for File → Connect.
    } else {
        takeScreenshot(&window, options.screenshot);
    }
    const int rc = app.exec();
    if (demo)
        demo->stopWorkload();
    return rc;
}

} // namespace sg::ui
