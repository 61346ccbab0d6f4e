// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sg {

/// One thing the advisor found, with the statement that fixes it (already quoted by the server),
/// never run by the advisor itself.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(sg::Finding)

public:
    enum class Kind {
        UnusedIndex,
        DuplicateIndex,
        RedundantIndex,
        InvalidIndex,
        UnindexedForeignKey,
        SeqScanHeavyTable,
        TableBloat,
        IndexBloat,
        VacuumDue,
    };

    Kind kind = Kind::UnusedIndex;
    QString schema;
    QString table;
    QString object;  ///< the index or constraint, empty for table findings
    QString detail;  ///< why, in a sentence or two
    QString fixSql;  ///< empty when no statement can fix it (a query needs rewriting, say)
    qint64 bytes = 0; ///< space it costs or could free, 0 when not applicable

    static QString kindName(Kind kind);   ///< "unused index" …
    static QString kindId(Kind kind);     ///< "unused_index" … (JSON)
    QString subject() const;              ///< schema.table[.object] for people
    /// "5 findings: 2 unused index, 1 duplicate index, 2 foreign key without index", by kind.
    static QString summary(const QList<Finding>& findings);
};

} // namespace sg

Q_DECLARE_METATYPE(sg::Finding)
