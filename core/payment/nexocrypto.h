// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace comptoir::nexo {

// Local-communication security of Adyen terminals (their "Terminal API" over the shop's
// network): every message travels as
//   {"SaleToPOIRequest"|"SaleToPOIResponse": {"MessageHeader": {... in clear ...},
//     "NexoBlob": base64(AES-256-CBC(message)),
//     "SecurityTrailer": {"AdyenCryptoVersion": 1, "KeyIdentifier", "KeyVersion",
//                         "Nonce": base64(16 random bytes), "Hmac": base64(HMAC-SHA256(message))}}}
// with keys derived from a passphrase shared by the register and the terminal:
// PBKDF2-HMAC-SHA1(passphrase, "AdyenNexoV1Salt", 4000 iterations) gives 80 bytes, the HMAC
// key (0-31), the AES key (32-63) and an IV (64-79) XORed with each message's nonce.
// Facts from Adyen's public documentation and libraries (tests/fixtures/nexo/SOURCES.md).

// Overwrites a secret's bytes before letting it go. Copies of a QByteArray share their bytes:
// while another copy holds them they are only let go here, and the last holder's wipe
// overwrites them.
void wipe(QByteArray &secret);
void wipe(QString &secret);

// The shared key as set on the terminal (Adyen Customer Area: key identifier, version,
// passphrase). The passphrase comes from the keychain.
struct SharedKey
{
    QString identifier;
    int version = 0;
    QByteArray passphrase;

    bool isSet() const { return !identifier.isEmpty(); }
};

inline constexpr int kCryptoVersion = 1;
inline constexpr qsizetype kMaxPassphrase = 256;
inline constexpr qsizetype kNonceSize = 16;

class MessageKey
{
public:
    // Derives the keys (a few milliseconds: done once per terminal, not per message). Fails
    // on an empty identifier or passphrase, or a version outside 0..9999.
    static Result<MessageKey> derive(const SharedKey &key);

    const QString &identifier() const { return m_identifier; }
    int version() const { return m_version; }
    QByteArray hmacKey() const { return m_hmacKey; }
    QByteArray cipherKey() const { return m_cipherKey; }
    QByteArray iv() const { return m_iv; }

    // The secured form of a message (its whole JSON text, SaleToPOIRequest or
    // SaleToPOIResponse), its MessageHeader copied in clear. `nonce`: 16 bytes; empty draws
    // a random one (tests give the one of a published example to compare byte for byte).
    Result<QByteArray> seal(QByteArrayView message, QByteArrayView nonce = {}) const;
    // The message inside a secured one, once its HMAC proves it was sealed with this key.
    // Refuses a message sealed with another key or version, an unknown crypto version, a
    // missing or malformed blob, nonce or HMAC, bad padding and any HMAC mismatch (compared
    // in constant time). What was in clear is never trusted: read the returned message.
    Result<QByteArray> open(QByteArrayView secured) const;

    // HMAC-SHA256 of a message with the HMAC key.
    QByteArray hmac(QByteArrayView message) const;

private:
    QString m_identifier;
    int m_version = 0;
    QByteArray m_hmacKey;
    QByteArray m_cipherKey;
    QByteArray m_iv;
};

// Whether a certificate's common name is an Adyen terminal's: [model]-[serial] (3 or more and
// 9 to 15 letters or digits) or "legacy-terminal-certificate", then .test. or .live.
// terminal.adyen.com.
bool isAdyenTerminalName(const QString &commonName);

// Whether a message is in the secured form (it has a NexoBlob or a SecurityTrailer).
bool isSecured(QByteArrayView message);

} // namespace comptoir::nexo
