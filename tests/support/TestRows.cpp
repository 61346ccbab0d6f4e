// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRows.h"

namespace sg::test {

namespace {

bool cellMatches(const QVariant& cell, const QVariant& value, Qt::MatchFlags flags)
{
    const Qt::MatchFlags kind = flags & Qt::MatchTypeMask;
    if (kind == Qt::MatchExactly)
        return cell == value;
    const Qt::CaseSensitivity cs = flags.testFlag(Qt::MatchCaseSensitive) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString text = cell.toString(), wanted = value.toString();
    switch (kind) {
    case Qt::MatchContains: return text.contains(wanted, cs);
    case Qt::MatchStartsWith: return text.startsWith(wanted, cs);
    case Qt::MatchEndsWith: return text.endsWith(wanted, cs);
    case Qt::MatchFixedString: return text.compare(wanted, cs) == 0;
    default: qFatal("findRow: match kind %d is not supported on a ResultSet", int(kind));
    }
    return false;
}

} // namespace

int findRow(const ResultSet& rs, const QString& column, const QVariant& value, Qt::MatchFlags flags)
{
    const int c = rs.columnIndex(column);
    if (rs.columnCount() == 0)
        return -1; // nothing read yet: the caller waits and asks again
    if (c < 0) // a misspelt column would only ever look like "not found"
        qFatal("findRow: the result has no column \"%s\"", qPrintable(column));
    flags |= Qt::MatchCaseSensitive;
    return findRow(rs, [&](int r) { return cellMatches(rs.value(r, c), value, flags); });
}

int findRow(const ResultSet& rs, const std::function<bool(int row)>& matches)
{
    for (int r = 0; r < rs.rowCount(); ++r)
        if (matches(r))
            return r;
    return -1;
}

int findRow(const QAbstractItemModel* model, int column, const QVariant& value, Qt::MatchFlags flags, int role)
{
    if (model->rowCount() == 0)
        return -1;
    const QModelIndexList found =
        model->match(model->index(0, column), role, value, 1, flags | Qt::MatchCaseSensitive);
    return found.isEmpty() ? -1 : found.first().row();
}

QModelIndex findCell(const QAbstractItemModel* model, const QString& text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (const QModelIndex i = model->index(r, c); i.data().toString().contains(text))
                return i;
    return {};
}

} // namespace sg::test
