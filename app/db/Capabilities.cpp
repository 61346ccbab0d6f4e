// SPDX-License-Identifier: GPL-3.0-or-later
#include "Capabilities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sg {

Capabilities Capabilities::fromResult(const ResultSet& result)
{
    Capabilities c;
    if (result.rowCount() < 1)
        return c;
    auto v = [&](const char* column) { return result.value(0, QString::fromLatin1(column)); };
    c.serverVersionNum = v("version_num").toInt();
    c.serverVersion = v("version").toString();
    c.currentUser = v("current_user").toString();
    c.database = v("database").toString();
    c.isSuperuser = v("is_superuser").toBool();
    c.hasPgMonitor = v("has_pg_monitor").toBool();
    c.hasSignalBackend = v("has_signal_backend").toBool();
    c.superuserNames = v("superusers").toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.hasReadAllStats = v("has_read_all_stats").toBool();
    c.readOnly = v("read_only").toBool();
    c.inRecovery = v("in_recovery").toBool();
    c.maxConnections = v("max_connections").toInt();
    c.reservedConnections = v("reserved_connections").toInt();
    c.sharedPreloadLibraries = v("shared_preload_libraries").toString();
    const QJsonObject installed = QJsonDocument::fromJson(v("installed").toString().toUtf8()).object();
    for (auto it = installed.begin(); it != installed.end(); ++it)
        c.installedExtensions.insert(it.key(), it.value().toString());
    const QJsonArray available = QJsonDocument::fromJson(v("available").toString().toUtf8()).array();
    for (const auto& name : available)
        c.availableExtensions << name.toString();
    return c;
}

} // namespace sg
