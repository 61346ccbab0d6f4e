// SPDX-License-Identifier: GPL-3.0-or-later
// The wraparound forecast's arithmetic and its basis: what counts as a rate, what does not.
#include "advisor/WraparoundForecast.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace sg;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kT0 = 1'800'000'000'000; // some time in 2027, ms since the epoch
} // namespace

class tst_WraparoundForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extrapolatesTheRateToBothLimits()
    {
        // 100 transaction IDs a second for a day; the oldest is 150 million old, the freeze age 200 million.
        const QList<WraparoundForecast::Sample> samples = {
            {kT0, 1e9}, {kT0 + 12 * kHour, 1e9 + 4.32e6}, {kT0 + 24 * kHour, 1e9 + 8.64e6}};
        const WraparoundForecast f = WraparoundForecast::from(samples, 150'000'000, 200'000'000);
        QVERIFY(f.known);
        QCOMPARE(f.samples, 3);
        QCOMPARE(f.basisMs, 24 * kHour);
        QCOMPARE(f.xidsPerSecond, 100.0);
        QCOMPARE(f.secondsToFreeze, 50'000'000 / 100.0); // 5.8 days
        QCOMPARE(f.secondsToStop, double(kXidStopAge - 150'000'000) / 100);
        QCOMPARE(f.summary(),
                 QStringLiteral(
                     "autovacuum must freeze in 5 day(s); the server stops accepting writes in 230 day(s)"));
        QCOMPARE(
            f.basis(),
            QStringLiteral(
                "at the last 24.0 h's rate: 100 transaction IDs/s, from 3 sample(s) of the local history"));
    }

    void aHistoryThatRestartsLowerIsAnotherServer()
    {
        // The same name, re-created: only the last rising run counts.
        const QList<WraparoundForecast::Sample> samples = {
            {kT0, 5e8}, {kT0 + kHour, 5e8 + 1e6}, {kT0 + 2 * kHour, 1000}, {kT0 + 3 * kHour, 1000 + 36000}};
        const WraparoundForecast f = WraparoundForecast::from(samples, 40000, 200'000'000);
        QVERIFY(f.known);
        QCOMPARE(f.samples, 2);
        QCOMPARE(f.basisMs, kHour);
        QCOMPARE(f.xidsPerSecond, 10.0);
    }

    void unknownSamplesAreSkippedNotCounted()
    {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        const QList<WraparoundForecast::Sample> samples = {
            {kT0, 2000}, {kT0 + kHour, nan}, {kT0 + 2 * kHour, 0}, {kT0 + 2 * kHour + 1, nan}};
        const WraparoundForecast f = WraparoundForecast::from(samples, 100, 200'000'000);
        QVERIFY(!f.known);
        QCOMPARE(f.samples, 1);
        QVERIFY(f.basis().startsWith(
            QLatin1String("No forecast yet: the local history covers only 0 second(s)")));
        QVERIFY(f.summary().isEmpty());
        QVERIFY(std::isnan(f.secondsToFreeze));
    }

    void tooShortAnEmptyOrAStillHistory()
    {
        const WraparoundForecast none = WraparoundForecast::from({}, 100, 200'000'000);
        QVERIFY(!none.known);
        QVERIFY(none.basis().startsWith(
            QLatin1String("No forecast: the local history has no transaction ID samples")));
        const WraparoundForecast brief =
            WraparoundForecast::from({{kT0, 1000}, {kT0 + 59'000, 2000}}, 100, 200'000'000);
        QVERIFY(!brief.known); // under a minute says nothing about a day's rhythm
        const WraparoundForecast still =
            WraparoundForecast::from({{kT0, 1000}, {kT0 + kHour, 1000}}, 100, 200'000'000);
        QVERIFY(still.known);
        QCOMPARE(still.xidsPerSecond, 0.0);
        QVERIFY(std::isnan(still.secondsToStop));
        QCOMPARE(still.summary(),
                 QStringLiteral("no transaction IDs were used meanwhile: neither limit comes closer"));
    }

    void pastTheFreezeAgeSaysSoNow()
    {
        const WraparoundForecast f =
            WraparoundForecast::from({{kT0, 1e6}, {kT0 + kHour, 1e6 + 3600}}, 250'000'000, 200'000'000);
        QVERIFY(f.secondsToFreeze < 0);
        QVERIFY(f.summary().startsWith(
            QLatin1String("autovacuum_freeze_max_age is passed: an anti-wraparound vacuum is due now; "
                          "the server stops accepting writes in ")));
    }
};

QTEST_GUILESS_MAIN(tst_WraparoundForecast)
#include "tst_WraparoundForecast.moc"
