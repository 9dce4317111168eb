// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace comptoir {

// The receipt as a PDF on an 80 mm roll-sized page, from the same text the printer gets.
class ReceiptPdf
{
public:
    static Status write(const QString &receiptText, const QString &path);
};

} // namespace comptoir
