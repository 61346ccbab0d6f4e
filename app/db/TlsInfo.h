// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace sg {

/// How a session reaches its server: over TLS or not, and if so with what and to whom. Read
/// from libpq (PQsslInUse, PQsslAttribute) and the server's certificate once connected.
struct TlsInfo
{
    Q_DECLARE_TR_FUNCTIONS(sg::TlsInfo)
public:
    bool inUse = false;
    QString protocol; ///< "TLSv1.3"
    QString cipher;   ///< "TLS_AES_256_GCM_SHA384"
    int keyBits = 0;
    QString subject; ///< of the server's certificate, "CN=db.example.com,O=Example"
    QString issuer;
    QString expires; ///< the certificate's notAfter, ISO 8601 (UTC)

    /// One line for the status bar: "TLS 1.3 · TLS_AES_256_GCM_SHA384 · CN=db.example.com", or
    /// "not encrypted".
    QString summary() const;
    /// The certificate in full, for a tooltip.
    QString details() const;
};

} // namespace sg

Q_DECLARE_METATYPE(sg::TlsInfo)
