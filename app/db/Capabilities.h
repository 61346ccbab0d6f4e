// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultSet.h"
#include "TlsInfo.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sg {

/// What the server and our role can do, probed once per (re)connect; panels pick queries and
/// explain hidden figures from it.
struct Capabilities
{
    int serverVersionNum = 0; ///< e.g. 150004
    QString serverVersion;    ///< e.g. "15.4 (Debian 15.4-1)"
    QString currentUser;
    QString database;
    bool isSuperuser = false;
    bool hasPgMonitor = false;
    bool hasReadAllStats = false;
    bool hasSignalBackend = false; ///< member of pg_signal_backend: may cancel non-superusers' sessions
    QStringList superuserNames;    ///< roles whose sessions only a superuser may signal
    bool readOnly = false;
    bool inRecovery = false;
    int maxConnections = 0;
    int reservedConnections = 0;
    QString sharedPreloadLibraries;             ///< empty when our role may not read it
    QMap<QString, QString> installedExtensions; ///< name -> version
    QStringList availableExtensions;            ///< of the ones Sightglass uses
    TlsInfo tls;                                ///< how this session reaches the server

    int majorVersion() const { return serverVersionNum / 10000; }
    bool hasExtension(const QString& name) const { return installedExtensions.contains(name); }
    bool canSeeAllSessions() const { return isSuperuser || hasPgMonitor || hasReadAllStats; }

    /// Reads the single row of resources/sql/capabilities.sql.
    static Capabilities fromResult(const ResultSet& result);
};

} // namespace sg

Q_DECLARE_METATYPE(sg::Capabilities)
