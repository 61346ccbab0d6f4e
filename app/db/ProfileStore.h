// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sg {

/// A saved connection: the conninfo never holds a password (pgpass, a service file or a prompt
/// supplies it); production profiles open read-only.
struct ConnectionProfile
{
    QString name;
    QString conninfo;
    bool production = false;
};

/// Saved connection profiles in QSettings.
class ProfileStore
{
public:
    static QList<ConnectionProfile> load();
    /// Adds or replaces the profile with this name; strips any password from its conninfo.
    /// Returns false (and saves nothing) when the conninfo does not parse.
    static bool save(ConnectionProfile profile, QString* error = nullptr);
    static void remove(const QString& name);
    static ConnectionProfile find(const QString& name);
    /// The last connections made (conninfo without password, newest first, at most five).
    static QStringList recent();
    static void addRecent(const QString& conninfo);
};

} // namespace sg
