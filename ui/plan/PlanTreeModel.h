// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"

#include <QAbstractItemModel>

namespace sg::ui {

/// An analysed plan as a tree: one row per node with its times, rows and buffers; the hot nodes
/// shaded by their share of the time, nodes with warnings marked.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        ExclusiveColumn,
        PercentColumn,
        InclusiveColumn,
        CostColumn,
        RowsColumn,
        EstimateColumn,
        MisestimateColumn,
        LoopsColumn,
        RemovedColumn,
        HitColumn,
        ReadColumn,
        TempColumn,
        WarningsColumn,
        ColumnCount
    };
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    explicit PlanTreeModel(QObject* parent = nullptr);
    void setPlan(const sg::Plan& plan);
    const sg::Plan& plan() const { return m_plan; }
    QModelIndex indexOfNode(int id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    sg::Plan m_plan;
    QList<int> m_rowInParent; ///< per node: its row among its parent's children
};

} // namespace sg::ui
