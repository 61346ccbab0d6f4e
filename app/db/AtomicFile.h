// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sg {

/// Replaces a file's content all at once or not at all: a full disk, a quota or an I/O error leaves
/// the old file as it was and says why. The one way the core writes a file a user relies on
/// (backup records, retention policies, reports, fix migrations, exported series).
class AtomicFile
{
public:
    /// Writes \a data to \a path; returns "" on success, else a message naming the file and the cause.
    static QString write(const QString& path, const QByteArray& data);
};

} // namespace sg
