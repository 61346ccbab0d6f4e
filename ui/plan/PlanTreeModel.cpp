// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTreeModel.h"
#include "ui/StateColors.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>

namespace sg::ui {

PlanTreeModel::PlanTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void PlanTreeModel::setPlan(const sg::Plan& plan)
{
    beginResetModel();
    m_plan = plan;
    m_rowInParent.fill(0, plan.nodes.size());
    for (const sg::PlanNode& n : m_plan.nodes) {
        for (int r = 0; r < n.children.size(); ++r)
            m_rowInParent[n.children.at(r)] = r;
    }
    endResetModel();
}

QModelIndex PlanTreeModel::indexOfNode(int id) const
{
    if (id < 0 || id >= m_plan.nodes.size())
        return {};
    return createIndex(id == 0 ? 0 : m_rowInParent.at(id), 0, quintptr(id));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (m_plan.nodes.isEmpty() || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const sg::PlanNode& p = m_plan.nodes.at(int(parent.internalId()));
    if (row < 0 || row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex PlanTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_plan.nodes.at(int(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(parentId == 0 ? 0 : m_rowInParent.at(parentId), 0, quintptr(parentId));
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_plan.nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_plan.nodes.at(int(parent.internalId())).children.size());
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const sg::PlanNode& n = m_plan.nodes.at(int(index.internalId()));
    const QLocale l;
    if (role == NodeIdRole)
        return n.id;
    if (role == Qt::ToolTipRole)
        return n.warnings.isEmpty() ? QVariant() : QVariant(n.warnings.join(QLatin1Char('\n')));
    if (role == Qt::TextAlignmentRole && index.column() != NodeColumn && index.column() != WarningsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        if (index.column() == PercentColumn || index.column() == ExclusiveColumn) {
            if (n.percentOfTotal >= 5) { // shade by share: the hot path stands out, text stays readable
                QColor hot = stateColor(State::Error, QGuiApplication::palette());
                hot.setAlpha(int(qMin(150.0, 30 + n.percentOfTotal * 1.2)));
                return hot;
            }
        }
        if (index.column() == MisestimateColumn && n.misestimate >= sg::Plan::kMisestimate)
            return stateBackground(State::Warning, QGuiApplication::palette());
        if (index.column() == WarningsColumn && !n.warnings.isEmpty())
            return stateBackground(State::Warning, QGuiApplication::palette());
        return {};
    }
    if (role == Qt::ForegroundRole && n.neverExecuted)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    auto ms = [&](double v) { return n.analyzed && !n.neverExecuted ? l.toString(v, 'f', 3) : QString(); };
    switch (index.column()) {
    case NodeColumn:
        return n.subplanName.isEmpty() ? n.title() : QStringLiteral("%1: %2").arg(n.subplanName, n.title());
    case ExclusiveColumn:
        return ms(n.exclusiveMs);
    case PercentColumn:
        return n.analyzed && !n.neverExecuted ? l.toString(n.percentOfTotal, 'f', 1) : QString();
    case InclusiveColumn:
        return n.neverExecuted ? tr("never executed") : ms(n.inclusiveMs);
    case CostColumn:
        return l.toString(n.totalCost, 'f', 2);
    case RowsColumn:
        return n.analyzed ? l.toString(n.actualRows, 'f', 0) : QString();
    case EstimateColumn:
        return l.toString(n.planRows, 'f', 0);
    case MisestimateColumn:
        if (!n.analyzed || n.neverExecuted || n.misestimate < 2)
            return QString();
        return (n.underestimated ? QStringLiteral("↓ ") : QStringLiteral("↑ ")) +
               l.toString(n.misestimate, 'f', 0) + QStringLiteral("×");
    case LoopsColumn:
        return n.analyzed ? l.toString(n.loops, 'f', 0) : QString();
    case RemovedColumn: {
        const double removed = n.rowsRemovedByFilter + n.rowsRemovedByJoinFilter + n.rowsRemovedByRecheck;
        return n.analyzed && removed > 0 ? l.toString(removed, 'f', 0) : QString();
    }
    case HitColumn:
        return n.sharedHit + n.localHit ? l.toString(n.sharedHit + n.localHit) : QString();
    case ReadColumn:
        return n.sharedRead + n.localRead ? l.toString(n.sharedRead + n.localRead) : QString();
    case TempColumn:
        return n.tempRead + n.tempWritten ? l.toString(n.tempRead + n.tempWritten) : QString();
    case WarningsColumn:
        return n.warnings.isEmpty()
                   ? QString()
                   : n.warnings.first() + (n.warnings.size() > 1
                                               ? QStringLiteral(" (+%1)").arg(n.warnings.size() - 1)
                                               : QString());
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExclusiveColumn:
            return tr("Time in this node alone: its time x loops, shared across parallel workers, minus its "
                      "children");
        case InclusiveColumn:
            return tr("Time in this node and everything under it");
        case MisestimateColumn:
            return tr("How far the planner's row estimate was off (↓ more rows came than expected)");
        case CostColumn:
            return tr("The planner's total cost estimate (arbitrary units; compare plans of one statement)");
        case RemovedColumn:
            return tr("Rows fetched and thrown away by a filter, join filter or index recheck (per loop)");
        case HitColumn:
            return tr("Shared and local buffers found in cache");
        case ReadColumn:
            return tr("Shared and local buffers read from disk or the OS cache");
        case TempColumn:
            return tr("Temporary file blocks read and written (sorts and hashes that spilled)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case ExclusiveColumn:
        return tr("Exclusive ms");
    case PercentColumn:
        return tr("%");
    case InclusiveColumn:
        return tr("Inclusive ms");
    case CostColumn:
        return tr("Cost");
    case RowsColumn:
        return tr("Rows");
    case EstimateColumn:
        return tr("Estimate");
    case MisestimateColumn:
        return tr("Off by");
    case LoopsColumn:
        return tr("Loops");
    case RemovedColumn:
        return tr("Removed");
    case HitColumn:
        return tr("Hit");
    case ReadColumn:
        return tr("Read");
    case TempColumn:
        return tr("Temp");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace sg::ui
