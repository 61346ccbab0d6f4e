// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <memory>

namespace sg {

/// An immutable, cheaply copied snapshot of one query result: columns, type OIDs and typed values.
/// Values are converted once on the worker thread: integers to qint64, floats to double, bool to bool,
/// NULL to an invalid QVariant, everything else (numeric included, to keep its precision) to QString.
class ResultSet
{
public:
    struct Column
    {
        QString name;
        unsigned int typeOid = 0;
    };

    struct Data
    {
        QList<Column> columns;
        QList<QList<QVariant>> rows;
        QString commandTag;
        qint64 rowsAffected = -1;
        qint64 elapsedUs = 0; ///< send to last byte, as the worker saw it
    };

    ResultSet() = default;
    explicit ResultSet(Data data) : d(std::make_shared<const Data>(std::move(data))) {}

    bool isNull() const { return !d; }
    /// True when both handles share one snapshot (not merely equal values).
    bool isSameSnapshot(const ResultSet& other) const { return d == other.d; }
    int rowCount() const { return d ? int(d->rows.size()) : 0; }
    int columnCount() const { return d ? int(d->columns.size()) : 0; }
    const QList<Column>& columns() const;
    QString columnName(int column) const { return columns().value(column).name; }
    unsigned int columnType(int column) const { return columns().value(column).typeOid; }
    int columnIndex(const QString& name) const;
    const QList<QVariant>& row(int row) const { return d->rows.at(row); }
    /// NULL (an invalid QVariant) for a row or column that is not there, or a result without rows.
    QVariant value(int row, int column) const
    {
        return d && row >= 0 && row < d->rows.size() ? d->rows.at(row).value(column) : QVariant();
    }
    QVariant value(int row, const QString& column) const { return value(row, columnIndex(column)); }
    QString commandTag() const { return d ? d->commandTag : QString(); }
    qint64 rowsAffected() const { return d ? d->rowsAffected : -1; }
    qint64 elapsedUs() const { return d ? d->elapsedUs : 0; }

    /// True for integer, floating point and numeric type OIDs (for numeric-aware sorting).
    static bool isNumericType(unsigned int oid);
    /// Converts one text-format value from the server to the QVariant type described above.
    static QVariant convert(unsigned int oid, const char* text, int length);

private:
    std::shared_ptr<const Data> d;
};

} // namespace sg

Q_DECLARE_METATYPE(sg::ResultSet)
