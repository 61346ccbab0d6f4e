// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace sg {
class LiveQuery;
class ResultSortFilterProxy;
class ResultTableModel;
} // namespace sg

namespace sg::ui {

/// A filterable, sortable table that follows a LiveQuery: selection and scroll survive refreshes,
/// and the footer says when the data is from or why it is missing.
class LiveTableView : public QWidget
{
    Q_OBJECT
public:
    explicit LiveTableView(sg::LiveQuery* query, QWidget* parent = nullptr);
    /// Rows from \a shown, a model derived from the query's rows (with computed columns); the
    /// footer still follows \a query.
    LiveTableView(sg::LiveQuery* query, sg::ResultTableModel* shown, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    /// Puts a control (a "show hidden rows" toggle) in the row beside the filter.
    void addBesideFilter(QWidget* widget);
    /// A short list (a row per database) needs no filter line.
    void setFilterVisible(bool visible);
    sg::ResultSortFilterProxy* proxy() const { return m_proxy; }

private:
    void showStatus();

    sg::LiveQuery* m_query;
    sg::ResultTableModel* m_shown;
    sg::ResultSortFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QHBoxLayout* m_filterRow;
    QTableView* m_table;
    QLabel* m_status;
    bool m_columnsSized = false;
};

} // namespace sg::ui
