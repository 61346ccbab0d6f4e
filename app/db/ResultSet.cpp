// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultSet.h"

namespace sg {

namespace {
// Built-in type OIDs from pg_type.dat; stable across server versions.
constexpr unsigned int kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kXid = 28;
constexpr unsigned int kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;
} // namespace

const QList<ResultSet::Column>& ResultSet::columns() const
{
    static const QList<Column> empty;
    return d ? d->columns : empty;
}

int ResultSet::columnIndex(const QString& name) const
{
    const auto& cols = columns();
    for (int i = 0; i < cols.size(); ++i) {
        if (cols.at(i).name == name)
            return i;
    }
    return -1;
}

bool ResultSet::isNumericType(unsigned int oid)
{
    switch (oid) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kXid:
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return true;
    default:
        return false;
    }
}

QVariant ResultSet::convert(unsigned int oid, const char* text, int length)
{
    const QByteArray raw = QByteArray::fromRawData(text, length);
    bool ok = false;
    switch (oid) {
    case kBool:
        return QVariant(raw == "t");
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kXid: {
        const qint64 v = raw.toLongLong(&ok);
        if (ok)
            return QVariant(v);
        break;
    }
    case kFloat4:
    case kFloat8: {
        const double v = raw.toDouble(&ok); // "NaN" and "Infinity" parse too
        if (ok)
            return QVariant(v);
        break;
    }
    default:
        break;
    }
    return QVariant(QString::fromUtf8(text, length));
}

} // namespace sg
