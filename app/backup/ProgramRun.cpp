// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramRun.h"

#include <QCoreApplication>
#include <QProcess>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace sg {

namespace {

void stop(QProcess& p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(2000);
    }
}

// The child dies with the thread that started it: a backup killed with SIGKILL (or crashing)
// must not leave pg_dump running on the server and writing a file nobody will finish.
void dieWithParent(QProcess& p)
{
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before prctl took effect
            ::_exit(127);
    });
#else
    Q_UNUSED(p);
#endif
}

} // namespace

QProcessEnvironment ProgramRun::clientEnvironment(const QString& password, const QString& applicationName)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGAPPNAME"), applicationName);
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

ProgramRun::Outcome ProgramRun::run() const
{
    Outcome out;
    QProcess main;
    std::unique_ptr<QProcess> feeder;
    main.setProcessEnvironment(environment);
    if (!feederProgram.isEmpty()) {
        feeder = std::make_unique<QProcess>();
        feeder->setProcessEnvironment(environment);
        dieWithParent(*feeder);
        feeder->setStandardOutputProcess(&main);
        feeder->start(feederProgram, feederArguments);
        if (!feeder->waitForStarted(10000)) {
            out.error = tr("cannot start %1: %2").arg(feederProgram, feeder->errorString());
            return out;
        }
    }
    dieWithParent(main);
    main.start(program, arguments);
    if (!main.waitForStarted(10000)) {
        out.error = tr("cannot start %1: %2").arg(program, main.errorString());
        if (feeder)
            stop(*feeder);
        return out;
    }
    out.started = true;

    QByteArray pending;
    auto consume = [&] {
        out.standardOutput += main.readAllStandardOutput();
        pending += main.readAllStandardError();
        if (feeder)
            pending += feeder->readAllStandardError();
        int nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromLocal8Bit(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            if (onErrorLine && !line.isEmpty())
                onErrorLine(line);
        }
    };
    while (!main.waitForFinished(100)) {
        consume();
        if (cancel && cancel->load()) {
            if (feeder)
                stop(*feeder);
            stop(main);
            out.cancelled = true;
            return out;
        }
    }
    consume();
    if (!pending.trimmed().isEmpty() && onErrorLine)
        onErrorLine(QString::fromLocal8Bit(pending).trimmed());
    out.exitCode = main.exitCode();
    out.ok = main.exitStatus() == QProcess::NormalExit && main.exitCode() == 0;
    if (main.exitStatus() != QProcess::NormalExit)
        out.error = tr("%1 crashed").arg(program);
    if (feeder) {
        feeder->waitForFinished(5000);
        if (feeder->exitStatus() != QProcess::NormalExit || feeder->exitCode() != 0) {
            out.ok = false;
            out.error = tr("%1 failed (exit code %2)").arg(feederProgram).arg(feeder->exitCode());
        }
    }
    return out;
}

} // namespace sg
