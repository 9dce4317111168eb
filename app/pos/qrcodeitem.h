// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/qrcode.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace comptoir {

// A QR code on screen, drawn module by module in black on white with its quiet zone: the
// ticket's code as the PDF receipt carries it (printed receipts carry it as text until the
// receipt printers print it). Empty text: nothing drawn.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCodeImage)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int modulePixels READ modulePixels WRITE setModulePixels NOTIFY modulePixelsChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int modulePixels() const { return m_modulePixels; }
    void setModulePixels(int pixels);
    bool valid() const { return m_code.has_value(); }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();
    void modulePixelsChanged();

private:
    void updateSize();

    QString m_text;
    std::optional<QrCode> m_code;
    int m_modulePixels = 4;
};

} // namespace comptoir
