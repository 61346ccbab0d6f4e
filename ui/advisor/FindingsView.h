// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/Finding.h"

#include <QHash>
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
    /// Every selected finding, in the list's order.
    QList<sg::Finding> selectedFindings() const;
    /// The findings the list shows now (after the filter), in its order.
    QList<sg::Finding> shownFindings() const;
    /// Filters the list as the panel's filter box does the objects above it.
    void setFilterText(const QString& text);
    /// Selects the finding about this object (an index, a constraint, or the table itself when
    /// \a object is empty); clears the selection when it has none. Returns whether one was found.
    bool selectFor(const QString& schema, const QString& table, const QString& object);
    /// "3 finding(s): 1 unused index, …" for what the list shows.
    QString summaryText() const;
    /// The text "Copy all fixes as one migration" puts on the clipboard.
    QString allFixesMigration() const;
    QPushButton* runButton() const { return m_run; }
    QString statusText() const;
    /// Writes the selected finding's migration file into \a directory; returns the path or "" (and says why).
    QString saveMigration(const QString& directory);

private:
    sg::Finding findingAt(int sourceRow) const;
    /// The snapshot's finding behind each row of the findings model: built once per change of the
    /// model or the snapshot (it reads every finding), not once per call.
    const QHash<int, sg::Finding>& findingsByRow() const;
    void showSelected();
    /// Asks for the summary line once the model has settled: a keyed refresh announces its changes
    /// in many runs, and the summary reads every row.
    void updateSummary();
    void writeSummary();
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
    QPushButton* m_copyAll;
    QLabel* m_summary;
    mutable std::optional<QHash<int, sg::Finding>> m_byRow;
    /// kind + subject -> index in the snapshot's findings, for the snapshot whose list starts at
    /// m_byKeyOf: every view reads all findings, so it is built once per snapshot, not per change.
    mutable QHash<QString, qsizetype> m_byKey;
    mutable const void* m_byKeyOf = nullptr;
    bool m_summaryPending = false;
    QLabel* m_status;
};

} // namespace sg::ui
