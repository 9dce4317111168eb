// SPDX-License-Identifier: GPL-3.0-or-later
// Adyen's local-communication security as the register meets it: any bytes as a secured
// answer (refused with a nexo.crypto code unless sealed with the key, never a crash), and any
// message sealed then opened again (the same bytes back). Input: the message.
#include "fuzzing.h"

#include "payment/nexo.h"
#include "payment/nexocrypto.h"

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

const nexo::MessageKey &key()
{
    static const nexo::MessageKey k = *nexo::MessageKey::derive({u"fuzz-key"_s, 1, "fuzz passphrase"});
    return k;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // As a terminal's answer: only what the key sealed opens.
    const Result<QByteArray> opened = key().open(bytes);
    if (!opened.ok()) {
        FUZZ_CHECK(opened.error().code.startsWith(u"nexo.crypto."_s));
        FUZZ_CHECK(!fuzz::showsCardNumber(opened.error().message));
    } else {
        FUZZ_CHECK(opened->size() <= nexo::kMaxMessageSize);
        FUZZ_CHECK(
            !nexo::isSecured(*opened) || opened->contains("NexoBlob") || opened->contains("SecurityTrailer"));
    }

    // As a message the register secures: what it seals, the key opens to the same bytes.
    static const QByteArray nonce(nexo::kNonceSize, '\x5a');
    const Result<QByteArray> sealed = key().seal(bytes, nonce);
    if (sealed.ok()) {
        FUZZ_CHECK(nexo::isSecured(*sealed));
        const Result<QByteArray> back = key().open(*sealed);
        FUZZ_CHECK(back.ok());
        FUZZ_CHECK(*back == bytes);
    }
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    QList<QByteArray> out;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int op = 0; op <= int(TerminalOperation::Batch); ++op) {
        TerminalRequest request;
        request.operation = TerminalOperation(op);
        request.reference = u"0100000042"_s;
        request.originalReference = u"0100000041"_s;
        request.amount = Money::fromCents(1250);
        const QByteArray message =
            nexo::encodeRequest(request, {u"CAISSE-01"_s, u"P400"_s, u"0100000042"_s}, when);
        out.append(message); // in clear, to be sealed
        out.append(*key().seal(message)); // sealed, to be opened
    }
    return out;
}
