// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionState.h"

#include <QCoreApplication>

namespace sg {

QString connectionStateName(ConnectionState state)
{
    auto tr = [](const char* s) {
        return QCoreApplication::translate("sg", s) /* lupdate files free functions under their namespace */;
    };
    switch (state) {
    case ConnectionState::Disconnected:
        return tr("disconnected");
    case ConnectionState::Connecting:
        return tr("connecting");
    case ConnectionState::Connected:
        return tr("connected");
    case ConnectionState::Lost:
        return tr("connection lost");
    case ConnectionState::Reconnecting:
        return tr("reconnecting");
    }
    return {};
}

} // namespace sg
