// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultSet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace sg {

/// A table model over one ResultSet snapshot. With key columns set, setResult() updates rows in
/// place (removes vanished keys, appends new ones, reorders, refreshes values) instead of resetting,
/// so a view keeps its selection, current row and scroll position across refreshes.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Typed value for sorting (numbers as numbers, NULL as invalid).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The row's stable key as a string.
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit ResultTableModel(QObject* parent = nullptr);

    /// Columns whose values together identify a row across refreshes (e.g. {"pid"}).
    void setKeyColumns(const QStringList& columns) { m_keyColumns = columns; }
    void setResult(const ResultSet& result);

    /// What a model shows now: enough to work out an update against it on another thread.
    struct Base
    {
        ResultSet result;
        QStringList keys;
        QList<size_t> fingerprints;
        QStringList keyColumns;
        bool keysUnique = false;
    };
    /// The steps that turn a Base into a new snapshot, in model rows: which runs to remove, where
    /// the survivors land, what to append, whether the order changes, which rows changed values.
    struct RowUpdate
    {
        ResultSet base;                          ///< the snapshot this update starts from
        QList<std::pair<int, int>> removedRuns;  ///< first..last, bottom run first
        QList<int> survivorRows;                 ///< per surviving row, in order: its new row
        QList<int> addedRows;                    ///< new rows to append, in order
        bool reorder = false;                    ///< survivors + added are not in snapshot order
        QList<std::pair<int, int>> changedRuns;  ///< new rows whose values changed, first..last
    };

    /// A snapshot with its row keys and row fingerprints worked out, and with a Base, the RowUpdate
    /// from it too. prepare() touches nothing of a model, so it can run on any thread;
    /// setPrepared() then only replays the update, which keeps the GUI thread short with tens of
    /// thousands of rows (if the model moved on meanwhile, it works the update out itself).
    struct Prepared
    {
        ResultSet result;
        QStringList keyColumns;
        QStringList keys;           ///< per row; empty when the key columns are missing
        QList<size_t> fingerprints; ///< per row, a hash of all its values
        QHash<QString, int> rowOfKey;
        std::optional<RowUpdate> update; ///< against the Base given to prepare(), when rows can be matched
    };
    static Prepared prepare(const ResultSet& result, const QStringList& keyColumns, const Base& base);
    static Prepared prepare(const ResultSet& result, const QStringList& keyColumns)
    {
        return prepare(result, keyColumns, Base{});
    }
    void setPrepared(const Prepared& prepared);
    /// The current snapshot with its keys, for prepare() on another thread.
    Base base() const { return {m_result, m_keys, m_fingerprints, m_preparedKeyColumns, m_keysUnique}; }
    QStringList keyColumns() const { return m_keyColumns; }
    const ResultSet& result() const { return m_result; }
    /// Replaces column names shown in the header (column name -> title).
    void setColumnTitles(const QHash<QString, QString>& titles) { m_titles = titles; }
    /// How a column's numbers read: byte counts as "1.5 MiB", seconds as "3 d 4 h", milliseconds
    /// since the epoch in local time, counts with the locale's digit grouping (200,000,000). Each
    /// still sorts by its number.
    enum class ColumnFormat { Bytes, Duration, EpochMs, Count };
    void setColumnFormat(const QStringList& columns, ColumnFormat format)
    {
        for (const QString& c : columns)
            m_formats.insert(c, format);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The value at a row and column of the current snapshot, without copying (for sorting).
    const QVariant& valueAt(int row, int column) const { return m_result.row(m_rowMap.at(row)).at(column); }
    /// The key of a row in the current snapshot.
    QString rowKey(int row) const;

private:
    static QString keyOf(const ResultSet& result, const QList<int>& keyIndexes, int row);
    static bool sameColumns(const ResultSet& a, const ResultSet& b);
    /// A text value as a reader sees it: numeric in the user's number format, timestamps in local
    /// time and the user's date format; anything else as is.
    static QString localized(const QString& text, unsigned int typeOid);
    /// Rows can be matched by key: unique keys on both sides, same columns.
    static bool matchable(const Base& base, const Prepared& next);
    static RowUpdate rowUpdate(const Base& base, const Prepared& next);
    void replay(const Prepared& next, const RowUpdate& update);

    ResultSet m_result;
    QList<int> m_rowMap; ///< our row -> row in m_result (identity except during an update)
    QStringList m_keys;              ///< keys of m_result's rows (from its Prepared)
    QList<size_t> m_fingerprints;    ///< fingerprints of m_result's rows
    QStringList m_keyColumns;
    QStringList m_preparedKeyColumns; ///< the key columns m_keys were made of
    bool m_keysUnique = false;
    QHash<QString, QString> m_titles;
    QHash<QString, ColumnFormat> m_formats;
};

} // namespace sg
