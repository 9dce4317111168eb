// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptpdf.h"

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

Status ReceiptPdf::write(const QString &receiptText, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {u"pdf.mkdir"_s,
            QCoreApplication::translate("comptoir::ReceiptPdf", "Cannot create the folder for %1.")
                .arg(path)};

    const QStringList lines = receiptText.split(u'\n');
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(7.5);
    // 80 mm paper, 72 mm printable: 42 columns of a 7.5 pt monospace font fit.
    const double lineHeightMm = 3.4;
    const QSizeF page(80.0, 12.0 + lineHeightMm * double(lines.size()));

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
    }
    if (!file.commit())
        return Error {u"pdf.write"_s,
            QCoreApplication::translate("comptoir::ReceiptPdf", "Cannot write %1: %2")
                .arg(path, file.errorString())};
    return Ok {};
}

} // namespace comptoir
