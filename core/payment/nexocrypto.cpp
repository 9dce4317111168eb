// SPDX-License-Identifier: GPL-3.0-or-later
#include "nexocrypto.h"

#include "payment/nexo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::nexo {

namespace {

constexpr QByteArrayView kSalt = "AdyenNexoV1Salt";
constexpr int kIterations = 4000;
constexpr int kKeySize = 32;
constexpr int kBlockSize = 16;
// A secured message: the blob is the message (at most kMaxMessageSize) padded, in base64,
// plus a header and a trailer.
constexpr qsizetype kMaxSecuredSize = kMaxMessageSize / 3 * 4 + 8 * 1024;
constexpr int kHmacSize = 32;

Error cryptoError(const QString &code, const QString &detail)
{
    return Error {u"nexo.crypto."_s + code, detail};
}

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// AES-256-CBC with PKCS#7 padding, one shot. Empty optional on any failure (bad padding).
std::optional<QByteArray> aes(bool encrypt, const QByteArray &key, const QByteArray &iv, QByteArrayView in)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return std::nullopt;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *v = reinterpret_cast<const unsigned char *>(iv.constData());
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, k, v, encrypt ? 1 : 0) != 1)
        return std::nullopt;
    QByteArray out(in.size() + kBlockSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    int last = 0;
    if (EVP_CipherUpdate(
            ctx.get(), o, &written, reinterpret_cast<const unsigned char *>(in.data()), int(in.size())) != 1)
        return std::nullopt;
    if (EVP_CipherFinal_ex(ctx.get(), o + written, &last) != 1)
        return std::nullopt;
    out.truncate(written + last);
    return out;
}

QByteArray xorNonce(const QByteArray &iv, QByteArrayView nonce)
{
    QByteArray out = iv;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(out[i] ^ nonce[i]);
    return out;
}

// Strict base64 (standard alphabet, padding required); nullopt when anything else is there.
std::optional<QByteArray> fromBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret = QByteArray();
}

void wipe(QString &secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()) * sizeof(QChar));
    secret = QString();
}

Result<MessageKey> MessageKey::derive(const SharedKey &key)
{
    if (key.identifier.isEmpty() || key.identifier.size() > 64)
        return cryptoError(u"no-key"_s, u"no key identifier"_s);
    if (key.passphrase.isEmpty() || key.passphrase.size() > kMaxPassphrase)
        return cryptoError(u"no-key"_s, u"no passphrase for key %1"_s.arg(key.identifier));
    if (key.version < 0 || key.version > 9999)
        return cryptoError(u"no-key"_s, u"key version %1 out of range"_s.arg(key.version));
    QByteArray derived(2 * kKeySize + kBlockSize, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(key.passphrase.constData(), int(key.passphrase.size()),
            reinterpret_cast<const unsigned char *>(kSalt.data()), int(kSalt.size()), kIterations, EVP_sha1(),
            int(derived.size()), reinterpret_cast<unsigned char *>(derived.data())) != 1)
        return cryptoError(u"internal"_s, u"key derivation failed"_s);
    MessageKey k;
    k.m_identifier = key.identifier;
    k.m_version = key.version;
    k.m_hmacKey = derived.first(kKeySize);
    k.m_cipherKey = derived.sliced(kKeySize, kKeySize);
    k.m_iv = derived.sliced(2 * kKeySize, kBlockSize);
    OPENSSL_cleanse(derived.data(), size_t(derived.size()));
    return k;
}

QByteArray MessageKey::hmac(QByteArrayView message) const
{
    QByteArray out(kHmacSize, Qt::Uninitialized);
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), m_hmacKey.constData(), int(m_hmacKey.size()),
            reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
            reinterpret_cast<unsigned char *>(out.data()), &size) ||
        size != kHmacSize)
        return {};
    return out;
}

