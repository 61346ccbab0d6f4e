// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace sg {

/// Sorts a ResultTableModel by typed value (numbers numerically, NULLs first, text naturally so
/// "idx_2" comes before "idx_10") and filters case-insensitively across all columns.
class ResultSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultSortFilterProxy(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const class ResultTableModel* m_table = nullptr; ///< the source, when it is one: values read directly
};

} // namespace sg
