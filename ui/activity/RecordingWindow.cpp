// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingWindow.h"

#include "WaitProfileView.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sg::ui {

RecordingWindow* RecordingWindow::open(const QString& path, QString* error)
{
    sg::WaitRecording recording;
    if (!sg::WaitRecording::load(path, &recording, error))
        return nullptr;
    return new RecordingWindow(path, std::move(recording));
}

RecordingWindow::RecordingWindow(const QString& path, sg::WaitRecording recording)
    : m_recording(std::move(recording)),
      // The recording's own seconds only (an hour at most), not a day's ring.
      m_profile(sg::WaitRecording::MaxSeconds + 2)
{
    setObjectName(QStringLiteral("recordingWindow"));
    m_recording.replay(&m_profile);
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_recording.firstMs());
    setWindowTitle(tr("Recording of %1 – Sightglass").arg(m_recording.server()));
    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("recordingAbout"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int version = m_recording.serverVersionNum();
    about->setText(
        tr("%1 (PostgreSQL %2), from %3 for %4 s: %5 samples of %6 active sessions in all. File: %7")
            .arg(m_recording.server(),
                 version > 0 ? QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000)
                             : tr("version unknown"),
                 locale.toString(start, QLocale::ShortFormat))
            .arg(double(m_recording.lastMs() - m_recording.firstMs()) / 1000.0, 0, 'f', 1)
            .arg(m_recording.sampleCount())
            .arg(m_recording.sessionSamples())
            .arg(QFileInfo(path).fileName()));
    m_view = new WaitProfileView(&m_profile, m_recording.serverCpus(), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_view, 1);
    // The whole recording, with a second of margin so its last second shows.
    m_view->redraw(m_recording.firstMs() - m_recording.firstMs() % 1000, m_recording.lastMs() + 1000);
    resize(1100, 640);
}

} // namespace sg::ui