Result<QByteArray> MessageKey::seal(QByteArrayView message, QByteArrayView nonce) const
{
    if (message.size() > kMaxMessageSize)
        return cryptoError(u"too-large"_s, u"message too large to secure"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || doc.object().size() != 1)
        return cryptoError(u"format"_s, u"not a nexo message"_s);
    const QString envelope = doc.object().constBegin().key();
    if (envelope != u"SaleToPOIRequest"_s && envelope != u"SaleToPOIResponse"_s)
        return cryptoError(u"format"_s, u"not a nexo message"_s);
    const QJsonValue header = doc.object().constBegin().value().toObject().value(u"MessageHeader"_s);

    QByteArray n = nonce.toByteArray();
    if (n.isEmpty()) {
        n.resize(kNonceSize);
        QRandomGenerator::system()->generate(
            reinterpret_cast<quint32 *>(n.data()), reinterpret_cast<quint32 *>(n.data() + n.size()));
    }
    if (n.size() != kNonceSize)
        return cryptoError(u"format"_s, u"a nonce is 16 bytes"_s);
    const auto blob = aes(true, m_cipherKey, xorNonce(m_iv, n), message);
    if (!blob)
        return cryptoError(u"internal"_s, u"encryption failed"_s);
    const QByteArray mac = hmac(message);
    if (mac.isEmpty())
        return cryptoError(u"internal"_s, u"HMAC failed"_s);

    QJsonObject inner {
        {u"NexoBlob"_s, QString::fromLatin1(blob->toBase64())},
        {u"SecurityTrailer"_s,
            QJsonObject {{u"AdyenCryptoVersion"_s, kCryptoVersion}, {u"KeyIdentifier"_s, m_identifier},
                {u"KeyVersion"_s, m_version}, {u"Nonce"_s, QString::fromLatin1(n.toBase64())},
                {u"Hmac"_s, QString::fromLatin1(mac.toBase64())}}},
    };
    if (header.isObject())
        inner.insert(u"MessageHeader"_s, header);
    return QJsonDocument(QJsonObject {{envelope, inner}}).toJson(QJsonDocument::Compact);
}

Result<QByteArray> MessageKey::open(QByteArrayView secured) const
{
    if (secured.size() > kMaxSecuredSize)
        return cryptoError(u"too-large"_s, u"secured message too large"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(secured.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || doc.object().size() != 1)
        return cryptoError(u"format"_s, u"not a nexo message"_s);
    const QString envelope = doc.object().constBegin().key();
    if (envelope != u"SaleToPOIRequest"_s && envelope != u"SaleToPOIResponse"_s)
        return cryptoError(u"format"_s, u"not a nexo message"_s);
    const QJsonObject inner = doc.object().constBegin().value().toObject();
    if (!inner.contains(u"NexoBlob"_s) && !inner.contains(u"SecurityTrailer"_s))
        return cryptoError(u"not-secured"_s, u"the message is not secured"_s);
    const QJsonObject trailer = inner.value(u"SecurityTrailer"_s).toObject();
    if (trailer.isEmpty())
        return cryptoError(u"format"_s, u"no SecurityTrailer"_s);
    const QJsonValue cryptoVersion = trailer.value(u"AdyenCryptoVersion"_s);
    if (!cryptoVersion.isDouble() || cryptoVersion.toInt(-1) != kCryptoVersion)
        return cryptoError(u"version"_s, u"unknown AdyenCryptoVersion"_s);
    const QString identifier = trailer.value(u"KeyIdentifier"_s).toString();
    const int version = trailer.value(u"KeyVersion"_s).toInt(-1);
    if (identifier != m_identifier || version != m_version) {
        // What the message names is not echoed: it could carry anything, a card number too.
        return cryptoError(u"key-mismatch"_s,
            u"secured with another key or version, not %1 version %2"_s.arg(m_identifier).arg(m_version));
    }
    const auto nonce = fromBase64(trailer.value(u"Nonce"_s));
    if (!nonce || nonce->size() != kNonceSize)
        return cryptoError(u"format"_s, u"bad Nonce"_s);
    const auto mac = fromBase64(trailer.value(u"Hmac"_s));
    if (!mac || mac->size() != kHmacSize)
        return cryptoError(u"format"_s, u"bad Hmac"_s);
    const auto blob = fromBase64(inner.value(u"NexoBlob"_s));
    if (!blob || blob->isEmpty() || blob->size() % kBlockSize != 0)
        return cryptoError(u"format"_s, u"bad NexoBlob"_s);
    const auto message = aes(false, m_cipherKey, xorNonce(m_iv, *nonce), *blob);
    // A wrong key shows as bad padding most of the time and as a wrong HMAC otherwise: the
    // same answer for both, so nothing is learnt from which.
    const QByteArray expected = message ? hmac(*message) : QByteArray(kHmacSize, '\0');
    const bool same =
        expected.size() == kHmacSize && CRYPTO_memcmp(expected.constData(), mac->constData(), kHmacSize) == 0;
    if (!message || !same)
        return cryptoError(u"hmac"_s, u"the message does not match its HMAC (another passphrase?)"_s);
    return *message;
}

bool isAdyenTerminalName(const QString &commonName)
{
    static const QRegularExpression pattern(
        uR"(^(?:[A-Za-z0-9]{3,}-[A-Za-z0-9]{9,15}|legacy-terminal-certificate)\.(?:test|live)\.terminal\.adyen\.com$)"_s);
    return commonName.size() < 128 && pattern.match(commonName).hasMatch();
}

bool isSecured(QByteArrayView message)
{
    // Cheap and bounded: both markers are ASCII member names at the top of the envelope.
    const QByteArrayView head = message.first(qMin(message.size(), qsizetype(kMaxSecuredSize)));
    return head.contains("\"NexoBlob\"") || head.contains("\"SecurityTrailer\"");
}

} // namespace comptoir::nexo
