// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultSet.h"

#include "PgTypes.h"

namespace sg {

namespace {
using namespace pgtype;
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
    case Int2:
    case Int4:
    case Int8:
    case Oid:
    case Xid:
    case Float4:
    case Float8:
    case Numeric:
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
    case Bool:
        return QVariant(raw == "t");
    case Int2:
    case Int4:
    case Int8:
    case Oid:
    case Xid: {
        const qint64 v = raw.toLongLong(&ok);
        if (ok)
            return QVariant(v);
        break;
    }
    case Float4:
    case Float8: {
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
