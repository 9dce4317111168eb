// SPDX-License-Identifier: GPL-3.0-or-later
// Adyen's local-communication security, replayed against the messages Adyen's own libraries
// publish (tests/fixtures/nexo/adyen-crypto, MIT): key derivation, decryption of real
// terminal answers, our sealing reproducing Adyen's blob byte for byte from the same nonce,
// and every way a secured message can be refused.
#include "payment/nexo.h"
#include "payment/nexocrypto.h"
#include "payment/nexoterminal.h"
#include "payment/terminalconfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(COMPTOIR_FIXTURES "/nexo/adyen-crypto/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject vectors()
{
    return QJsonDocument::fromJson(fixture(u"vectors.json"_s)).object();
}

nexo::MessageKey keyFor(const QString &identifier, int version, const QString &passphrase)
{
    auto k = nexo::MessageKey::derive({identifier, version, passphrase.toUtf8()});
    if (!k)
        qFatal("derive: %s", qPrintable(k.error().message));
    return *k;
}

// The secured message with one member of its SecurityTrailer (or the blob) replaced.
QByteArray tampered(const QByteArray &secured, const QString &member, const QJsonValue &value)
{
    QJsonObject doc = QJsonDocument::fromJson(secured).object();
    const QString envelope = doc.constBegin().key();
    QJsonObject inner = doc.value(envelope).toObject();
    if (member == u"NexoBlob"_s) {
        inner.insert(member, value);
    } else {
        QJsonObject trailer = inner.value(u"SecurityTrailer"_s).toObject();
        if (value.isUndefined())
            trailer.remove(member);
        else
            trailer.insert(member, value);
        inner.insert(u"SecurityTrailer"_s, trailer);
    }
    doc.insert(envelope, inner);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

class TestNexoCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A passphrase is overwritten by its last holder; wiping one copy never spoils another
    // (the terminal's copy and the setup's share their bytes until one lets go).
    void wipingASharedSecretLeavesTheOtherCopy()
    {
        QByteArray setup("correct horse battery staple");
        QByteArray terminal = setup;
        nexo::wipe(terminal);
        QVERIFY(terminal.isEmpty());
        QCOMPARE(setup, QByteArray("correct horse battery staple"));
        nexo::wipe(setup);
        QVERIFY(setup.isEmpty());
        QString typed = u"correct horse"_s;
        const QString shown = typed;
        nexo::wipe(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(shown, u"correct horse"_s);
    }

    void derivation_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QByteArray>("derived");
        for (const QJsonValue &v : vectors().value(u"derivedKeys"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"passphrase"_s).toString()))
                << o.value(u"passphrase"_s).toString()
                << QByteArray::fromHex(o.value(u"derived80Hex"_s).toString().toLatin1());
        }
    }
    void derivation()
    {
        QFETCH(QString, passphrase);
        QFETCH(QByteArray, derived);
        QCOMPARE(derived.size(), 80);
        const nexo::MessageKey k = keyFor(u"any"_s, 1, passphrase);
        QCOMPARE(k.hmacKey().toHex(), derived.first(32).toHex());
        QCOMPARE(k.cipherKey().toHex(), derived.sliced(32, 32).toHex());
        QCOMPARE(k.iv().toHex(), derived.sliced(64, 16).toHex());
    }

    // Real answers of Adyen terminals, secured, opened with the passphrase of the library
    // test that uses them; the plaintext is the one published (or, where Adyen publishes only
    // the asserted values, the one whose SHA-256 the fixture import recorded).
    void openPublishedMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("plaintextFile");
        QTest::addColumn<QByteArray>("plaintextSha256");
        QTest::addColumn<QByteArray>("nonce");
        for (const QJsonValue &v : vectors().value(u"vectors"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"file"_s).toString()))
                << o.value(u"file"_s).toString() << o.value(u"KeyIdentifier"_s).toString()
                << o.value(u"KeyVersion"_s).toInt() << o.value(u"passphrase"_s).toString()
                << o.value(u"plaintextFile"_s).toString()
                << o.value(u"plaintextSha256"_s).toString().toLatin1()
                << QByteArray::fromBase64(o.value(u"NonceBase64"_s).toString().toLatin1());
        }
    }
    void openPublishedMessages()
    {
        QFETCH(QString, file);
        QFETCH(QString, identifier);
        QFETCH(int, version);
        QFETCH(QString, passphrase);
        QFETCH(QString, plaintextFile);
        QFETCH(QByteArray, plaintextSha256);
        QFETCH(QByteArray, nonce);
        const QByteArray secured = fixture(file);
        QVERIFY(nexo::isSecured(secured));
        const nexo::MessageKey k = keyFor(identifier, version, passphrase);
        const auto opened = k.open(secured);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const QByteArray expected = fixture(plaintextFile);
        QCOMPARE(*opened, expected);
        QCOMPARE(QCryptographicHash::hash(*opened, QCryptographicHash::Sha256).toHex(), plaintextSha256);
        QVERIFY(!nexo::isSecured(*opened));

        // Sealed again with the same nonce, our blob and HMAC are Adyen's, byte for byte.
        const auto sealed = k.seal(*opened, nonce);
        QVERIFY(sealed);
        const QJsonObject ours = QJsonDocument::fromJson(*sealed).object();
        const QJsonObject theirs = QJsonDocument::fromJson(secured).object();
        QCOMPARE(ours.keys(), theirs.keys());
        const QString envelope = theirs.constBegin().key();
        const QJsonObject o = ours.value(envelope).toObject();
        const QJsonObject t = theirs.value(envelope).toObject();
        QCOMPARE(o.value(u"NexoBlob"_s).toString(), t.value(u"NexoBlob"_s).toString());
        const QJsonObject ot = o.value(u"SecurityTrailer"_s).toObject();
        const QJsonObject tt = t.value(u"SecurityTrailer"_s).toObject();
        for (const QString &m :
            {u"AdyenCryptoVersion"_s, u"KeyIdentifier"_s, u"KeyVersion"_s, u"Nonce"_s, u"Hmac"_s})
            QCOMPARE(ot.value(m), tt.value(m));
        // The header in clear is the message's own.
        const QJsonObject plainHeader = QJsonDocument::fromJson(*opened)
                                            .object()
                                            .value(envelope)
                                            .toObject()
                                            .value(u"MessageHeader"_s)
                                            .toObject();
        QCOMPARE(o.value(u"MessageHeader"_s).toObject(), plainHeader);
        // And the decrypted answer is one our nexo decoder reads.
        if (envelope == u"SaleToPOIResponse"_s) {
            const auto r = nexo::decodeResponse(*opened, TerminalOperation::Payment);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        }
    }

    // The .NET library pins the HMAC of one exact message (TerminalApiSerializerTest).
    void publishedHmac()
    {
        const QJsonObject v = vectors().value(u"hmacOnlyVector"_s).toObject();
        const nexo::MessageKey k =
            keyFor(u"CryptoKeyIdentifier12345"_s, 1, v.value(u"passphrase"_s).toString());
        const QByteArray message = fixture(v.value(u"plaintextFile"_s).toString());
        QCOMPARE(message.size(), v.value(u"plaintextLength"_s).toInt());
        QCOMPARE(k.hmac(message).toBase64(), v.value(u"expectedHmacBase64"_s).toString().toLatin1());
        const QJsonObject published =
            QJsonDocument::fromJson(fixture(u"dotnet-serializer-hmac.expected-secured.json"_s))
                .object()
                .value(u"SaleToPOIRequest"_s)
                .toObject()
                .value(u"SecurityTrailer"_s)
                .toObject();
        QCOMPARE(published.value(u"Hmac"_s).toString().toLatin1(), k.hmac(message).toBase64());
    }

    void roundTripWithRandomNonces()
    {
        const nexo::MessageKey k = keyFor(u"shop-key"_s, 3, u"a long shared passphrase"_s);
        const QByteArray message =
            R"({"SaleToPOIRequest":{"MessageHeader":{"MessageCategory":"Payment","ServiceID":"A1"},"PaymentRequest":{"PaymentTransaction":{"AmountsReq":{"Currency":"EUR","RequestedAmount":12.50}}}}})";
        const auto a = k.seal(message);
        const auto b = k.seal(message);
        QVERIFY(a && b);
        QVERIFY(*a != *b); // a fresh nonce each time
        QCOMPARE(*k.open(*a), message);
        QCOMPARE(*k.open(*b), message);
        // The amount is not in clear.
        QVERIFY(!a->contains("12.50"));
        QVERIFY(a->contains("\"ServiceID\":\"A1\"")); // the header is
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("secured");
        QTest::addColumn<QString>("code");
        const nexo::MessageKey k = keyFor(u"shop-key"_s, 3, u"a long shared passphrase"_s);
        const QByteArray message = R"({"SaleToPOIResponse":{"MessageHeader":{"ServiceID":"A1"},"X":{}}})";
        const QByteArray good = *k.seal(message);
        const nexo::MessageKey other = keyFor(u"shop-key"_s, 3, u"another passphrase"_s);
        QTest::newRow("another passphrase") << *other.seal(message) << u"nexo.crypto.hmac"_s;
        QTest::newRow("another key") << *keyFor(u"old-key"_s, 3, u"a long shared passphrase"_s).seal(message)
                                     << u"nexo.crypto.key-mismatch"_s;
        QTest::newRow("another version")
            << *keyFor(u"shop-key"_s, 2, u"a long shared passphrase"_s).seal(message)
            << u"nexo.crypto.key-mismatch"_s;
        QTest::newRow("crypto version 2")
            << tampered(good, u"AdyenCryptoVersion"_s, 2) << u"nexo.crypto.version"_s;
        QTest::newRow("crypto version text")
            << tampered(good, u"AdyenCryptoVersion"_s, u"1"_s) << u"nexo.crypto.version"_s;
        QTest::newRow("no nonce") << tampered(good, u"Nonce"_s, QJsonValue::Undefined)
                                  << u"nexo.crypto.format"_s;
        QTest::newRow("short nonce") << tampered(good, u"Nonce"_s, u"AAAA"_s) << u"nexo.crypto.format"_s;
        QTest::newRow("nonce not base64")
            << tampered(good, u"Nonce"_s, u"!!!!!!!!!!!!!!!!!!!!!!!="_s) << u"nexo.crypto.format"_s;
        QTest::newRow("another nonce")
            << tampered(good, u"Nonce"_s, QString::fromLatin1(QByteArray(16, 'n').toBase64()))
            << u"nexo.crypto.hmac"_s;
        QTest::newRow("no hmac") << tampered(good, u"Hmac"_s, QJsonValue::Undefined)
                                 << u"nexo.crypto.format"_s;
        QTest::newRow("hmac flipped")
            << tampered(good, u"Hmac"_s, QString::fromLatin1(QByteArray(32, 'h').toBase64()))
            << u"nexo.crypto.hmac"_s;
        QTest::newRow("blob null") << tampered(good, u"NexoBlob"_s, QJsonValue::Null)
                                   << u"nexo.crypto.format"_s;
        QTest::newRow("blob not a block")
            << tampered(good, u"NexoBlob"_s, QString::fromLatin1(QByteArray(15, 'b').toBase64()))
            << u"nexo.crypto.format"_s;
        QTest::newRow("blob of another message")
            << tampered(good, u"NexoBlob"_s, QString::fromLatin1(QByteArray(64, 'b').toBase64()))
            << u"nexo.crypto.hmac"_s;
        QTest::newRow("not secured") << message << u"nexo.crypto.not-secured"_s;
        QTest::newRow("not json") << QByteArray("{\"SaleToPOIResponse\":") << u"nexo.crypto.format"_s;
        QTest::newRow("two envelopes")
            << QByteArray(R"({"SaleToPOIResponse":{},"SaleToPOIRequest":{}})") << u"nexo.crypto.format"_s;
        QTest::newRow("huge") << QByteArray(200 * 1024, ' ') << u"nexo.crypto.too-large"_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, secured);
        QFETCH(QString, code);
        const nexo::MessageKey k = keyFor(u"shop-key"_s, 3, u"a long shared passphrase"_s);
        const auto r = k.open(secured);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
    }

    // A store's setup names the key (its passphrase comes from the keychain), the authority
    // and the name of the terminal's certificate.
    void setupOptions()
    {
        const QString ca = QStringLiteral(COMPTOIR_FIXTURES "/nexo/SOURCES.md"); // exists
        const QJsonObject options {{u"url"_s, u"https://10.0.0.12:8443/nexo"_s}, {u"key_id"_s, u"shop-key"_s},
            {u"key_version"_s, 3}, {u"ca_file"_s, ca},
            {u"tls_name"_s, u"V400m-347374578.live.terminal.adyen.com"_s}};
        const auto s = nexoSettingsFrom({u"tpe"_s, u"TPE"_s, u"nexo"_s, options, "the passphrase"});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->key.identifier, u"shop-key"_s);
        QCOMPARE(s->key.version, 3);
        QCOMPARE(s->key.passphrase, QByteArray("the passphrase"));
        QCOMPARE(s->caFile, ca);
        QCOMPARE(s->tlsName, u"V400m-347374578.live.terminal.adyen.com"_s);
        // Never saved with the options.
        PaymentSetup setup;
        setup.terminals << TerminalConfig {u"tpe"_s, u"TPE"_s, u"nexo"_s, options, "the passphrase"};
        QVERIFY(!QJsonDocument(setup.toJson()).toJson().contains("the passphrase"));
        QCOMPARE(terminalKeyName(u"shop-key"_s, 3), u"nexo-key/shop-key/3"_s);
    }

    void setupOptionsRefused_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("says");
        QTest::newRow("key without version") << QJsonObject {{u"key_id"_s, u"k"_s}} << u"key_version"_s;
        QTest::newRow("version as text")
            << QJsonObject {{u"key_id"_s, u"k"_s}, {u"key_version"_s, u"1"_s}} << u"key_version"_s;
        QTest::newRow("version with a fraction")
            << QJsonObject {{u"key_id"_s, u"k"_s}, {u"key_version"_s, 1.5}} << u"key_version"_s;
        QTest::newRow("negative version")
            << QJsonObject {{u"key_id"_s, u"k"_s}, {u"key_version"_s, -1}} << u"key_version"_s;
        QTest::newRow("identifier too long")
            << QJsonObject {{u"key_id"_s, QString(65, u'k')}, {u"key_version"_s, 1}} << u"key_id"_s;
        QTest::newRow("missing authority file")
            << QJsonObject {{u"ca_file"_s, u"/nonexistent/adyen-root.pem"_s}}
            << u"/nonexistent/adyen-root.pem"_s;
        QTest::newRow("name over http") << QJsonObject {{u"url"_s, u"http://10.0.0.12:8080/nexo"_s},
                                               {u"tls_name"_s, u"V400m-347374578.live.terminal.adyen.com"_s}}
                                        << u"https"_s;
    }
    void setupOptionsRefused()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, says);
        QJsonObject options {{u"url"_s, u"https://10.0.0.12:8443/nexo"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            options.insert(it.key(), it.value());
        const auto s = nexoSettingsFrom({u"tpe-adyen"_s, u"TPE"_s, u"nexo"_s, options, {}});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void keysThatCannotBeUsed()
    {
        QVERIFY(!nexo::MessageKey::derive({QString(), 1, "pass"}));
        QVERIFY(!nexo::MessageKey::derive({u"k"_s, 1, QByteArray()}));
        QVERIFY(!nexo::MessageKey::derive({u"k"_s, -1, "pass"}));
        QVERIFY(!nexo::MessageKey::derive({u"k"_s, 1, QByteArray(300, 'p')}));
        const nexo::MessageKey k = keyFor(u"k"_s, 1, u"pass"_s);
        QVERIFY(!k.seal("not json"));
        QVERIFY(!k.seal(R"({"Something":{}})"));
        QVERIFY(!k.seal(R"({"SaleToPOIRequest":{}})", "short"));
    }
};

QTEST_GUILESS_MAIN(TestNexoCrypto)
#include "tst_nexocrypto.moc"
