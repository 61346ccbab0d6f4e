// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/Finding.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sg {
class Advisor;
class FixRunner;
class ResultSortFilterProxy;
class ServerSession;
}

namespace sg::ui {

/// The findings of some kinds, each with its explanation and fix: copy the SQL, run it after a
/// confirmation that shows it (disabled while read-only), or save it as a migration file.
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    /// \a group: 1 = index findings, 2 = table findings (sg::Advisor::Group).
    FindingsView(sg::Advisor* advisor, sg::ServerSession* session, int group, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    /// The finding selected now (kind and subject match a snapshot entry), or nullopt.
    std::optional<sg::Finding> selected() const;
    QPushButton* runButton() const { return m_run; }
    QString statusText() const;
    /// Writes the selected finding's migration file into \a directory; returns the path or "" (and says why).
    QString saveMigration(const QString& directory);

private:
    void showSelected();
    void runSelected();

    sg::Advisor* m_advisor;
    int m_group;
    sg::ServerSession* m_session;
    sg::FixRunner* m_runner;
    sg::ResultSortFilterProxy* m_proxy;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
    QPushButton* m_copy;
    QPushButton* m_run;
    QPushButton* m_save;
    QLabel* m_status;
};

} // namespace sg::ui
