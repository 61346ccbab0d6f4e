// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace sg {

/// Sorts a ResultTableModel by typed value (numbers numerically, NULLs first, text naturally so
/// "idx_2" comes before "idx_10") and filters case-insensitively across all columns.
class ResultSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultSortFilterProxy(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;

    /// Leaves out the rows whose \a column (by name) satisfies \a exclude, before the text filter:
    /// Sightglass's own sessions and catalog queries. An empty function shows every row again.
    void setRowExclusion(const QString& column, std::function<bool(const QVariant&)> exclude);
    /// The text filter looks at these columns only (by name); all columns when empty.
    void setFilterColumns(const QStringList& columns);
    /// Rows of the source that the exclusion leaves out now (the text filter aside).
    int excludedRowCount() const;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool excluded(int sourceRow) const;

    const class ResultTableModel* m_table = nullptr; ///< the source, when it is one: values read directly
    QString m_excludeColumn;
    QStringList m_filterColumns;
    std::function<bool(const QVariant&)> m_exclude;
};

} // namespace sg
