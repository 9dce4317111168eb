// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputmethodchoice.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir::pos;

namespace {
// /proc/bus/input/devices as the Linux input subsystem lists it (one block per device; the
// "B: EV=" bitmap names the event types: 0x120013 is SYN, KEY, MSC, LED and REP).
const QByteArray kLaptop = R"(I: Bus=0019 Vendor=0000 Product=0001 Version=0000
N: Name="Power Button"
P: Phys=LNXPWRBN/button/input0
S: Sysfs=/devices/LNXSYSTM:00/LNXPWRBN:00/input/input0
U: Uniq=
H: Handlers=kbd event0
B: PROP=0
B: EV=3
B: KEY=10000000000000 0

I: Bus=0011 Vendor=0001 Product=0001 Version=ab41
N: Name="AT Translated Set 2 keyboard"
P: Phys=isa0060/serio0/input0
S: Sysfs=/devices/platform/i8042/serio0/input/input3
U: Uniq=
H: Handlers=sysrq kbd leds event3
B: PROP=0
B: EV=120013
B: KEY=402000000 3803078f800d001 feffffdfffefffff fffffffffffffffe
B: MSC=10
B: LED=7
)";

const QByteArray kTouchTablet = R"(I: Bus=0019 Vendor=0000 Product=0001 Version=0000
N: Name="Power Button"
H: Handlers=kbd event0
B: PROP=0
B: EV=3
B: KEY=10000000000000 0

I: Bus=0018 Vendor=0416 Product=1001 Version=0100
N: Name="Goodix Capacitive TouchScreen"
H: Handlers=kbd mouse0 event1
B: PROP=2
B: EV=b
B: KEY=400 0 0 0 0 0
B: ABS=2658000 3

I: Bus=0019 Vendor=0001 Product=0001 Version=0100
N: Name="gpio-keys"
H: Handlers=kbd event2
B: PROP=0
B: EV=3
B: KEY=c000000000000 0
)";

// A counter PC with a touch screen and a USB barcode scanner in keyboard mode only.
const QByteArray kCounterWithScanner = kTouchTablet + R"(
I: Bus=0003 Vendor=0c2e Product=0b61 Version=0111
N: Name="Honeywell Imaging & Mobility 1900"
H: Handlers=sysrq kbd leds event4
B: PROP=0
B: EV=120013
B: KEY=1000000000007 ff9f207ac14057ff febeffdfffefffff fffffffffffffffe
B: MSC=10
B: LED=1f
)";
} // namespace

class TestInputMethodChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void devicesTellWhetherSomethingTypes()
    {
        QCOMPARE(listsATypingKeyboard(kLaptop), std::optional<bool>(true));
        QCOMPARE(listsATypingKeyboard(kTouchTablet), std::optional<bool>(false)); // power and volume keys
        QCOMPARE(listsATypingKeyboard(kCounterWithScanner), std::optional<bool>(true));
        QCOMPARE(listsATypingKeyboard(QByteArray()), std::nullopt); // a container: nobody can tell
        QCOMPARE(
            listsATypingKeyboard("garbage\n\n\nH: Handlers=kbd\nB: EV=zz\n"), std::optional<bool>(false));
    }

    void theChoiceInOrder()
    {
        QVERIFY(wantsOnScreenKeyboard(KeyboardChoice::On, false, true));
        QVERIFY(!wantsOnScreenKeyboard(KeyboardChoice::Off, true, false));
        QVERIFY(wantsOnScreenKeyboard(KeyboardChoice::Auto, false, false)); // no keyboard here
        QVERIFY(!wantsOnScreenKeyboard(KeyboardChoice::Auto, false, true));
        QVERIFY(wantsOnScreenKeyboard(KeyboardChoice::Auto, true, true)); // the tablet layout
        QVERIFY(!wantsOnScreenKeyboard(KeyboardChoice::Auto, false, std::nullopt)); // the system's choice
        QCOMPARE(parseKeyboardChoice("on"), std::optional(KeyboardChoice::On));
        QCOMPARE(parseKeyboardChoice("ON"), std::nullopt);
        QCOMPARE(parseKeyboardChoice(""), std::nullopt);
    }

    void theSettingIsReadWithoutTouchingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"register.db"_s);
        QCOMPARE(storedKeyboardChoice(path), QByteArray()); // no file: nothing, and none made
        QVERIFY(!QFile::exists(path));
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"settings"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
            QCOMPARE(storedKeyboardChoice(path), QByteArray()); // no such setting
            QVERIFY(q.exec(u"INSERT INTO settings VALUES ('ui.virtual_keyboard', 'on')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"settings"_s);
        const QDateTime before = QFileInfo(path).lastModified();
        QCOMPARE(storedKeyboardChoice(path), QByteArray("on"));
        QCOMPARE(QFileInfo(path).lastModified(), before);
        QFile notADatabase(dir.filePath(u"notes.txt"_s));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly) && notADatabase.write("hello") == 5);
        notADatabase.close();
        QCOMPARE(storedKeyboardChoice(notADatabase.fileName()), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestInputMethodChoice)
#include "tst_inputmethodchoice.moc"
