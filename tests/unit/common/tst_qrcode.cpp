// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/qrcode.h"
#include "sales/ticketquery.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
// What ZBar (zbar-tools, written by others) reads from the code drawn as a bitmap.
QString readWithZbar(const QrCode &code, int scale)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"code.pbm"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(code.toPbm(scale)) < 0)
        return u"(cannot write)"_s;
    f.close();
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, path});
    if (!zbar.waitForFinished(30000))
        return u"(zbarimg did not finish)"_s;
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty(),
            "zbarimg is needed to read the codes back (Debian: zbar-tools)");
    }

    void aReceiptCodeIsReadBackByAnIndependentDecoder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("version");
        QTest::newRow("receipt code")
            << TicketQuery::receiptCode(u"0192f3a1-7c4e-7d2a-9b1e-3f4a5b6c7d8e"_s) << 2;
        QTest::newRow("lower case: bytes") << u"https://comptoir.example/t/0192f3a1"_s << 3;
        QTest::newRow("accents, UTF-8") << u"Boulangerie Émile – ticket 12"_s << 3;
    }
    void aReceiptCodeIsReadBackByAnIndependentDecoder()
    {
        QFETCH(QString, text);
        QFETCH(int, version);
        const auto code = QrCode::encode(text);
        QVERIFY(code);
        QCOMPARE(code->size(), 17 + 4 * code->version());
        QVERIFY2(code->version() >= version, qPrintable(QString::number(code->version())));
        QCOMPARE(readWithZbar(*code, 4), text);
        QCOMPARE(readWithZbar(*code, 2), text);
    }

    void theReceiptCodeIsSmall()
    {
        const auto code = QrCode::encode(TicketQuery::receiptCode(u"0192f3a1-7c4e-7d2a-9b1e-3f4a5b6c7d8e"_s));
        QVERIFY(code);
        // "TK" and 32 capital hexadecimal digits: 34 characters in alphanumeric mode, version 2
        // at correction M (ISO/IEC 18004: 2-M holds 38 of them, but only 26 bytes).
        QCOMPARE(code->version(), 2);
        QCOMPARE(code->size(), 25);
    }

    void theBitmapHasItsQuietZone()
    {
        const auto code = QrCode::encode(u"TK1"_s);
        QVERIFY(code);
        const QList<QByteArray> rows = code->toPbm(2).split('\n');
        QCOMPARE(rows[0], QByteArray("P1"));
        const int side = (code->size() + 2 * QrCode::quietZone) * 2;
        QCOMPARE(rows[1], QByteArray::number(side) + ' ' + QByteArray::number(side));
        QCOMPARE(rows[2], QByteArray(side, '0')); // the first rows are the quiet zone
        // The finder pattern's corner: the first dark module after 4 modules of margin.
        QCOMPARE(rows[2 + 2 * QrCode::quietZone].indexOf('1'), 2 * QrCode::quietZone);
    }

    void whatCannotBeACodeIsRefused()
    {
        QVERIFY(!QrCode::encode(QString()));
        QVERIFY(!QrCode::encode(QString(QrCode::maxBytes + 1, u'A')));
        QVERIFY(!QrCode::encode(u"a\0b"_s));
        QVERIFY(QrCode::encode(QString(QrCode::maxBytes, u'A')));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
