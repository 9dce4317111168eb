// SPDX-License-Identifier: GPL-3.0-or-later
// PINs are hashed with Argon2id as the standard defines it: the reference implementation's own
// command line (Debian's `argon2`, which we did not write) recomputes our hash from the PIN,
// the salt and the cost, hashes it computes are accepted by ours, and argon2-cffi accepts ours.
#include "staff/pin.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

// Runs `argon2 SALT -id -t T -k KIB -p 1 -e` with the PIN on stdin; returns its PHC line.
QString referenceHash(const QByteArray &pinText, const QByteArray &salt, int passes, int memoryKiB)
{
    QProcess p;
    p.start(u"argon2"_s,
        {QString::fromLatin1(salt), u"-id"_s, u"-t"_s, QString::number(passes), u"-k"_s,
            QString::number(memoryKiB), u"-p"_s, u"1"_s, u"-e"_s});
    if (!p.waitForStarted())
        return {};
    p.write(pinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000))
        return {};
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

// argon2-cffi's verdict on `phc` for `pinText`: "yes", "no" or what went wrong.
QString pythonVerifies(const QString &phc, const QByteArray &pinText)
{
    QProcess p;
    p.start(u"/usr/bin/python3"_s,
        {u"-c"_s,
            u"import sys, argon2\n"
            "try:\n"
            "    argon2.PasswordHasher().verify(sys.argv[1], sys.argv[2]); print('yes')\n"
            "except argon2.exceptions.VerifyMismatchError:\n"
            "    print('no')\n"_s,
            phc, QString::fromLatin1(pinText)});
    if (!p.waitForFinished(60'000))
        return u"(python3 did not finish)"_s;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

} // namespace

class TestPin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"argon2"_s).isEmpty(),
            "the argon2 command (Debian: argon2) checks our hashes independently");
        QVERIFY2(pythonVerifies(u"x"_s, "1234").contains(u"InvalidHash"_s),
            "argon2-cffi (Debian: python3-argon2) checks our hashes independently");
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("4 digits") << u"1234"_s << true;
        QTest::newRow("6 digits") << u"000000"_s << true;
        QTest::newRow("3 digits") << u"123"_s << false;
        QTest::newRow("7 digits") << u"1234567"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letters") << u"12a4"_s << false;
        QTest::newRow("Arabic-Indic digits") << u"١٢٣٤"_s << false;
        QTest::newRow("space") << u"12 34"_s << false;
    }
    void shapes()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QCOMPARE(bool(pin::checkShape(pin)), ok);
        QCOMPARE(bool(pin::hash(pin)), ok);
        if (!ok)
            QCOMPARE(pin::checkShape(pin).error().code, u"staff.pin_shape"_s);
    }

    void aHashIsArgon2idAtTheOwaspCost()
    {
        const auto h = pin::hash(u"4821"_s);
        QVERIFY(h);
        QVERIFY2(h->startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(*h));
        QVERIFY(!h->contains(u"4821"_s));
        QVERIFY(pin::verify(*h, u"4821"_s));
        QVERIFY(!pin::verify(*h, u"4822"_s));
        QVERIFY(!pin::verify(*h, u"48210"_s));
        QVERIFY(!pin::needsRehash(*h));
        // A new salt each time: two clerks with the same PIN do not share a hash.
        QVERIFY(*h != *pin::hash(u"4821"_s));
    }

    void theReferenceImplementationAgrees()
    {
        // Our hash, checked by argon2-cffi (Python, over the reference C library): the right
        // PIN verifies, a wrong one does not.
        const QString ours = *pin::hash(u"739105"_s);
        QCOMPARE(pythonVerifies(ours, "739105"), u"yes"_s);
        QCOMPARE(pythonVerifies(ours, "739106"), u"no"_s);
        // Theirs, checked by ours.
        const QString theirs = referenceHash("739105", "comptoir-salt-16", pin::Passes, pin::MemoryKiB);
        QVERIFY2(theirs.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(theirs));
        QVERIFY(pin::isAcceptedHash(theirs));
        QVERIFY(pin::verify(theirs, u"739105"_s));
        QVERIFY(!pin::verify(theirs, u"739106"_s));
    }

    void olderCostsAreVerifiedAndRehashed()
    {
        // Head office may still hold hashes made at a lower cost (here 8 MiB, 3 passes).
        const QString older = referenceHash("2580", "another-salt", 3, 8192);
        QVERIFY(pin::verify(older, u"2580"_s));
        QVERIFY(pin::needsRehash(older));
        // A stronger one (32 MiB, 3 passes) is kept as it is, never weakened.
        const QString stronger = referenceHash("2580", "another-salt", 3, 32768);
        QVERIFY(pin::verify(stronger, u"2580"_s));
        QVERIFY(!pin::needsRehash(stronger));
    }

    void hostileHashesMatchNothing_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("argon2i")
            << u"$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QTest::newRow("4 GiB of memory")
            << u"$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QTest::newRow("128 MiB (seconds on the screen's thread)")
            << u"$argon2id$v=19$m=131072,t=2,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QTest::newRow("5 passes")
            << u"$argon2id$v=19$m=19456,t=5,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QTest::newRow("1000 passes")
            << u"$argon2id$v=19$m=19456,t=1000,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QTest::newRow("4 lanes")
            << u"$argon2id$v=19$m=19456,t=2,p=4$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QTest::newRow("plain PIN") << u"1234"_s;
        QTest::newRow("SHA-1 as Odoo sends") << u"7110eda4d09e062aa5e4a390b0a572ac0d2c0220"_s;
        QTest::newRow("too long") << u"$argon2id$v=19$m=19456,t=2,p=1$"_s + QString(300, u'A');
    }
    void hostileHashesMatchNothing()
    {
        QFETCH(QString, stored);
        QVERIFY(!pin::isAcceptedHash(stored));
        QVERIFY(!pin::verify(stored, u"1234"_s));
    }

    void theCommandLineHashOfTheSpecIsAccepted()
    {
        // The example of ../shared/specs (argon2 saltsalt -id -t 2 -k 19456 -p 1 -e, PIN 1234).
        const QString spec =
            u"$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms"_s;
        QCOMPARE(referenceHash("1234", "saltsalt", 2, 19456), spec);
        QVERIFY(pin::verify(spec, u"1234"_s));
        QVERIFY(!pin::verify(spec, u"4321"_s));
    }
};

QTEST_GUILESS_MAIN(TestPin)
#include "tst_pin.moc"
