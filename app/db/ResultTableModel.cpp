// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultTableModel.h"

#include "Durations.h"

#include "ColumnTitles.h"
#include "PgTypes.h"

#include <QLocale>
#include <QTimeZone>
#include <QRegularExpression>
#include <QDateTime>

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

QString ResultTableModel::localized(const QString& text, unsigned int typeOid)
{
    // numeric comes as text to keep its precision: shown in the user's number format, its own
    // number of decimals kept ("90.0" reads "90,0" in German).
    if (typeOid == pgtype::Numeric) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            return text; // NaN, Infinity
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        return QLocale().toString(value, 'f', dot < 0 ? 0 : int(text.size() - dot - 1));
    }
    // Timestamps in the server's ISO form ("2026-12-02 06:38:30.123+00"): in local time and the
    // user's date format; sorting keeps the ISO text.
    if (typeOid == pgtype::TimestampTz || typeOid == pgtype::Timestamp) {
        QString iso = text.left(19);
        iso[10] = QLatin1Char('T');
        QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        if (!at.isValid())
            return text;
        if (typeOid == pgtype::TimestampTz) {
            static const QRegularExpression offset(QStringLiteral("([+-])(\\d{2})(?::?(\\d{2}))?$"));
            const QRegularExpressionMatch m = offset.match(text);
            if (!m.hasMatch())
                return text;
            const int seconds = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60) *
                                (m.captured(1) == QLatin1String("-") ? -1 : 1);
            at.setTimeZone(QTimeZone(seconds));
            at = at.toLocalTime();
        }
        return QLocale().toString(at, QLocale::ShortFormat);
    }
    return text;
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
        if (!m_formats.isEmpty()) {
            const auto format = m_formats.constFind(m_result.columnName(index.column()));
            if (format != m_formats.cend()) {
                switch (*format) {
                case ColumnFormat::Bytes:
                    return QLocale().formattedDataSize(v.toLongLong());
                case ColumnFormat::Duration:
                    return durationText(v.toDouble());
                case ColumnFormat::EpochMs:
                    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.toLongLong()),
                                              QLocale::ShortFormat);
                case ColumnFormat::Count:
                    return QLocale().toString(v.toLongLong());
                }
            }
        }
        if (v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'f', 2);
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? tr("yes") : tr("no");
        if (v.typeId() == QMetaType::QString)
            return localized(v.toString(), m_result.columnType(index.column()));
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
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || orientation != Qt::Horizontal || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = m_result.columnName(section);
    const QString title = m_titles.value(name, columnTitle(name));
    if (role == Qt::ToolTipRole) // the name the catalog (and the docs) use, where the title differs
        return title == name ? QVariant() : QVariant(name);
    return title;
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

bool ResultTableModel::sameColumns(const ResultSet& a, const ResultSet& b)
{
    if (a.columnCount() != b.columnCount())
        return false;
    for (int c = 0; c < a.columnCount(); ++c) {
        if (a.columnName(c) != b.columnName(c))
            return false;
    }
    return true;
}

ResultTableModel::Prepared ResultTableModel::prepare(const ResultSet& result, const QStringList& keyColumns,
                                                     const Base& base)
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
    if (matchable(base, p))
        p.update = rowUpdate(base, p);
    return p;
}

bool ResultTableModel::matchable(const Base& base, const Prepared& next)
{
    const bool nextUnique = !next.keys.isEmpty() && next.rowOfKey.size() == next.result.rowCount();
    return nextUnique && base.keysUnique && !base.result.isNull() && base.keyColumns == next.keyColumns &&
           base.keys.size() == base.result.rowCount() && sameColumns(base.result, next.result);
}

