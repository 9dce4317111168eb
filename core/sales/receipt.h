// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/storeprofile.h"
#include "sales/ticket.h"

#include <QHash>
#include <QLocale>

namespace comptoir {

struct ReceiptOptions
{
    int columns = 42; // 42 (80 mm, font A at 12 cpi) or 48 (80 mm, font B)
    int duplicateNumber = 0; // 0: the original; n: the n-th reprint ("DUPLICATA")
    // Numbers of the tickets this one cancels or returns items of, by uuid
    // (SaleJournal::originNumbers): the receipt names them.
    QHash<QString, qint64> originNumbers;
    // Where those of another register were sold ("Comptoir Démo — Lyon 2e, register 01"), by
    // uuid: a number alone would read as this register's.
    QHash<QString, QString> originPlaces;
    QLocale locale;
};

// The receipt as plain text, the same for the screen, ESC/POS printers and the PDF.
class ReceiptRenderer
{
public:
    static QString text(const Ticket &ticket, const StoreProfile &store, const ReceiptOptions &options);

    // Bytes for an ESC/POS printer (print/escpos.h): initialise, code page PC858 (with €), the
    // drawer's pulse when asked (a cash sale), the text, the ticket's code as a QR code when
    // given (TicketQuery::receiptCode), feed and cut.
    static QByteArray escPos(const QString &text, const QString &code = {}, bool openDrawer = false);

    static QString tenderLabel(const QString &kind);
    static QString quantityText(qint64 quantityMilli, bool weighed, const QLocale &locale);
};

} // namespace comptoir
