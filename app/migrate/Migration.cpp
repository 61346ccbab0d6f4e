// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migration.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace sg {

QString Migration::fileName() const
{
    return QFileInfo(path).fileName();
}

int Migration::compareVersions(const QString& a, const QString& b)
{
    static const QRegularExpression separator(QStringLiteral("[._]"));
    const QStringList pa = a.split(separator, Qt::SkipEmptyParts);
    const QStringList pb = b.split(separator, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        // Compare as numbers of any length: strip leading zeros, then longer is larger.
        auto digits = [](const QStringList& parts, qsizetype k) {
            QString s = parts.value(k, QStringLiteral("0"));
            while (s.size() > 1 && s.startsWith(QLatin1Char('0')))
                s.remove(0, 1);
            return s;
        };
        const QString x = digits(pa, i), y = digits(pb, i);
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        if (const int c = x.compare(y); c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

QString Migration::normalisedText(const QByteArray& content)
{
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bytes.replace("\r\n", "\n");
    return QString::fromUtf8(bytes);
}

QString Migration::checksumOf(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalisedText(content).toUtf8(), QCryptographicHash::Sha256).toHex());
}

const Migration* MigrationSet::find(const QString& version) const
{
    for (const Migration& m : migrations) {
        if (Migration::compareVersions(m.version, version) == 0)
            return &m;
    }
    return nullptr;
}

} // namespace sg
