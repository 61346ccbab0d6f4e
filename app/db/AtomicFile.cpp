// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace sg {

QString AtomicFile::write(const QString& path, const QByteArray& data)
{
    auto failed = [&](const QString& why) {
        return QCoreApplication::translate("sg::AtomicFile", "Cannot write %1: %2").arg(path, why);
    };
    QSaveFile file(path);
    // Unbuffered: with Qt's write buffer, a write that fails while commit() flushes it (ENOSPC)
    // is not seen by QSaveFile, which then renames a truncated file over the good one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
#ifdef Q_OS_UNIX
    // commit() ignores what fsync says; a file system that allocates late reports a full disk there.
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return failed(why);
    }
#endif
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace sg
