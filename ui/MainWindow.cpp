// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Language.h"
#include "PanelFrame.h"
#include "Settings.h"
#include "Version.h"

#include "backup/BackupDialog.h"
#include "backup/RestoreDialog.h"
#include "migrate/MigrationWizard.h"
#include "plan/QueryPanel.h"

#include "activity/ActivityPanel.h"
#include "advisor/AdvisorPanel.h"
#include "ConnectionDialog.h"
#include "health/HealthPanel.h"
#include "Icons.h"
#include "StateColors.h"
#include "StatementsPanel.h"

#include "advisor/Advisor.h"
#include "advisor/FixRunner.h"
#include "advisor/HealthReport.h"
#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "monitor/ActivityMonitor.h"
#include "monitor/HealthMonitor.h"
#include "monitor/StatementsMonitor.h"

#include <QAction>
#include <QLocale>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QGuiApplication>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace sg::ui {

namespace {
constexpr int kLayoutVersion = 6; // raise when the set of docks or their default arrangement changes

// Some platforms (offscreen, minimal window managers) define no binding for a standard key.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}
} // namespace

MainWindow::MainWindow(QWidget* parent, bool restoreSavedLayout)
    : QMainWindow(parent), m_session(new sg::ServerSession(this))
{
    setWindowTitle(tr("Sightglass"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    // A first start fits the screen it opens on (a laptop's 1280×720 included).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 860);
    resize(qMin(qMax(1280, available.width() * 9 / 10), available.width()),
           qMin(qMax(720, available.height() * 9 / 10), available.height()));

    m_statements = new sg::StatementsMonitor(m_session, {}, this);
    // Catalog reading is user-facing work: the interactive worker, so sampling never waits on it.
    m_advisor = new sg::Advisor(m_session->interactive(), m_session->catalog(), this);
    m_advisorTimer.setInterval(5 * 60 * 1000);
    connect(&m_advisorTimer, &QTimer::timeout, m_advisor, &sg::Advisor::refresh);
    connect(m_session->interactive(), &sg::DbClient::connected, m_advisor, [this] {
        if (!m_session->options().isPgBouncerConsole())
            m_advisor->refresh();
    });
    connect(m_advisor, &sg::Advisor::updated, this, &MainWindow::checkSettled);
    connect(m_advisor, &sg::Advisor::failed, this, [this] {
        m_advisorFailed = true;
        checkSettled();
    });

    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_dockTitles.insert(m_activityDock, QT_TR_NOOP("Activity"));
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    auto* notConnected = new QLabel(tr("Not connected. File → Connect… (Ctrl+O)"), m_activityDock);
    notConnected->setAlignment(Qt::AlignCenter);
    m_activityDock->setWidget(new PanelFrame(notConnected));
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_docks << m_activityDock;
    auto* statements = new StatementsPanel(m_statements);
    auto* slow = addPanel(QStringLiteral("statementsDock"), QT_TR_NOOP("Slow queries"), statements,
                          Qt::BottomDockWidgetArea);
    auto* indexes = addPanel(QStringLiteral("indexesDock"), QT_TR_NOOP("Indexes"),
                             new AdvisorPanel(AdvisorPanel::Variant::Indexes, m_advisor, m_session),
                             Qt::BottomDockWidgetArea);
    auto* bloat = addPanel(QStringLiteral("bloatDock"), QT_TR_NOOP("Bloat and vacuum"),
                           new AdvisorPanel(AdvisorPanel::Variant::Bloat, m_advisor, m_session),
                           Qt::BottomDockWidgetArea);
    auto* waiting = new QLabel(tr("Not connected. File → Connect… (Ctrl+O)"));
    waiting->setAlignment(Qt::AlignCenter);
    m_healthDock = addPanel(QStringLiteral("healthDock"), QT_TR_NOOP("Production health"), waiting,
                            Qt::BottomDockWidgetArea);
    m_queryPanel = new QueryPanel(m_session);
    auto* query = addPanel(QStringLiteral("queryDock"), QT_TR_NOOP("Query and plan"), m_queryPanel,
                           Qt::BottomDockWidgetArea);
    // One tab group, Activity first: every panel gets the whole window (the sessions list most of
    // all, in an incident), and the sum of their heights no longer sets the window's minimum, so
    // it fits a 1280×720 screen. Docks can still be dragged apart side by side.
    tabifyDockWidget(m_activityDock, slow);
    tabifyDockWidget(slow, indexes);
    tabifyDockWidget(indexes, bloat);
    tabifyDockWidget(bloat, m_healthDock);
    tabifyDockWidget(m_healthDock, query);
    // A double-click on a statement explains it (its whole text) in the Query and plan dock.
    connect(statements, &StatementsPanel::explainRequested, this, [this, query](const QString& sql) {
        query->raise();
        m_queryPanel->explain(sql, false);
    });
    m_activityDock->raise();
    for (sg::LiveQuery* q : {m_statements->topQuery(), m_statements->runningQuery()}) {
        connect(q, &sg::LiveQuery::updated, this, &MainWindow::checkSettled);
        connect(q, &sg::LiveQuery::failed, this, &MainWindow::checkSettled);
    }

    m_serverLabel = new QLabel(tr("not connected"), this);
    m_stateLabel = new QLabel(this);
    m_tlsLabel = new QLabel(this);
    m_tlsLabel->setObjectName(QStringLiteral("tlsState"));
    m_latencyLabel = new QLabel(this);
    // Of a fixed size, wide enough for any round trip: a label whose text changes every sample
    // would otherwise relay out the whole window each time.
    m_latencyLabel->setText(tr("round trip %1 ms").arg(QLocale().toString(88888)));
    m_latencyLabel->setFixedSize(m_latencyLabel->sizeHint());
    m_latencyLabel->clear();
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_tlsLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_latencyLabel);

    connect(m_session, &sg::ServerSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &sg::ServerSession::connected, this, &MainWindow::onConnected);
    connect(m_session, &sg::ServerSession::latencyChanged, this, [this](double ms) {
        m_latencyLabel->setText(tr("round trip %1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 0)));
    });

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() keys it by name
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buildMenus();
    if (restoreSavedLayout) {
        QSettings settings;
        const QString key = layoutKey();
        restoreGeometry(settings.value(key + QStringLiteral("/geometry")).toByteArray());
        // A layout saved by a build with other docks is ignored rather than half applied.
        restoreState(settings.value(key + QStringLiteral("/state")).toByteArray(), kLayoutVersion);
    }
}

MainWindow::~MainWindow() = default;

PanelFrame* MainWindow::panelFrame(QDockWidget* dock)
{
    return static_cast<PanelFrame*>(dock->widget());
}

QDockWidget* MainWindow::addPanel(const QString& objectName, const char* title, QWidget* content,
                                  Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(tr(title), this);
    m_dockTitles.insert(dock, title);
    dock->setObjectName(objectName); // saveState() keys the layout by object name
    dock->setWidget(new PanelFrame(content));
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::openConnectionDialog);
    connectAction->setShortcuts(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    connectAction->setIcon(actionIcon(QStringLiteral("connect")));
    QAction* reportAction = file->addAction(tr("Export health &report…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export health report"), QStringLiteral("health-report.md"),
                                         tr("Markdown (*.md);;HTML (*.html);;JSON (*.json)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(actionIcon(QStringLiteral("quit")));
    reportAction->setIcon(actionIcon(QStringLiteral("report")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcuts(standardOr(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    refreshAction->setIcon(actionIcon(QStringLiteral("refresh")));
    view->addSeparator();
    for (QDockWidget* d : std::as_const(m_docks))
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    buildLanguageMenu(view);

    QMenu* server = menuBar()->addMenu(tr("&Server"));
    m_writesAction = server->addAction(tr("Allow &writes…"));
    m_writesAction->setCheckable(true);
    m_writesAction->setIcon(actionIcon(QStringLiteral("writes")));
    m_writesAction->setObjectName(QStringLiteral("allowWritesAction"));
    connect(m_writesAction, &QAction::triggered, this, &MainWindow::toggleWrites);
    connect(m_session, &sg::ServerSession::writesAllowedChanged, m_writesAction, &QAction::setChecked);
    m_writesAction->setChecked(m_session->writesAllowed());
    server->addSeparator();
    auto add = [&](QMenu* menu, const QString& text, const char* name, const QString& icon, auto slot) {
        QAction* a = menu->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        a->setIcon(actionIcon(icon));
        return a;
    };
    QAction* backupAction = add(server, tr("&Back up…"), "backupAction", QStringLiteral("backup"), [this] {
        BackupDialog dialog(m_session, this);
        dialog.exec();
    });
    QAction* restoreAction = add(server, tr("Re&store…"), "restoreAction", QStringLiteral("restore"), [this] {
        RestoreDialog dialog(m_session, this);
        dialog.exec();
    });
    server->addSeparator();
    QAction* migrationsAction =
        add(server, tr("&Migrations…"), "migrationsAction", QStringLiteral("migrations"), [this] {
            MigrationWizard wizard(m_session, this);
            wizard.exec();
        });
    if (!m_switchable.isEmpty())
        server->addSeparator();
    for (const auto& [title, options] : std::as_const(m_switchable)) {
        QAction* a = server->addAction(tr("Open %1").arg(title));
        a->setObjectName(QStringLiteral("open:") + title);
        connect(a, &QAction::triggered, this,
                [this, title = title, options = options] { connectTo(options, title); });
    }

    // The toolbar holds the same actions, so it is refilled with them.
    m_toolBar->clear();
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_toolBar->addActions({connectAction, refreshAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({backupAction, restoreAction, migrationsAction});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sightglass"), this, [this] {
        QMessageBox::about(this, tr("About Sightglass"),
                           tr("<b>Sightglass %1</b><p>A native console for PostgreSQL: live activity, index "
                              "and bloat advice, slow queries, migrations and backups.</p>")
                               .arg(sg::applicationVersion()));
    });
}

void MainWindow::buildLanguageMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    const QString chosen = sg::Settings::language();
    auto add = [&](const QString& code, const QString& text) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            sg::Settings::setLanguage(code);
            sg::Language::apply(code); // LanguageChange reaches every widget
            m_languageChanged = true;
        });
    };
    add(QString(), tr("System default"));
    add(QStringLiteral("en"), QStringLiteral("English"));
    for (const QString& code : sg::Language::available())
        add(code, sg::Language::nativeName(code));
    // Menus, dock titles and dialogs opened from now on switch at once; the panels' own texts were
    // written when they were built, and switch with a restart. Said, with the way to do it.
    menu->addSeparator();
    QAction* restart = menu->addAction(tr("Restart Sightglass to switch the panels too"), this, [this] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        close(); // as when quitting: the layout is saved first
    });
    restart->setObjectName(QStringLiteral("languageRestart"));
    restart->setEnabled(m_languageChanged);
    if (m_languageChanged)
        statusBar()->showMessage(tr("Menus and titles are in the new language now; the panels switch when "
                                    "Sightglass starts again (View → Language → Restart)."));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Menus and toolbar are rebuilt: texts for a new language, icons for a new (dark or light) palette.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void MainWindow::retranslate()
{
    // Menus are rebuilt rather than patched: every action's text comes from buildMenus().
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->clear();
    for (QAction* a : menus)
        delete a->menu();
    buildMenus();
    for (auto it = m_dockTitles.cbegin(); it != m_dockTitles.cend(); ++it)
        it.key()->setWindowTitle(tr(it.value()));
    if (!m_title.isEmpty())
        setWindowTitle(tr("%1 — Sightglass").arg(m_title));
}

void MainWindow::connectTo(const sg::ConnectionOptions& options, const QString& title)
{
    m_title = title.isEmpty() ? options.displayName() : title;
    m_populatedEmitted = false;
    setWindowTitle(tr("%1 — Sightglass").arg(m_title));
    m_serverLabel->setText(options.displayName());
    // A fresh monitor per connection: history and alerts belong to one server.
    // The panel first (its lists follow the monitor's queries), then the monitor (it reads the
    // activity monitor's history), then the activity monitor.
    delete m_healthPanel;
    m_healthPanel = nullptr;
    delete m_health;
    m_health = nullptr;
    delete m_activityPanel;
    m_activityPanel = nullptr;
    delete m_activity;
    m_activity = new sg::ActivityMonitor(m_session, this);
    m_activityPanel = new ActivityPanel(m_activity);
    panelFrame(m_activityDock)->setPanel(m_activityPanel); // deletes the "not connected" line
    connect(m_activityDock, &QDockWidget::visibilityChanged, m_activityPanel,
            [panel = m_activityPanel](bool shown) {
                if (shown)
                    panel->showIfStale();
            });
    m_health = new sg::HealthMonitor(m_activity, this);
    m_healthPanel = new HealthPanel(m_health);
    panelFrame(m_healthDock)->setPanel(m_healthPanel);
    connect(m_activity->sampler(), &sg::ActivitySampler::sampled, this, &MainWindow::checkSettled);
    connect(m_activity->pools(), &sg::PgBouncerSampler::sampled, this, &MainWindow::checkSettled);
    m_advisorFailed = false;
    m_session->open(options);
    m_activity->start();
    if (!options.isPgBouncerConsole())
        m_advisorTimer.start();
    else
        m_advisorTimer.stop();
    if (options.isPgBouncerConsole()) {
        m_statements->stop(); // pgbouncer's console has no catalogs
    } else {
        m_statements->start();
        m_health->start();
    }
    m_writesAction->setChecked(m_session->writesAllowed());
}

void MainWindow::setSwitchableServers(const QList<QPair<QString, sg::ConnectionOptions>>& servers)
{
    m_switchable = servers;
    retranslate(); // the Server menu is built with them
}

void MainWindow::showProgress(const QString& message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showFatal(const QString& message)
{
    statusBar()->showMessage(message);
    QMessageBox::critical(this, tr("Sightglass"), message);
}

void MainWindow::refresh()
{
    m_statements->refresh();
    m_advisor->refresh();
    if (m_health)
        m_health->refresh();
    if (m_activity) {
        m_activity->sampler()->sampleNow();
        m_activity->sessions()->refresh();
        m_activity->pools()->sampleNow();
    }
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(this, m_title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    connectTo(dialog.options(), dialog.profileName());
}

void MainWindow::onStateChanged(sg::ConnectionState state, const sg::DbError& error)
{
    const State shown = state == sg::ConnectionState::Connected ? State::Good
                        : state == sg::ConnectionState::Lost || state == sg::ConnectionState::Disconnected
                            ? State::Error
                            : State::Warning;
    showState(m_stateLabel, QStringLiteral("● ") + sg::connectionStateName(state), shown);
    if (error.isError()) {
        statusBar()->showMessage(error.userMessage());
        if (state == sg::ConnectionState::Disconnected && error.sqlState == QLatin1String("28P01") &&
            m_promptsEnabled) {
            // Passwords are never stored: when neither pgpass nor a service file has one, ask.
            QTimer::singleShot(0, this, [this, error] { askForPassword(error); });
            return;
        }
        if (state == sg::ConnectionState::Disconnected)
            checkSettled();
    }
}

void MainWindow::onConnected(const sg::Capabilities& caps)
{
    QString text =
        tr("PostgreSQL %1 · %2@%3")
            .arg(caps.serverVersion.section(QLatin1Char(' '), 0, 0), caps.currentUser, caps.database);
    if (caps.readOnly)
        text += tr(" · read-only");
    m_serverLabel->setText(text);
    // Unencrypted is a warning only off this machine: the loopback never leaves it.
    showState(m_tlsLabel, caps.tls.summary(),
              caps.tls.inUse || m_session->options().isThisMachine() ? State::Normal : State::Warning);
    m_tlsLabel->setToolTip(caps.tls.details());
    statusBar()->clearMessage();
}

void MainWindow::askForPassword(const sg::DbError& error)
{
    if (m_prompting)
        return;
    m_prompting = true;
    bool ok = false;
    sg::ConnectionOptions options = m_session->options();
    const QString password =
        QInputDialog::getText(this, tr("Password"),
                              tr("%1\n\nPassword for %2 (used for this session only, never saved):")
                                  .arg(error.message, options.displayName()),
                              QLineEdit::Password, {}, &ok);
    m_prompting = false;
    if (!ok || password.isEmpty()) {
        checkSettled();
        return;
    }
    options.setValue(QStringLiteral("password"), password);
    connectTo(options, m_title);
}

void MainWindow::exportReport(const QString& path)
{
    auto* report = new sg::HealthReport(m_session->interactive(), this);
    if (m_activity) // what the Activity panel sampled: the wraparound forecast's basis
        report->setXidHistory(sg::WraparoundForecast::samplesOf(m_activity->sampler()->history()));
    statusBar()->showMessage(tr("Collecting the health report…"));
    auto finish = [this, report](bool ok, const QString& message) {
        statusBar()->showMessage(message);
        report->deleteLater();
        Q_EMIT reportExported(ok, message);
    };
    connect(report, &sg::HealthReport::ready, this, [report, path, finish] {
        const QString error =
            sg::FixRunner::writeFile(path, report->render(sg::HealthReport::formatForPath(path)));
        finish(error.isEmpty(), error.isEmpty() ? tr("Health report written to %1").arg(path) : error);
    });
    connect(report, &sg::HealthReport::failed, this,
            [finish](const sg::DbError& e) { finish(false, e.userMessage()); });
    report->collect();
}

void MainWindow::toggleWrites(bool allow)
{
    if (!allow) {
        m_session->lockWrites();
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Allow writes"),
        tr("This profile is marked as production and opens read-only.\n\nAllow statements that change the "
           "server (cancel, terminate, DDL) for this session? Sightglass still asks before each one."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->unlockWrites();
    else
        m_writesAction->setChecked(false);
}

bool MainWindow::panelsSettled() const
{
    if (m_session->state() == sg::ConnectionState::Disconnected &&
        m_session->monitor()->lastError().isError())
        return true;
    if (!m_activity)
        return false;
    if (m_activity->isPgBouncer())
        return !m_activity->pools()->history().isEmpty();
    for (const sg::LiveQuery* q : {m_statements->topQuery(), m_statements->runningQuery()}) {
        if (!q->hasData() && !q->lastError().isError())
            return false;
    }
    // Two samples, so the rate charts have a first point too.
    return m_activity->sampler()->sampleCount() >= 2 && m_activity->sessions()->hasData() &&
           (!m_advisor->snapshot().isNull() || m_advisorFailed);
}

void MainWindow::checkSettled()
{
    if (m_populatedEmitted || !panelsSettled())
        return;
    m_populatedEmitted = true;
    Q_EMIT panelsPopulated();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    const QString key = layoutKey();
    settings.setValue(key + QStringLiteral("/geometry"), saveGeometry());
    settings.setValue(key + QStringLiteral("/state"), saveState(kLayoutVersion));
    event->accept();
}

QString MainWindow::layoutKey() const
{
    // One layout per screen size: the docks arranged on a 2560×1440 monitor do not fit the laptop
    // screen the same window opens on when undocked, and each keeps its own.
    const QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize size = s ? s->availableSize() : QSize();
    return QStringLiteral("window/%1x%2").arg(size.width()).arg(size.height());
}

} // namespace sg::ui
