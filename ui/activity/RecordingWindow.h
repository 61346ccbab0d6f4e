// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/WaitProfile.h"
#include "monitor/WaitRecording.h"

#include <QWidget>

namespace sg::ui {

class WaitProfileView;

/// An opened incident recording: what was recorded and when, above the Load by wait view of its
/// samples (drag a range for its top waits, queries, applications, users and databases).
class RecordingWindow : public QWidget
{
    Q_OBJECT
public:
    /// Reads \a path; nullptr and \a error when it is not a recording this build reads.
    static RecordingWindow* open(const QString& path, QString* error);

    WaitProfileView* view() const { return m_view; }
    const sg::WaitProfile& profile() const { return m_profile; }

private:
    RecordingWindow(const QString& path, sg::WaitRecording recording);

    sg::WaitRecording m_recording;
    sg::WaitProfile m_profile;
    WaitProfileView* m_view;
};

} // namespace sg::ui
