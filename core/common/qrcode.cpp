// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace comptoir {

std::optional<QrCode> QrCode::encode(const QString &text, Correction correction)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > maxBytes || utf8.contains('\0'))
        return std::nullopt;
    QRecLevel level = QR_ECLEVEL_M;
    switch (correction) {
    case Correction::Low:
        level = QR_ECLEVEL_L;
        break;
    case Correction::Medium:
        level = QR_ECLEVEL_M;
        break;
    case Correction::Quartile:
        level = QR_ECLEVEL_Q;
        break;
    case Correction::High:
        level = QR_ECLEVEL_H;
        break;
    }
    // Version 0: the smallest that holds the text. Case kept: libqrencode then picks the
    // alphanumeric mode for "TK" and capital hexadecimal digits (a smaller code).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> made(
        QRcode_encodeString(utf8.constData(), 0, level, QR_MODE_8, 1), &QRcode_free);
    if (!made || made->width <= 0 || made->width > 177)
        return std::nullopt;
    QrCode code;
    code.m_size = made->width;
    code.m_modules.resize(std::size_t(made->width) * std::size_t(made->width));
    for (std::size_t i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = made->data[i] & 1; // bit 0: dark module (qrencode.h)
    return code;
}

QByteArray QrCode::toPbm(int scale) const
{
    scale = qBound(1, scale, 32);
    const int side = (m_size + 2 * quietZone) * scale;
    QByteArray out = "P1\n" + QByteArray::number(side) + ' ' + QByteArray::number(side) + '\n';
    out.reserve(out.size() + side * (side + 1));
    for (int py = 0; py < side; ++py) {
        const int y = py / scale - quietZone;
        for (int px = 0; px < side; ++px) {
            const int x = px / scale - quietZone;
            const bool inside = x >= 0 && y >= 0 && x < m_size && y < m_size;
            out += inside && dark(x, y) ? '1' : '0';
        }
        out += '\n';
    }
    return out;
}

} // namespace comptoir
