// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace sg {

/// Where a worker's session stands. Lost is reported once when a live session drops;
/// Reconnecting follows while retries run with backoff; Connected again when one succeeds.
enum class ConnectionState { Disconnected, Connecting, Connected, Lost, Reconnecting };

QString connectionStateName(ConnectionState state);

} // namespace sg

Q_DECLARE_METATYPE(sg::ConnectionState)
