// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace comptoir::http {

// Just enough HTTP/1.1 for a payment terminal's JSON API, one exchange per connection.
// Written by hand rather than with QNetworkAccessManager: that one may silently send a POST
// again when a connection drops before the answer, and a payment request must leave exactly
// once.

inline constexpr qsizetype kMaxHeaderSize = 16 * 1024;
inline constexpr qsizetype kMaxBodySize = 256 * 1024;

struct Message
{
    enum State { Incomplete, Complete, Invalid };
    State state = Incomplete;
    QString error; // Invalid: what was wrong (technical)

    QByteArray method; // requests
    QByteArray path;
    int status = 0; // responses
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

// What the bytes received so far make. `closed`: the peer closed the connection, so a
// response without Content-Length or chunking ends here. Bodies are Content-Length or
// chunked; anything malformed or past the size limits is Invalid.
Message parseResponse(QByteArrayView bytes, bool closed = false);
Message parseRequest(QByteArrayView bytes);

QByteArray formatRequest(const QByteArray &method, const QByteArray &path, const QByteArray &host,
    const QByteArray &contentType, const QByteArray &body);
QByteArray formatResponse(int status, const QByteArray &contentType, const QByteArray &body);

} // namespace comptoir::http
