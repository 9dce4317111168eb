// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace comptoir {

// The receipt as a PDF on an 80 mm roll-sized page, from the same text the printer gets, and
// under it, when given, the ticket's code as a QR code (about 20 mm wide) that a scanner reads
// from the paper or from a phone's screen.
class ReceiptPdf
{
public:
    static Status write(const QString &receiptText, const QString &path, const QString &qrText = {});
};

} // namespace comptoir
