// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionOptions.h"
#include "db/ConnectionState.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QDockWidget;
class QLabel;
class QToolBar;

namespace sg {
class ActivityMonitor;
class HealthMonitor;
class Advisor;
class StatementsMonitor;
class ServerSession;
struct Capabilities;
struct DbError;
} // namespace sg

namespace sg::ui {

class ActivityPanel;
class HealthPanel;
class PanelFrame;
class QueryPanel;

/// The window: one dock per panel, a status bar with server, state and latency, and the layout
/// remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// \a restoreSavedLayout: false for --screenshot runs, so pictures show the default layout.
    explicit MainWindow(QWidget* parent = nullptr, bool restoreSavedLayout = true);
    ~MainWindow() override;

    /// Connects (asynchronously) and starts the panels' refreshes; \a title names it in the title bar.
    void connectTo(const sg::ConnectionOptions& options, const QString& title);
    /// Shown in the status bar while something is being prepared (the demo server, say).
    void showProgress(const QString& message);
    /// Servers the Server menu offers to open in this window, by title (the demo's primary and
    /// its standby).
    void setSwitchableServers(const QList<QPair<QString, sg::ConnectionOptions>>& servers);
    void showFatal(const QString& message);

    sg::ServerSession* session() const { return m_session; }
    /// The Activity panel of the current connection (null before the first connect).
    ActivityPanel* activityPanel() const { return m_activityPanel; }
    sg::ActivityMonitor* activityMonitor() const { return m_activity; }
    HealthPanel* healthPanel() const { return m_healthPanel; }
    sg::HealthMonitor* healthMonitor() const { return m_health; }
    sg::Advisor* advisor() const { return m_advisor; }
    QueryPanel* queryPanel() const { return m_queryPanel; }
    QList<QDockWidget*> docks() const { return m_docks; }
    /// True once every panel has data or a definite error to show.
    bool panelsSettled() const;
    /// Collects the health report on the interactive worker and writes it to \a path (format from
    /// the extension: .md, .html, .json); reportExported() says how it went.
    void exportReport(const QString& path);
    /// Whether a server that asks for a password gets a prompt (off for --screenshot runs).
    void setPromptsEnabled(bool enabled) { m_promptsEnabled = enabled; }

Q_SIGNALS:
    /// Emitted once, when panelsSettled() first becomes true after a connect.
    void panelsPopulated();
    void reportExported(bool ok, const QString& message);

public Q_SLOTS:
    void refresh();
    void openConnectionDialog();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The settings group of the window's layout on the screen it is on ("window/1280x720").
    QString layoutKey() const;
    /// How to get pg_stat_statements working, from the error and what the connect-time probe saw.
    /// \a title untranslated (QT_TR_NOOP): it is translated again when the language changes.
    static PanelFrame* panelFrame(QDockWidget* dock);
    QDockWidget* addPanel(const QString& objectName, const char* title, QWidget* content,
                          Qt::DockWidgetArea area);
    void buildMenus();
    void buildLanguageMenu(QMenu* view);
    void retranslate();
    void onStateChanged(sg::ConnectionState state, const sg::DbError& error);
    void onConnected(const sg::Capabilities& caps);
    void checkSettled();
    void askForPassword(const sg::DbError& error);
    void toggleWrites(bool allow);

    sg::ServerSession* m_session = nullptr;
    sg::ActivityMonitor* m_activity = nullptr;
    sg::Advisor* m_advisor = nullptr;
    QTimer m_advisorTimer;
    bool m_advisorFailed = false;
    ActivityPanel* m_activityPanel = nullptr;
    QDockWidget* m_activityDock = nullptr;
    sg::HealthMonitor* m_health = nullptr;
    HealthPanel* m_healthPanel = nullptr;
    QDockWidget* m_healthDock = nullptr;
    QAction* m_writesAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    sg::StatementsMonitor* m_statements = nullptr;
    QueryPanel* m_queryPanel = nullptr;
    QList<QDockWidget*> m_docks;
    QHash<QDockWidget*, const char*> m_dockTitles;
    QLabel* m_serverLabel;
    QLabel* m_stateLabel;
    QLabel* m_tlsLabel = nullptr; ///< encrypted or not, and how
    QLabel* m_latencyLabel;
    QString m_title;
    bool m_populatedEmitted = false;
    bool m_promptsEnabled = true;
    QList<QPair<QString, sg::ConnectionOptions>> m_switchable;
    bool m_prompting = false;
    bool m_languageChanged = false; ///< View → Language was used: the panels wait for a restart
};

} // namespace sg::ui
