// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP framing of the nexo driver and the simulator: parseResponse() and parseRequest().
// Input: one byte (where to cut, whether the peer closed), then the bytes received.
#include "fuzzing.h"

#include "payment/httpwire.h"

using namespace comptoir;

namespace {

void checkMessage(const http::Message &m, bool response)
{
    if (m.state != http::Message::Complete)
        return;
    FUZZ_CHECK(m.body.size() <= http::kMaxBodySize);
    if (response)
        FUZZ_CHECK(m.status >= 100 && m.status <= 599);
    else
        FUZZ_CHECK(!m.method.isEmpty() && m.path.startsWith('/'));
    for (const auto &[name, value] : m.headers)
        FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool closed = data[0] & 1;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype cut = bytes.isEmpty() ? 0 : (data[0] >> 1) % (bytes.size() + 1);

    const http::Message response = http::parseResponse(bytes, closed);
    checkMessage(response, true);
    FUZZ_CHECK(response.state != http::Message::Invalid || !response.error.isEmpty());
    const http::Message open = http::parseResponse(bytes, false);
    if (open.state == http::Message::Complete) {
        // Whatever arrives after a complete answer changes nothing, and a prefix of it is
        // never taken for a broken one: the driver waits for more.
        const http::Message longer =
            http::parseResponse(QByteArray(bytes.toByteArray() + "HTTP/1.1 500 X\r\n"));
        FUZZ_CHECK(longer.state == http::Message::Complete && longer.body == open.body &&
            longer.status == open.status);
        FUZZ_CHECK(http::parseResponse(bytes.first(cut), false).state != http::Message::Invalid);
        // Once the peer closes, a complete answer stays complete.
        const http::Message atClose = http::parseResponse(bytes, true);
        FUZZ_CHECK(atClose.state == http::Message::Complete && atClose.body == open.body);
    }

    const http::Message request = http::parseRequest(bytes);
    checkMessage(request, false);
    if (request.state == http::Message::Complete)
        FUZZ_CHECK(http::parseRequest(bytes.first(cut)).state != http::Message::Invalid);
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    const QByteArray body = R"({"SaleToPOIResponse":{"MessageHeader":{"MessageCategory":"Payment"}}})";
    QList<QByteArray> out;
    for (char flags : {'\x00', '\x01', '\x20', '\x41'}) {
        out.append(flags + http::formatResponse(200, "application/json", body));
        out.append(flags + http::formatRequest("POST", "/nexo", "127.0.0.1:8443", "application/json", body));
        out.append(flags +
            QByteArray(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n"));
        out.append(flags + QByteArray("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{}"));
        out.append(flags + http::formatResponse(400, "application/json", "{\"error\":\"MessageFormat\"}"));
        out.append(flags + QByteArray("HTTP/1.1 204 No Content\r\n\r\n"));
    }
    return out;
}