ResultTableModel::RowUpdate ResultTableModel::rowUpdate(const Base& base, const Prepared& next)
{
    // Between updates the model's rows are the base snapshot's rows in order, so a model row is a
    // base row here.
    RowUpdate p;
    p.base = base.result;
    const QStringList& keys = base.keys;
    const QHash<QString, int>& newRowOfKey = next.rowOfKey;

    // 1. Vanished rows, in contiguous runs from the bottom (so earlier runs keep their rows).
    for (int r = int(keys.size()) - 1; r >= 0;) {
        if (newRowOfKey.contains(keys.at(r))) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !newRowOfKey.contains(keys.at(first - 1)))
            --first;
        p.removedRuns.append({first, r});
        r = first - 1;
    }

    // 2. Survivors point at their new rows; remember where each came from.
    const int newCount = next.result.rowCount();
    QList<int> oldRowOfNew(newCount, -1);
    p.survivorRows.reserve(keys.size());
    for (int r = 0; r < keys.size(); ++r) {
        const auto it = newRowOfKey.constFind(keys.at(r));
        if (it == newRowOfKey.cend())
            continue;
        oldRowOfNew[it.value()] = r;
        p.survivorRows << it.value();
    }

    // 3. New rows are appended.
    for (int r = 0; r < newCount; ++r) {
        if (oldRowOfNew.at(r) < 0)
            p.addedRows << r;
    }

    // 4. Does the order differ from the snapshot's?
    for (int r = 0; r < p.survivorRows.size() && !p.reorder; ++r)
        p.reorder = p.survivorRows.at(r) != r;
    for (int i = 0; i < p.addedRows.size() && !p.reorder; ++i)
        p.reorder = p.addedRows.at(i) != int(p.survivorRows.size()) + i;

    // 5. Rows whose values changed, in contiguous runs of the final (snapshot) order: a sorted view
    //    over tens of thousands of rows then re-sorts only what changed.
    auto changed = [&](int row) {
        const int was = oldRowOfNew.at(row);
        return was >= 0 && base.fingerprints.value(was) != next.fingerprints.at(row);
    };
    for (int r = 0; r < newCount;) {
        if (!changed(r)) {
            ++r;
            continue;
        }
        int end = r;
        while (end + 1 < newCount && changed(end + 1))
            ++end;
        p.changedRuns.append({r, end});
        r = end + 1;
    }
    return p;
}

void ResultTableModel::setResult(const ResultSet& result)
{
    setPrepared(prepare(result, m_keyColumns));
}

void ResultTableModel::setPrepared(const Prepared& prepared)
{
    const Base current = base();
    if (prepared.keyColumns == m_keyColumns && matchable(current, prepared)) {
        // Replay the update worked out off-thread when it starts from what we show; otherwise work it out
        // now.
        if (prepared.update && prepared.update->base.isSameSnapshot(m_result))
            replay(prepared, *prepared.update);
        else
            replay(prepared, rowUpdate(current, prepared));
        return;
    }

    // Rows cannot be matched: start afresh.
    beginResetModel();
    m_result = prepared.result;
    m_keys = prepared.keys;
    m_fingerprints = prepared.fingerprints;
    m_preparedKeyColumns = prepared.keyColumns;
    m_keysUnique = !prepared.keys.isEmpty() && prepared.rowOfKey.size() == prepared.result.rowCount();
    m_rowMap.resize(prepared.result.rowCount());
    for (int r = 0; r < m_rowMap.size(); ++r)
        m_rowMap[r] = r;
    endResetModel();
}

void ResultTableModel::replay(const Prepared& next, const RowUpdate& update)
{
    for (const auto& [first, last] : update.removedRuns) {
        beginRemoveRows({}, first, last);
        m_rowMap.remove(first, last - first + 1);
        endRemoveRows();
    }

    m_result = next.result;
    m_keys = next.keys;
    m_fingerprints = next.fingerprints;
    m_preparedKeyColumns = next.keyColumns;
    m_keysUnique = true;
    m_rowMap = update.survivorRows;

    if (!update.addedRows.isEmpty()) {
        beginInsertRows({}, int(m_rowMap.size()), int(m_rowMap.size() + update.addedRows.size() - 1));
        m_rowMap += update.addedRows;
        endInsertRows();
    }

    // Back to the snapshot's order, moving persistent indexes (selection, current row) along.
    if (update.reorder) {
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

    const int lastColumn = columnCount() - 1;
    for (const auto& [first, last] : update.changedRuns)
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
}

} // namespace sg
