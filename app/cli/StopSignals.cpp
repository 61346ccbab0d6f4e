// SPDX-License-Identifier: GPL-3.0-or-later
#include "StopSignals.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sg::cli {

#ifdef Q_OS_UNIX
namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
// A handler may only do async-signal-safe things: it writes the signal's number into a pipe,
// and the watcher thread does the rest.
volatile sig_atomic_t g_writeEnd = -1;
struct sigaction g_previous[3];

void onSignal(int sig)
{
    const unsigned char byte = static_cast<unsigned char>(sig);
    if (g_writeEnd >= 0) {
        [[maybe_unused]] const auto n = ::write(g_writeEnd, &byte, 1);
    }
}

} // namespace
#endif

StopSignals::StopSignals(std::function<void()> onStop) : m_onStop(std::move(onStop))
{
#ifdef Q_OS_UNIX
    if (::pipe(m_pipe) != 0)
        return;
    ::fcntl(m_pipe[0], F_SETFD, FD_CLOEXEC); // not inherited by pg_dump
    ::fcntl(m_pipe[1], F_SETFD, FD_CLOEXEC);
    g_writeEnd = m_pipe[1];
    m_watcher = std::thread([this] {
        unsigned char sig = 0;
        while (::read(m_pipe[0], &sig, 1) == 1) {
            if (sig == 0)
                return; // the destructor
            if (m_received.load() == 0) {
                m_received = sig;
                if (m_onStop)
                    m_onStop();
            }
        }
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &sa, &g_previous[i]);
#endif
}

StopSignals::~StopSignals()
{
#ifdef Q_OS_UNIX
    if (m_pipe[1] < 0)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    g_writeEnd = -1;
    const unsigned char stop = 0;
    [[maybe_unused]] const auto n = ::write(m_pipe[1], &stop, 1);
    if (m_watcher.joinable())
        m_watcher.join();
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
#endif
}

} // namespace sg::cli
