// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "Settings.h"

#include "ConnectionOptions.h"

#include <QSettings>

namespace sg {

QList<ConnectionProfile> ProfileStore::load()
{
    QSettings s;
    QList<ConnectionProfile> profiles;
    const int n = s.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        profiles.append({s.value(QStringLiteral("name")).toString(),
                         s.value(QStringLiteral("conninfo")).toString(),
                         s.value(QStringLiteral("production")).toBool()});
    }
    s.endArray();
    return profiles;
}

static void writeAll(const QList<ConnectionProfile>& profiles)
{
    QSettings s;
    s.remove(QStringLiteral("profiles"));
    s.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), profiles.at(i).name);
        s.setValue(QStringLiteral("conninfo"), profiles.at(i).conninfo);
        s.setValue(QStringLiteral("production"), profiles.at(i).production);
    }
    s.endArray();
}

bool ProfileStore::save(ConnectionProfile profile, QString* error)
{
    DbError parseError;
    const ConnectionOptions options = ConnectionOptions::parse(profile.conninfo, &parseError);
    if (!options.isValid()) {
        if (error)
            *error = parseError.userMessage();
        return false;
    }
    profile.conninfo = options.withoutPassword().toConninfo();
    QList<ConnectionProfile> profiles = load();
    profiles.removeIf([&](const ConnectionProfile& p) { return p.name == profile.name; });
    profiles.append(profile);
    writeAll(profiles);
    return true;
}

void ProfileStore::remove(const QString& name)
{
    QList<ConnectionProfile> profiles = load();
    profiles.removeIf([&](const ConnectionProfile& p) { return p.name == name; });
    writeAll(profiles);
}

ConnectionProfile ProfileStore::find(const QString& name)
{
    const QList<ConnectionProfile> profiles = load();
    for (const auto& p : profiles) {
        if (p.name == name)
            return p;
    }
    return {};
}

QStringList ProfileStore::recent()
{
    return Settings::recentConnections();
}

void ProfileStore::addRecent(const QString& conninfo)
{
    DbError error;
    const ConnectionOptions o = ConnectionOptions::parse(conninfo, &error);
    if (!o.isValid())
        return;
    const QString clean = o.withoutPassword().toConninfo(); // never a password in the settings file
    QStringList list = recent();
    list.removeAll(clean);
    list.prepend(clean);
    Settings::setRecentConnections(list.mid(0, 5));
}

} // namespace sg
