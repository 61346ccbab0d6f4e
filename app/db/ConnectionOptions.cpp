// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionOptions.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <QCoreApplication>

namespace sg {

namespace {

QString quoteConninfoValue(const QString& value)
{
    // Plain values stay bare, so a conninfo shown on screen or put into a cron line reads well.
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_.,:/@%+-]+$)"));
    if (plain.match(value).hasMatch())
        return value;
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString libpqDefault(const char* keyword)
{
    QString result;
    if (PQconninfoOption* defaults = PQconndefaults()) {
        for (PQconninfoOption* o = defaults; o->keyword; ++o) {
            if (qstrcmp(o->keyword, keyword) == 0 && o->val)
                result = QString::fromUtf8(o->val);
        }
        PQconninfoFree(defaults);
    }
    return result;
}

} // namespace

ConnectionOptions ConnectionOptions::parse(const QString& conninfo, DbError* error)
{
    ConnectionOptions options;
    char* errmsg = nullptr;
    const QByteArray utf8 = conninfo.toUtf8();
    PQconninfoOption* parsed = PQconninfoParse(utf8.constData(), &errmsg);
    if (!parsed) {
        if (error) {
            error->kind = DbError::Kind::BadOptions;
            error->message = errmsg ? QString::fromUtf8(errmsg).trimmed()
                                    : QCoreApplication::translate("sg::ConnectionOptions", "out of memory");
        }
        PQfreemem(errmsg);
        return options;
    }
    for (PQconninfoOption* o = parsed; o->keyword; ++o) {
        if (o->val)
            options.m_values.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(parsed);
    options.m_valid = true;
    return options;
}

QString ConnectionOptions::value(const QString& keyword) const
{
    for (const auto& kv : m_values) {
        if (kv.first == keyword)
            return kv.second;
    }
    return {};
}

bool ConnectionOptions::contains(const QString& keyword) const
{
    for (const auto& kv : m_values) {
        if (kv.first == keyword)
            return true;
    }
    return false;
}

void ConnectionOptions::setValue(const QString& keyword, const QString& value)
{
    for (auto& kv : m_values) {
        if (kv.first == keyword) {
            kv.second = value;
            return;
        }
    }
    m_values.append({keyword, value});
    m_valid = true;
}

void ConnectionOptions::remove(const QString& keyword)
{
    m_values.removeIf([&](const auto& kv) { return kv.first == keyword; });
}

QString ConnectionOptions::toConninfo() const
{
    QStringList parts;
    for (const auto& kv : m_values)
        parts << kv.first + QLatin1Char('=') + quoteConninfoValue(kv.second);
    return parts.join(QLatin1Char(' '));
}

ConnectionOptions ConnectionOptions::withoutPassword() const
{
    ConnectionOptions copy = *this;
    copy.remove(QStringLiteral("password"));
    return copy;
}

QString ConnectionOptions::displayName() const
{
    auto pick = [this](const char* keyword) {
        const QString v = value(QString::fromLatin1(keyword));
        return v.isEmpty() ? libpqDefault(keyword) : v;
    };
    QString host = pick("host");
    if (host.isEmpty())
        host = QCoreApplication::translate("sg::ConnectionOptions", "local socket");
    const QString user = pick("user");
    const QString port = pick("port");
    QString db = pick("dbname");
    if (db.isEmpty())
        db = user;
    return QStringLiteral("%1@%2:%3/%4").arg(user, host, port, db);
}

bool ConnectionOptions::isThisMachine() const
{
    // 127.0.0.0/8 written out as an address: a host *named* 127.example.com is somewhere else.
    static const QRegularExpression loopbackV4(QStringLiteral(R"(^127(\.\d{1,3}){3}$)"));
    auto loopback = [](const QString& h) {
        return h == QLatin1String("localhost") || h == QLatin1String("::1") || loopbackV4.match(h).hasMatch();
    };
    auto effective = [&](const char* key, const char* variable) {
        const QString v = value(QString::fromLatin1(key));
        return v.isEmpty() ? qEnvironmentVariable(variable) : v;
    };
    const QString host = effective("host", "PGHOST");
    const QString address = effective("hostaddr", "PGHOSTADDR");
    return (host.isEmpty() || host.startsWith(QLatin1Char('/')) || loopback(host)) &&
           (address.isEmpty() || loopback(address));
}

} // namespace sg
