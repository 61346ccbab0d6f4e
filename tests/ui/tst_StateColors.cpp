// SPDX-License-Identifier: GPL-3.0-or-later
// The one palette of state colours: every state readable (WCAG AA contrast) on light and dark
// palettes, its tints readable under the palette's text, and a label shown in a state following
// the palette when the system switches to dark mode.
#include "ui/StateColors.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <cmath>

using namespace sg::ui;

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

} // namespace

class tst_StateColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateIsReadableOnLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("state");
        for (bool dark : {false, true})
            for (State s : {State::Good, State::Info, State::Warning, State::Error})
                QTest::addRow("%s/%d", dark ? "dark" : "light", int(s)) << dark << int(s);
    }

    void everyStateIsReadableOnLightAndDark()
    {
        QFETCH(bool, dark);
        QFETCH(int, state);
        const QPalette p = dark ? darkPalette() : lightPalette();
        QCOMPARE(isDark(p), dark);
        const QColor c = stateColor(State(state), p);
        QVERIFY2(contrast(c, p.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
        QVERIFY2(contrast(c, p.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
        // A tinted cell keeps the palette's text readable, and the state's own colour too.
        const QColor tint = stateBackground(State(state), p);
        QVERIFY2(contrast(p.color(QPalette::Text), tint) >= 4.5, qPrintable(tint.name()));
        QVERIFY2(contrast(c, tint) >= 3.0, qPrintable(c.name() + QLatin1Char('/') + tint.name()));
        QVERIFY(tint != p.color(QPalette::Base));
    }

    void normalIsThePalettesOwn()
    {
        QCOMPARE(stateColor(State::Normal, darkPalette()), darkPalette().color(QPalette::WindowText));
        QVERIFY(!stateBackground(State::Normal, lightPalette()).isValid());
    }

    void aHeadlineIsEscapedAndColoured()
    {
        // The server's message may hold markup of its own: it must reach the label as text.
        const QString error = stateHeadline(QStringLiteral("relation \"<b>x</b>\" & co"), State::Error, darkPalette());
        QVERIFY2(error.startsWith(QStringLiteral("<b style='color:%1'>").arg(stateColor(State::Error, darkPalette()).name())),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("relation &quot;&lt;b&gt;x&lt;/b&gt;&quot; &amp; co</b>")), qPrintable(error));
        QCOMPARE(stateHeadline(QStringLiteral("Done."), State::Normal, lightPalette()), QStringLiteral("<b>Done.</b>"));
    }

    void aLabelFollowsThePalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(lightPalette());
        QWidget window;
        auto* label = new QLabel(&window);
        showState(label, QStringLiteral("connection refused"), State::Error);
        QCOMPARE(label->text(), QStringLiteral("connection refused"));
        QCOMPARE(label->palette().color(QPalette::WindowText), stateColor(State::Error, lightPalette()));

        QApplication::setPalette(darkPalette()); // the system switched to dark mode
        QTRY_COMPARE(label->palette().color(QPalette::WindowText), stateColor(State::Error, darkPalette()));

        new QObject(label); // another child: the label's state is found by itself, not by type
        showState(label, QStringLiteral("connection refused"), State::Warning);
        QCOMPARE(label->palette().color(QPalette::WindowText), stateColor(State::Warning, darkPalette()));

        clearState(label);
        QCOMPARE(label->text(), QStringLiteral("connection refused"));
        QCOMPARE(label->palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(tst_StateColors)
#include "tst_StateColors.moc"
