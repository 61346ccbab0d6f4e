// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultTableModel.h"

#include <QLocale>

namespace sg {

ResultTableModel::ResultTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ResultTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowMap.size());
}

int ResultTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_result.columnCount();
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int sourceRow = m_rowMap.at(index.row());
    const QVariant v = m_result.value(sourceRow, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (v.isNull())
            return QString();
        if (v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'f', 2);
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? tr("yes") : tr("no");
        return v;
    case Qt::ToolTipRole:
        return v.isNull() ? QStringLiteral("NULL") : v.toString();
    case Qt::TextAlignmentRole:
        return ResultSet::isNumericType(m_result.columnType(index.column()))
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return v;
    case KeyRole:
        return rowKey(index.row());
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = m_result.columnName(section);
    return m_titles.value(name, name);
}

QString ResultTableModel::rowKey(int row) const
{
    if (row < 0 || row >= m_rowMap.size())
        return {};
    if (m_keys.size() == m_result.rowCount() && !m_keys.isEmpty())
        return m_keys.at(m_rowMap.at(row));
    QList<int> idx;
    for (const QString& c : m_keyColumns)
        idx << m_result.columnIndex(c);
    return keyOf(m_result, idx, m_rowMap.at(row));
}

QString ResultTableModel::keyOf(const ResultSet& result, const QList<int>& keyIndexes, int row)
{
    QString key;
    for (int i = 0; i < keyIndexes.size(); ++i) {
        if (i > 0)
            key += QChar(0x1f); // unit separator: never part of a catalog value
        key += result.value(row, keyIndexes.at(i)).toString();
    }
    return key;
}

bool ResultTableModel::sameColumns(const ResultSet& other) const
{
    if (other.columnCount() != m_result.columnCount())
        return false;
    for (int c = 0; c < other.columnCount(); ++c) {
        if (other.columnName(c) != m_result.columnName(c))
            return false;
    }
    return true;
}

ResultTableModel::Prepared ResultTableModel::prepare(const ResultSet& result, const QStringList& keyColumns)
{
    Prepared p;
    p.result = result;
    p.keyColumns = keyColumns;
    QList<int> keyIdx;
    for (const QString& c : keyColumns)
        keyIdx << result.columnIndex(c);
    const bool keyed = !keyIdx.isEmpty() && !keyIdx.contains(-1);
    if (!keyed)
        return p;
    p.keys.reserve(result.rowCount());
    p.fingerprints.reserve(result.rowCount());
    p.rowOfKey.reserve(result.rowCount());
    for (int r = 0; r < result.rowCount(); ++r) {
        p.keys << keyOf(result, keyIdx, r);
        p.rowOfKey.insert(p.keys.last(), r);
        size_t h = 0;
        for (const QVariant& v : result.row(r))
            h = qHashMulti(h, v.isNull(), v.toString());
        p.fingerprints << h;
    }
    return p;
}

void ResultTableModel::setResult(const ResultSet& result)
{
    setPrepared(prepare(result, m_keyColumns));
}

void ResultTableModel::setPrepared(const Prepared& prepared)
{
    const ResultSet& result = prepared.result;
    const QHash<QString, int>& newRowOfKey = prepared.rowOfKey;
    const bool wasUnique = m_keysUnique;
    m_keysUnique = !prepared.keys.isEmpty() && newRowOfKey.size() == result.rowCount()
                   && prepared.keyColumns == m_keyColumns;

    // Without unique keys on both sides rows cannot be matched: start afresh.
    if (!m_keysUnique || !wasUnique || m_result.isNull() || !sameColumns(result)) {
        beginResetModel();
        m_result = result;
        m_keys = prepared.keys;
        m_fingerprints = prepared.fingerprints;
        m_rowMap.resize(result.rowCount());
        for (int r = 0; r < result.rowCount(); ++r)
            m_rowMap[r] = r;
        endResetModel();
        return;
    }

    // Our rows as keys, in current order (rows are in snapshot order between updates).
    QStringList keys;
    keys.reserve(m_rowMap.size());
    for (int r = 0; r < m_rowMap.size(); ++r)
        keys << m_keys.at(m_rowMap.at(r));

    // 1. Remove vanished rows, in contiguous runs from the bottom.
    for (int r = int(keys.size()) - 1; r >= 0;) {
        if (newRowOfKey.contains(keys.at(r))) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !newRowOfKey.contains(keys.at(first - 1)))
            --first;
        beginRemoveRows({}, first, r);
        keys.remove(first, r - first + 1);
        m_rowMap.remove(first, r - first + 1);
        endRemoveRows();
        r = first - 1;
    }

    // 2. Swap in the new snapshot; survivors now point at their new rows. Remember where each
    //    came from, to tell changed rows from unchanged ones at the end.
    const QList<size_t> oldFingerprints = m_fingerprints;
    QList<int> oldRowOfNew(result.rowCount(), -1);
    m_result = result;
    m_keys = prepared.keys;
    m_fingerprints = prepared.fingerprints;
    QList<bool> present(result.rowCount(), false);
    for (int r = 0; r < keys.size(); ++r) {
        const int newRow = newRowOfKey.value(keys.at(r));
        oldRowOfNew[newRow] = m_rowMap.at(r);
        m_rowMap[r] = newRow;
        present[newRow] = true;
    }

    // 3. Append the new rows.
    QList<int> added;
    for (int r = 0; r < result.rowCount(); ++r) {
        if (!present.at(r))
            added << r;
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rowMap.size()), int(m_rowMap.size() + added.size() - 1));
        m_rowMap += added;
        endInsertRows();
    }

    // 4. Reorder to the snapshot's order, moving persistent indexes with their rows.
    bool ordered = true;
    for (int r = 0; r < m_rowMap.size() && ordered; ++r)
        ordered = m_rowMap.at(r) == r;
    if (!ordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& i : from)
            to << index(m_rowMap.at(i.row()), i.column());
        for (int r = 0; r < m_rowMap.size(); ++r)
            m_rowMap[r] = r;
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 5. Announce only the rows whose values changed, in contiguous runs: a sorted view over tens
    //    of thousands of rows re-sorts only what moved, not everything on every refresh.
    auto changed = [&](int row) {
        const int was = oldRowOfNew.at(m_rowMap.at(row));
        return was >= 0 && oldFingerprints.at(was) != m_fingerprints.at(m_rowMap.at(row));
    };
    const int lastColumn = columnCount() - 1;
    for (int r = 0; r < rowCount();) {
        if (!changed(r)) {
            ++r;
            continue;
        }
        int end = r;
        while (end + 1 < rowCount() && changed(end + 1))
            ++end;
        Q_EMIT dataChanged(index(r, 0), index(end, lastColumn));
        r = end + 1;
    }
}

} // namespace sg
