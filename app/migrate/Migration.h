// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sg {

/// One migration as found in a folder: its version, what it does, its file and the rollback
/// companion when there is one, and the checksum of its normalised text.
struct Migration
{
    enum class Style { Numbered, Flyway, GolangMigrate };

    QString version;      ///< as written: "023", "23", "1.2", "20250105120000"
    QString description;  ///< from the file name, with underscores as spaces
    QString path;         ///< the forward (up) file
    QString rollbackPath; ///< the companion down/undo/rollback file, empty when none
    QString checksum;     ///< SHA-256 (hex) of the text with a BOM removed and CRLF as LF
    Style style = Style::Numbered;

    QString fileName() const;
    /// Compares versions part by part as numbers ("2" < "10", "1.2" < "1.10").
    static int compareVersions(const QString& a, const QString& b);
    /// The checksum the tracking table keeps: line-ending and BOM changes are not drift.
    static QString checksumOf(const QByteArray& content);
    /// The file's text as it will run (BOM removed, CRLF as LF).
    static QString normalisedText(const QByteArray& content);
};

/// What a migrations folder holds, in order, and what in it could not be used.
struct MigrationSet
{
    QString directory;
    QList<Migration> migrations; ///< ordered by version
    QStringList problems;        ///< duplicate versions, orphan rollbacks, unreadable files
    QStringList ignored;         ///< .sql files whose names follow no known pattern

    const Migration* find(const QString& version) const;
};

} // namespace sg
