// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptpdf.h"

#include "common/qrcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Status ReceiptPdf::write(const QString &receiptText, const QString &path, const QString &qrText)
{
    const std::optional<QrCode> qr = qrText.isEmpty() ? std::nullopt : QrCode::encode(qrText);
    if (!qrText.isEmpty() && !qr)
        return Error {u"pdf.qr"_s,
            QCoreApplication::translate(
                "comptoir::ReceiptPdf", "The ticket's code cannot be drawn as a QR code.")};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {u"pdf.mkdir"_s,
            QCoreApplication::translate("comptoir::ReceiptPdf", "Cannot create the folder for %1.")
                .arg(path)};

    const QStringList lines = receiptText.split(u'\n');
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(7.5);
    // 80 mm paper, 72 mm printable: 42 columns of a 7.5 pt monospace font fit.
    const double lineHeightMm = 3.4;
    // The QR code: 0.6 mm a module (a scanner reads 0.25 mm), its quiet zone included.
    const double moduleMm = 0.6;
    const double qrMm = qr ? moduleMm * (qr->size() + 2 * QrCode::quietZone) : 0.0;
    const QSizeF page(80.0, 12.0 + lineHeightMm * double(lines.size()) + qrMm);

    QSaveFile file(path); // never leaves a half-written PDF behind
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"pdf.open"_s,
            QCoreApplication::translate("comptoir::ReceiptPdf", "Cannot write %1: %2")
                .arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(QCoreApplication::translate("comptoir::ReceiptPdf", "Receipt"));
        pdf.setCreator(u"Comptoir"_s);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(page, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
        QPainter painter(&pdf);
        painter.setFont(font);
        const double dotsPerMm = pdf.resolution() / 25.4;
        const double step = lineHeightMm * dotsPerMm;
        double y = QFontMetricsF(font, &pdf).ascent();
        for (const QString &line : lines) {
            painter.drawText(QPointF(0, y), line);
            y += step;
        }
        if (qr) {
            // Whole device dots a module, centred on the 72 mm line.
            const int unit = qMax(1, qRound(moduleMm * dotsPerMm));
            const int n = qr->size() + 2 * QrCode::quietZone;
            const int x0 = qRound((72.0 * dotsPerMm - unit * n) / 2.0);
            const int y0 = qRound(y - step + lineHeightMm * dotsPerMm / 2.0);
            painter.fillRect(QRect(x0, y0, unit * n, unit * n), Qt::white);
            for (int my = 0; my < qr->size(); ++my)
                for (int mx = 0; mx < qr->size(); ++mx)
                    if (qr->dark(mx, my))
                        painter.fillRect(QRect(x0 + (mx + QrCode::quietZone) * unit,
                                             y0 + (my + QrCode::quietZone) * unit, unit, unit),
                            Qt::black);
        }
    }
    if (!file.commit())
        return Error {u"pdf.write"_s,
            QCoreApplication::translate("comptoir::ReceiptPdf", "Cannot write %1: %2")
                .arg(path, file.errorString())};
    return Ok {};
}

} // namespace comptoir
