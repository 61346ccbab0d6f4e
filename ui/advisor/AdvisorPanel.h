// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/Finding.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sg {
class Advisor;
class ResultSortFilterProxy;
class ResultTableModel;
class ServerSession;
}

namespace sg::ui {

class FindingsView;

/// The Indexes dock or the Bloat and vacuum dock: every object in a sortable, filterable table with
/// its findings in front, and the findings with their fixes below. The bloat variant adds exact
/// figures from pgstattuple for the selected table, on request (it reads the whole table); the
/// indexes variant shows the selected index's definition.
class AdvisorPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Variant { Indexes, Bloat };

    AdvisorPanel(Variant variant, sg::Advisor* advisor, sg::ServerSession* session, QWidget* parent = nullptr);

    QTableView* objects() const { return m_objects; }
    FindingsView* findings() const { return m_findings; }
    QLabel* header() const { return m_header; }
    /// Bloat variant: asks pgstattuple about the selected table after the user agreed (it reads the
    /// whole table); the answer appears in the header.
    void exactFigures();

private:
    void updateHeader();
    /// Indexes variant: the selected index's CREATE INDEX statement, asked of the server.
    void showDefinition(const QModelIndex& current);

    Variant m_variant;
    sg::Advisor* m_advisor;
    sg::ServerSession* m_session;
    sg::ResultSortFilterProxy* m_proxy;
    QLabel* m_header;
    QLineEdit* m_filter;
    QTableView* m_objects;
    FindingsView* m_findings;
    QPushButton* m_exact = nullptr;
    quint64 m_exactRequest = 0;
    QString m_exactText;
    quint64 m_definitionRequest = 0;
};

} // namespace sg::ui
