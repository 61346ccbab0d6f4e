// SPDX-License-Identifier: GPL-3.0-or-later
// A dock's panel frame: a label in a panel changing its text every second must not relay out the
// whole window (it did: every dock, the toolbar and the separators, on each sample), while a panel
// that needs more room than it has still gets it; a dock on a tab behind another is not on screen.
#include "ui/PanelFrame.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QVBoxLayout>

using namespace sg::ui;

namespace {

/// Counts the layout requests a widget receives: each is a relayout of everything it holds.
struct LayoutRequests : QObject
{
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

struct Window
{
    QMainWindow window;
    QDockWidget* front = new QDockWidget(QStringLiteral("Front"), &window);
    QDockWidget* behind = new QDockWidget(QStringLiteral("Behind"), &window);
    QWidget* panel = new QWidget;
    QLabel* figure = new QLabel(QStringLiteral("12.3 tps"), panel);
    LayoutRequests requests;

    explicit Window(bool framed)
    {
        auto* layout = new QVBoxLayout(panel);
        layout->addWidget(figure);
        layout->addStretch(1);
        front->setWidget(framed ? static_cast<QWidget*>(new PanelFrame(panel)) : panel);
        behind->setWidget(new PanelFrame(new QLabel(QStringLiteral("covered"))));
        window.addDockWidget(Qt::BottomDockWidgetArea, front);
        window.addDockWidget(Qt::BottomDockWidgetArea, behind);
        window.tabifyDockWidget(front, behind);
        front->raise();
        window.resize(800, 600);
        window.show();
        window.installEventFilter(&requests);
    }

    /// Lets every posted layout request and resize run, then counts from zero.
    void settle()
    {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        requests.count = 0;
    }
};

} // namespace

class tst_PanelFrame : public QObject
{
    Q_OBJECT
private slots:
    void aTextChangeThatFitsStaysInThePanel()
    {
        Window w(true);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.settle();
        for (const char* text : {"9.8 tps", "1,234.5 tps · cache hit 99.1 %", "0 tps"}) {
            w.figure->setText(QString::fromLatin1(text));
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
        }
        QCOMPARE(w.requests.count, 0);
        // The panel itself did lay out its label anew.
        QCOMPARE(w.figure->text(), QStringLiteral("0 tps"));
        QVERIFY(w.figure->width() >= w.figure->sizeHint().width());
    }

    void withoutAFrameTheWholeWindowRelaysOut()
    {
        // The reason for the frame, checked so the test above cannot pass for another reason.
        Window w(false);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.settle();
        w.figure->setText(QStringLiteral("9.8 tps"));
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        QVERIFY(w.requests.count > 0);
    }

    void aPanelThatNeedsMoreRoomGetsIt()
    {
        Window w(true);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.settle();
        const int before = w.front->height();
        w.figure->setMinimumHeight(before + 50);
        QTRY_VERIFY(w.requests.count > 0);
        QTRY_VERIFY(w.front->widget()->height() >= before + 50);
    }

    void aDockBehindATabIsNotOnScreen()
    {
        Window w(true);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.settle();
        QWidget* covered = w.behind->widget();
        QVERIFY(covered->isVisible()); // what Qt says of a dock on a tab behind another
        QVERIFY(!isOnScreen(covered));
        QVERIFY(isOnScreen(w.panel));
        w.behind->raise();
        QTRY_VERIFY(isOnScreen(covered));
        QTRY_VERIFY(!isOnScreen(w.panel));
    }

    void replacingThePanelDeletesTheOldOne()
    {
        PanelFrame frame(new QLabel(QStringLiteral("not connected")));
        QPointer<QWidget> old = frame.panel();
        auto* next = new QLabel(QStringLiteral("connected"));
        frame.setPanel(next);
        QVERIFY(old.isNull());
        QCOMPARE(frame.panel(), next);
        QCOMPARE(next->parentWidget(), &frame);
    }
};

QTEST_MAIN(tst_PanelFrame)
#include "tst_PanelFrame.moc"
