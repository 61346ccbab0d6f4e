// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTableView;

namespace sg {
class LiveQuery;
struct DbError;
class ResultSortFilterProxy;
} // namespace sg

namespace sg::ui {

/// A filterable, sortable table that follows a LiveQuery: selection and scroll survive refreshes,
/// and the footer says when the data is from or why it is missing.
class LiveTableView : public QWidget
{
    Q_OBJECT
public:
    explicit LiveTableView(sg::LiveQuery* query, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    /// Columns the query returns for other uses (a full text behind a shortened one, say).
    void setHiddenColumns(const QStringList& names) { m_hidden = names; }
    /// Turns a failure into advice (e.g. how to install a missing extension); empty: the error.
    void setFailureAdvice(std::function<QString(const sg::DbError&)> advice) { m_advice = std::move(advice); }
    QString statusText() const;
    sg::ResultSortFilterProxy* proxy() const { return m_proxy; }

private:
    void showStatus();

    sg::LiveQuery* m_query;
    sg::ResultSortFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_status;
    bool m_columnsSized = false;
    QStringList m_hidden;
    std::function<QString(const sg::DbError&)> m_advice;
};

} // namespace sg::ui
