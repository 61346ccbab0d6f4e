// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include <QCoreApplication>
#include <QMap>

namespace sg {

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnusedIndex: return tr("unused index");
    case Kind::DuplicateIndex: return tr("duplicate index");
    case Kind::RedundantIndex: return tr("redundant index");
    case Kind::InvalidIndex: return tr("invalid index");
    case Kind::UnindexedForeignKey: return tr("foreign key without index");
    case Kind::SeqScanHeavyTable: return tr("read by sequential scans");
    case Kind::TableBloat: return tr("table bloat");
    case Kind::IndexBloat: return tr("index bloat");
    case Kind::VacuumDue: return tr("vacuum overdue");
    }
    return {};
}

QString Finding::kindId(Kind kind)
{
    switch (kind) {
    case Kind::UnusedIndex: return QStringLiteral("unused_index");
    case Kind::DuplicateIndex: return QStringLiteral("duplicate_index");
    case Kind::RedundantIndex: return QStringLiteral("redundant_index");
    case Kind::InvalidIndex: return QStringLiteral("invalid_index");
    case Kind::UnindexedForeignKey: return QStringLiteral("unindexed_foreign_key");
    case Kind::SeqScanHeavyTable: return QStringLiteral("seq_scan_heavy_table");
    case Kind::TableBloat: return QStringLiteral("table_bloat");
    case Kind::IndexBloat: return QStringLiteral("index_bloat");
    case Kind::VacuumDue: return QStringLiteral("vacuum_due");
    }
    return {};
}

QString Finding::subject() const
{
    QString s = schema + QLatin1Char('.') + table;
    if (!object.isEmpty())
        s += QLatin1Char(' ') + object;
    return s;
}

QString Finding::summary(const QList<Finding>& findings)
{
    if (findings.isEmpty())
        return QCoreApplication::translate("sg::Finding", "No findings.");
    QMap<int, int> byKind; // in the enum's order: indexes first, as the panels list them
    for (const Finding& f : findings)
        ++byKind[int(f.kind)];
    QStringList parts;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(kindName(Kind(it.key())));
    return QCoreApplication::translate("sg::Finding", "%n finding(s): %1", nullptr, int(findings.size()))
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace sg
