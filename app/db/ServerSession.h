// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Capabilities.h"
#include "ConnectionOptions.h"
#include "ConnectionState.h"
#include "DbError.h"

#include <QObject>
#include <QTimer>

namespace sg {

class DbClient;

/// Everything the window holds for one server: a monitoring worker (samplers, pings), an
/// interactive worker (EXPLAIN, user SQL, fixes), a catalog worker (the advisor's biggest
/// query, in parallel with the others), so a long query never stalls the charts, and an idle
/// admin worker for cancel and terminate, so an emergency action never waits behind our own work.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    explicit ServerSession(QObject* parent = nullptr);
    ~ServerSession() override;

    void open(const ConnectionOptions& options);
    DbClient* monitor() const { return m_monitor; }
    DbClient* interactive() const { return m_interactive; }
    /// A third session for reading big catalogs beside the interactive one (the advisor).
    DbClient* catalog() const { return m_catalog; }
    /// Idle, always read-only (pg_cancel_backend and pg_terminate_backend are reads as far as the
    /// transaction is concerned), with a short statement timeout: for cancel and terminate only.
    DbClient* admin() const { return m_admin; }
    ConnectionState state() const;
    const Capabilities& capabilities() const;
    const ConnectionOptions& options() const { return m_options; }
    /// False for production (read-only) profiles until unlockWrites().
    bool writesAllowed() const { return !m_options.session.readOnly; }
    /// Lifts read-only mode for this session (both workers, and any reconnect); the UI asks first.
    void unlockWrites();
    /// Back to read-only.
    void lockWrites();
    /// Round trip of the last ping as the worker measured it (network + server), -1 before the first.
    double latencyMs() const { return m_latencyMs; }

Q_SIGNALS:
    void stateChanged(sg::ConnectionState state, const sg::DbError& error);
    void connected(const sg::Capabilities& capabilities);
    void latencyChanged(double ms);
    void writesAllowedChanged(bool allowed);

private:
    void ping();

    ConnectionOptions m_options;
    DbClient* m_monitor;
    DbClient* m_interactive;
    DbClient* m_catalog;
    DbClient* m_admin;
    QTimer m_pingTimer;
    quint64 m_pingId = 0;
    double m_latencyMs = -1;
};

} // namespace sg
