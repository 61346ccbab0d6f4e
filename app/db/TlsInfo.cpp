// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsInfo.h"

#include <QStringList>

namespace sg {

QString TlsInfo::summary() const
{
    if (!inUse)
        return tr("not encrypted");
    QString version = protocol;
    version.replace(QLatin1String("TLSv"), QLatin1String("TLS "));
    QStringList parts{version, cipher};
    if (!subject.isEmpty())
        parts << subject;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString TlsInfo::details() const
{
    if (!inUse)
        return tr("This session is not encrypted: its queries and results can be read on the network. "
                  "Connect with sslmode=verify-full to encrypt it and check the server's certificate.");
    QStringList lines{tr("Encrypted with %1, %2 (%3-bit key)").arg(protocol, cipher).arg(keyBits)};
    if (!subject.isEmpty())
        lines << tr("Server certificate: %1").arg(subject);
    if (!issuer.isEmpty())
        lines << tr("Issued by: %1").arg(issuer);
    if (!expires.isEmpty())
        lines << tr("Valid until: %1").arg(expires);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sg
