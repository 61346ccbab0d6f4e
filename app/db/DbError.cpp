// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbError.h"

#include <QCoreApplication>

namespace sg {

QString DbError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::BadOptions:
        return QStringLiteral("bad-options");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Query:
        return QStringLiteral("query");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    }
    return {};
}

QString DbError::userMessage() const
{
    QString head;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::BadOptions:
        head = tr("The connection string is not valid: ");
        break;
    case Kind::Authentication:
        head = tr("The server refused the login: ");
        break;
    case Kind::Connection:
        head = tr("Could not connect: ");
        break;
    case Kind::Cancelled:
        head = tr("The query was cancelled. ");
        break;
    case Kind::Timeout:
        head = tr("The query ran out of time and was stopped. ");
        break;
    case Kind::ConnectionLost:
        head = tr("The connection to the server was lost: ");
        break;
    case Kind::Query:
        break;
    }
    QString text = head + message.trimmed();
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Detail: ") + detail.trimmed();
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + tr("Hint: ") + hint.trimmed();
    return text;
}

} // namespace sg
