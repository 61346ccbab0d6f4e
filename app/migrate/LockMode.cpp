// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockMode.h"

#include <QCoreApplication>

namespace sg::lockmode {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sg::lockmode", text);
}

} // namespace

QString sqlName(LockMode mode)
{
    switch (mode) {
    case LockMode::None:
        return {};
    case LockMode::AccessShare:
        return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare:
        return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive:
        return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive:
        return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share:
        return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive:
        return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive:
        return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive:
        return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

QString blocks(LockMode mode)
{
    switch (mode) {
    case LockMode::None:
        return tr("no table lock");
    case LockMode::AccessShare:
    case LockMode::RowShare:
    case LockMode::RowExclusive:
        return tr("blocks only DDL");
    case LockMode::ShareUpdateExclusive:
        return tr("blocks DDL, VACUUM and other schema changes; reads and writes go on");
    case LockMode::Share:
        return tr("blocks writes (INSERT, UPDATE, DELETE); reads go on");
    case LockMode::ShareRowExclusive:
        return tr("blocks writes and other schema changes; reads go on");
    case LockMode::Exclusive:
        return tr("blocks writes; only plain reads go on");
    case LockMode::AccessExclusive:
        return tr("blocks reads and writes");
    }
    return {};
}

LockMode fromPgLocks(const QString& mode)
{
    for (int m = int(LockMode::AccessShare); m <= int(LockMode::AccessExclusive); ++m) {
        QString name = sqlName(LockMode(m)).toLower();
        // "ROW EXCLUSIVE" -> "RowExclusiveLock"
        QString camel;
        bool upper = true;
        for (QChar c : name) {
            if (c == QLatin1Char(' ')) {
                upper = true;
                continue;
            }
            camel += upper ? c.toUpper() : c;
            upper = false;
        }
        if (mode == camel + QLatin1String("Lock"))
            return LockMode(m);
    }
    return LockMode::None;
}

LockMode fromNumber(int mode)
{
    return mode >= 1 && mode <= 8 ? LockMode(mode) : LockMode::None;
}

bool conflicts(LockMode a, LockMode b)
{
    // Row i: the modes (bit k = LockMode k) that mode i conflicts with.
    static constexpr unsigned kConflicts[] = {
        0,                                                                     // None
        1u << 8,                                                               // ACCESS SHARE
        (1u << 7) | (1u << 8),                                                 // ROW SHARE
        (1u << 5) | (1u << 6) | (1u << 7) | (1u << 8),                         // ROW EXCLUSIVE
        (1u << 4) | (1u << 5) | (1u << 6) | (1u << 7) | (1u << 8),             // SHARE UPDATE EXCLUSIVE
        (1u << 3) | (1u << 4) | (1u << 6) | (1u << 7) | (1u << 8),             // SHARE
        (1u << 3) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 7) | (1u << 8), // SHARE ROW EXCLUSIVE
        (1u << 2) | (1u << 3) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 7) | (1u << 8), // EXCLUSIVE
        0x1FEu, // ACCESS EXCLUSIVE: everything
    };
    return (kConflicts[int(a)] >> int(b)) & 1u;
}

} // namespace sg::lockmode
