// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: complete (every string of the sources, translated, placeholders kept, plural
// forms right), in step with the code (lupdate finds nothing the .ts files lack), and switchable at
// run time from View → Language.
#include "Language.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QDomDocument>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

struct Entry
{
    QString context, source, translation;
    QString file; ///< where lupdate found it, relative to the source root ("app/db/Durations.cpp")
    QStringList plurals;
    bool numerus = false, unfinished = false;
};

QList<Entry> readTs(const QString& path)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QDomDocument doc;
    doc.setContent(&f);
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement ctx = contexts.at(c).toElement();
        const QString name = ctx.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = ctx.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message"))) {
            Entry e;
            e.context = name;
            e.source = m.firstChildElement(QStringLiteral("source")).text();
            e.file = m.firstChildElement(QStringLiteral("location")).attribute(QStringLiteral("filename"));
            e.file.remove(QRegularExpression(QStringLiteral("^(\\.\\./)+")));
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            e.numerus = m.attribute(QStringLiteral("numerus")) == QLatin1String("yes");
            e.unfinished = !t.attribute(QStringLiteral("type")).isEmpty(); // unfinished, obsolete, vanished
            for (QDomElement n = t.firstChildElement(QStringLiteral("numerusform")); !n.isNull();
                 n = n.nextSiblingElement(QStringLiteral("numerusform")))
                e.plurals << n.text();
            e.translation = e.numerus ? e.plurals.join(QLatin1Char('|')) : t.text();
            out << e;
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << QStringLiteral(SG_SOURCE_DIR "/translations/sightglass_de.ts") << 2;
        QTest::newRow("zh_CN") << QStringLiteral(SG_SOURCE_DIR "/translations/sightglass_zh_CN.ts") << 1;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        const QList<Entry> entries = readTs(file);
        QVERIFY(entries.size() > 900);
        QStringList problems;
        for (const Entry& e : entries) {
            const QString where = e.context + QStringLiteral(": ") + e.source.left(60);
            if (e.unfinished || e.translation.trimmed().isEmpty())
                problems << QStringLiteral("untranslated: ") + where;
            else if (e.numerus && e.plurals.size() != pluralForms)
                problems << QStringLiteral("%1 plural forms: ").arg(e.plurals.size()) + where;
            else if (!e.numerus && placeholders(e.source) != placeholders(e.translation))
                problems << QStringLiteral("placeholders differ: ") + where;
            else if (e.numerus)
                for (const QString& p : e.plurals) {
                    QSet<QString> expected = placeholders(e.source);
                    // A language with one form may drop %n where the number is said otherwise; never others.
                    expected.remove(QStringLiteral("%n"));
                    if (!placeholders(p).contains(expected))
                        problems << QStringLiteral("placeholders differ: ") + where;
                }
            if (e.source.contains(QLatin1Char('&')) && !e.source.contains(QLatin1String("&&")) &&
                !e.source.contains(QLatin1String("&amp;")) && !e.translation.contains(QLatin1Char('&')))
                problems << QStringLiteral("accelerator lost: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void translationsAreInStepWithTheCode()
    {
        // lupdate over today's sources must find nothing the committed .ts files lack.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SG_SOURCE_DIR));
        lupdate.start(QStringLiteral(SG_LUPDATE),
                      {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> known;
        for (const Entry& e : readTs(QStringLiteral(SG_SOURCE_DIR "/translations/sightglass_de.ts")))
            known << e.context + QLatin1Char('\x1f') + e.source;
        QStringList missing;
        for (const Entry& e : readTs(fresh)) {
            if (!known.contains(e.context + QLatin1Char('\x1f') + e.source))
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target and translate:\n") +
                            missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void fileLocalHelpersTranslateInTheContextLupdateFiled()
    {
        // A .cpp that is not a QObject calls its own tr() helper, which translates in a context
        // it names ("sg::MigrationRunner"). lupdate files a call by where it stands: in a member
        // function under the class, in a free function under the namespace ("sg"). Where the two
        // differ the translation exists but is never found. Every message lupdate found in such a
        // file must be in a context the file names.
        static const QRegularExpression named(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
        static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(([^)]+)\\)"));
        QHash<QString, QSet<QString>> contextsOf;
        QSet<QString> classContexts; // tr() of a class with Q_DECLARE_TR_FUNCTIONS: lupdate knows it
        for (const QString& dir : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator headers(QStringLiteral(SG_SOURCE_DIR "/") + dir, {QStringLiteral("*.h")}, QDir::Files,
                                 QDirIterator::Subdirectories);
            while (headers.hasNext()) {
                QFile f(headers.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                for (auto m = declared.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();)
                    classContexts << m.next().captured(1).trimmed();
            }
        }
        for (const QString& dir : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(QStringLiteral(SG_SOURCE_DIR "/") + dir, {QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                QSet<QString> contexts;
                for (auto m = named.globalMatch(text); m.hasNext();)
                    contexts << m.next().captured(1);
                if (contexts.isEmpty())
                    continue; // tr() of QObject subclasses: lupdate and moc agree
                contexts << QStringLiteral("QObject"); // QObject::tr() says so itself
                contexts.unite(classContexts);
                contextsOf.insert(QDir(QStringLiteral(SG_SOURCE_DIR)).relativeFilePath(f.fileName()), contexts);
            }
        }
        QVERIFY(!contextsOf.isEmpty());
        QStringList wrong;
        for (const Entry& e : readTs(QStringLiteral(SG_SOURCE_DIR "/translations/sightglass_de.ts"))) {
            const auto it = contextsOf.constFind(e.file);
            if (it != contextsOf.cend() && !it->contains(e.context))
                wrong << QStringLiteral("%1: \"%2\" is filed under %3, the file translates in %4")
                             .arg(e.file, e.source.left(50), e.context, QStringList(it->values()).join(QLatin1Char(' ')));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void switchesLanguageWhileRunning()
    {
        QVERIFY(Language::available().contains(QStringLiteral("de")));
        QVERIFY(Language::available().contains(QStringLiteral("zh_CN")));
        ui::MainWindow window(nullptr, false);
        window.show();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("indexesDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Indexes"));
        auto trigger = [&](const char* name) {
            auto* action = window.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action, name);
            action->trigger();
        };
        trigger("language_de");
        const QString german = QCoreApplication::translate("sg::ui::MainWindow", "Indexes");
        QVERIFY(german != QLatin1String("Indexes"));
        QTRY_COMPARE(dock->windowTitle(), german); // LanguageChange arrives through the event loop
        QCOMPARE(window.menuBar()->actions().first()->text(),
                 QCoreApplication::translate("sg::ui::MainWindow", "&File"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        // What does not switch at once is said, with the way to switch it.
        QTRY_VERIFY(window.findChild<QAction*>(QStringLiteral("languageRestart")) &&
                    window.findChild<QAction*>(QStringLiteral("languageRestart"))->isEnabled());
        QVERIFY2(!window.statusBar()->currentMessage().isEmpty(), "no notice of the restart");
        // Qt's own translations come along, so standard dialogs speak German too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        trigger("language_zh_CN");
        QTRY_COMPARE(dock->windowTitle(), QStringLiteral("索引"));
        trigger("language_en");
        QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Indexes"));
        trigger("language_de");
        QTRY_COMPARE(dock->windowTitle(), german);
        trigger("language_system"); // C.UTF-8 in the test environment: English
        QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Indexes"));
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
