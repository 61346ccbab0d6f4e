// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace sg::cli {

/// While it lives, SIGTERM, SIGINT and SIGHUP (cron, systemd, Ctrl+C, a closed terminal) do not
/// kill the process: they call \a onStop once, on a thread of its own, so a long job can stop its
/// child programs and clean up before the command exits with 128 + the signal's number.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    /// The signal that arrived, or 0.
    int received() const { return m_received; }
    /// 128 + received(), the exit status a shell gives a process stopped by that signal.
    int exitCode() const { return 128 + m_received; }

private:
    std::function<void()> m_onStop;
    std::thread m_watcher;
    int m_pipe[2] = {-1, -1};
    std::atomic_int m_received{0};
};

} // namespace sg::cli
