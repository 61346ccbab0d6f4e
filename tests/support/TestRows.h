// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ResultSet.h"

#include <QAbstractItemModel>

#include <functional>

// Finding a row in what a test reads: the one way to scan a result or a view's model, so a test
// says what it looks for instead of writing the loop again.
namespace sg::test {

/// The first row of \a rs whose \a column matches \a value, or -1. \a flags as for
/// QAbstractItemModel::match(): Qt::MatchExactly compares the values (a bool, a number),
/// Qt::MatchFixedString / MatchContains / MatchStartsWith compare text, case-sensitively here
/// unless asked otherwise (a test looking for "pooled" means "pooled"). An empty result (nothing
/// read yet) has no such row; a result without \a column stops the test (a misspelt name).
int findRow(const ResultSet& rs, const QString& column, const QVariant& value,
            Qt::MatchFlags flags = Qt::MatchFixedString);
/// The first row of \a rs for which \a matches(row) holds, or -1: a condition over several columns.
int findRow(const ResultSet& rs, const std::function<bool(int row)>& matches);

/// The first row of \a model whose cell in \a column matches \a value in \a role, or -1; matched
/// by QAbstractItemModel::match() with \a flags (case-sensitive, as above).
int findRow(const QAbstractItemModel* model, int column, const QVariant& value,
            Qt::MatchFlags flags = Qt::MatchFixedString, int role = Qt::DisplayRole);
/// The first cell of \a model, row by row and in any column, whose text contains \a text;
/// invalid when there is none.
QModelIndex findCell(const QAbstractItemModel* model, const QString& text);

} // namespace sg::test
