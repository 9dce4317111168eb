// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include <QPainter>

namespace comptoir {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false); // modules are sharp squares, as a scanner wants them
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? std::nullopt : QrCode::encode(text);
    updateSize();
    update();
    Q_EMIT textChanged();
}

void QrCodeItem::setModulePixels(int pixels)
{
    pixels = qBound(1, pixels, 32);
    if (pixels == m_modulePixels)
        return;
    m_modulePixels = pixels;
    updateSize();
    update();
    Q_EMIT modulePixelsChanged();
}

void QrCodeItem::updateSize()
{
    const int side = m_code ? (m_code->size() + 2 * QrCode::quietZone) * m_modulePixels : 0;
    setImplicitSize(side, side);
}

void QrCodeItem::paint(QPainter *painter)
{
    if (!m_code)
        return;
    const int n = m_code->size() + 2 * QrCode::quietZone;
    // Whole pixels a module, centred: a fractional module blurs under a scanner.
    const int unit = qMax(1, int(qMin(width(), height())) / n);
    const int x0 = (int(width()) - unit * n) / 2;
    const int y0 = (int(height()) - unit * n) / 2;
    painter->fillRect(QRect(x0, y0, unit * n, unit * n), Qt::white);
    for (int y = 0; y < m_code->size(); ++y)
        for (int x = 0; x < m_code->size(); ++x)
            if (m_code->dark(x, y))
                painter->fillRect(QRect(x0 + (x + QrCode::quietZone) * unit,
                                      y0 + (y + QrCode::quietZone) * unit, unit, unit),
                    Qt::black);
}

} // namespace comptoir
