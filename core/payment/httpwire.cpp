// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpwire.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::http {

namespace {

Message invalid(const QString &why)
{
    Message m;
    m.state = Message::Invalid;
    m.error = why;
    return m;
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c <= 32 || c >= 127 || c == ':' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"')
            return false;
    }
    return true;
}

// Parses "Name: value" lines up to the blank line. Returns the index just after it, 0 when
// the head is not complete yet, -1 when malformed.
qsizetype parseHeaders(QByteArrayView bytes, qsizetype from, Message &m)
{
    qsizetype i = from;
    while (true) {
        const qsizetype eol = bytes.indexOf("\r\n", i);
        if (eol < 0)
            return bytes.size() > kMaxHeaderSize ? -1 : 0;
        if (eol > kMaxHeaderSize)
            return -1;
        if (eol == i)
            return eol + 2;
        const QByteArrayView line = bytes.sliced(i, eol - i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)) || m.headers.size() >= 64)
            return -1;
        m.headers.append(
            {line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
        i = eol + 2;
    }
}

// The body after the head: by Content-Length, chunked, or (responses) until the peer closes.
void parseBody(QByteArrayView bytes, qsizetype start, bool untilClose, bool closed, Message &m)
{
    const QByteArray encoding = m.header("transfer-encoding").toLower();
    const QByteArray lengthText = m.header("content-length");
    if (!encoding.isEmpty()) {
        if (encoding != "chunked") {
            m = invalid(u"unsupported Transfer-Encoding"_s);
            return;
        }
        qsizetype i = start;
        QByteArray body;
        while (true) {
            // The same limit whether the line is complete or still arriving, so that a
            // prefix of a valid answer is never taken for a broken one.
            constexpr qsizetype kMaxChunkLine = 1024;
            const qsizetype eol = bytes.indexOf("\r\n", i);
            if ((eol < 0 ? bytes.size() : eol) - i > kMaxChunkLine) {
                m = invalid(u"chunk size line too long"_s);
                return;
            }
            if (eol < 0)
                return;
            QByteArrayView sizeText = bytes.sliced(i, eol - i);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText = sizeText.first(semi);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || sizeText.trimmed().size() > 8 || body.size() + size > kMaxBodySize) {
                m = invalid(u"bad chunk size"_s);
                return;
            }
            i = eol + 2;
            if (size == 0) {
                // Trailers (ignored) up to the final blank line.
                while (true) {
                    const qsizetype end = bytes.indexOf("\r\n", i);
                    if (end < 0)
                        return;
                    if (end == i)
                        break;
                    i = end + 2;
                }
                m.body = body;
                m.state = Message::Complete;
                return;
            }
            if (bytes.size() < i + size + 2)
                return;
            if (bytes.sliced(i + size, 2) != "\r\n") {
                m = invalid(u"chunk without CRLF"_s);
                return;
            }
            body += bytes.sliced(i, size);
            i += size + 2;
        }
    }
    if (!lengthText.isEmpty()) {
        bool ok = false;
        const qint64 length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodySize || lengthText.front() == '+' ||
            lengthText.front() == '-') {
            m = invalid(u"bad Content-Length"_s);
            return;
        }
        if (bytes.size() - start < length)
            return;
        m.body = bytes.sliced(start, length).toByteArray();
        m.state = Message::Complete;
        return;
    }
    if (!untilClose) {
        m.state = Message::Complete; // a request without a body
        return;
    }
    if (bytes.size() - start > kMaxBodySize) {
        m = invalid(u"body too large"_s);
        return;
    }
    if (closed) {
        m.body = bytes.sliced(start).toByteArray();
        m.state = Message::Complete;
    }
}

} // namespace

QByteArray Message::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

Message parseResponse(QByteArrayView bytes, bool closed)
{
    Message m;
    const qsizetype eol = bytes.indexOf("\r\n");
    if (eol < 0) {
        if (bytes.size() > 256 || (closed && !bytes.isEmpty()))
            return invalid(u"no status line"_s);
        if (closed)
            return invalid(u"connection closed without an answer"_s);
        return m;
    }
    const QByteArrayView line = bytes.first(eol);
    // HTTP/1.x SP 3DIGIT SP reason
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ')
        return invalid(u"bad status line"_s);
    bool ok = false;
    m.status = line.sliced(9, 3).toInt(&ok);
    if (!ok || m.status < 100 || m.status > 599 || (line.size() > 12 && line[12] != ' '))
        return invalid(u"bad status code"_s);
    const qsizetype bodyStart = parseHeaders(bytes, eol + 2, m);
    if (bodyStart < 0)
        return invalid(u"bad header"_s);
    if (bodyStart == 0)
        return closed ? invalid(u"connection closed inside the header"_s) : m;
    if (m.status == 204 || m.status == 304 || m.status < 200) {
        m.state = Message::Complete;
        return m;
    }
    parseBody(bytes, bodyStart, true, closed, m);
    if (m.state == Message::Incomplete && closed)
        return invalid(u"connection closed inside the body"_s);
    return m;
}

Message parseRequest(QByteArrayView bytes)
{
    Message m;
    const qsizetype eol = bytes.indexOf("\r\n");
    if (eol < 0)
        return bytes.size() > 1024 ? invalid(u"no request line"_s) : m;
    const QList<QByteArray> parts = bytes.first(eol).toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/') ||
        !parts[2].startsWith("HTTP/1."))
        return invalid(u"bad request line"_s);
    m.method = parts[0];
    m.path = parts[1];
    const qsizetype bodyStart = parseHeaders(bytes, eol + 2, m);
    if (bodyStart < 0)
        return invalid(u"bad header"_s);
    if (bodyStart == 0)
        return m;
    parseBody(bytes, bodyStart, false, false, m);
    return m;
}

QByteArray formatRequest(const QByteArray &method, const QByteArray &path, const QByteArray &host,
    const QByteArray &contentType, const QByteArray &body)
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType +
        "\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nAccept: application/json\r\nConnection: close\r\nUser-Agent: Comptoir\r\n\r\n" + body;
}

QByteArray formatResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    QByteArray reason = status == 200 ? "OK"
        : status == 400               ? "Bad Request"
        : status == 404               ? "Not Found"
        : status == 405               ? "Method Not Allowed"
        : status == 413               ? "Payload Too Large"
                                      : "Error";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace comptoir::http
