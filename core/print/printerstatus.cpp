// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerstatus.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

bool PrinterStatus::read(int n, unsigned char b)
{
    if (!isReply(b))
        return false;
    switch (n) {
    case 1:
        drawerOpen = b & 0x04;
        offline = b & 0x08;
        return true;
    case 2:
        coverOpen = b & 0x04;
        paperEnd = paperEnd || (b & 0x20);
        error = b & 0x40;
        return true;
    case 3:
        error = error || (b & 0x6C); // recoverable, cutter, unrecoverable, auto-recoverable
        return true;
    case 4:
        paperNearEnd = (b & 0x0C) == 0x0C;
        paperEnd = paperEnd || (b & 0x60) == 0x60;
        return true;
    default:
        return false;
    }
}

QString PrinterStatus::key() const
{
    if (coverOpen)
        return u"cover-open"_s;
    if (paperEnd)
        return u"paper-out"_s;
    if (error)
        return u"error"_s;
    if (offline)
        return u"offline"_s;
    if (paperNearEnd)
        return u"paper-low"_s;
    return u"ready"_s;
}

QString PrinterStatus::text() const
{
    const QString k = key();
    if (k == u"cover-open"_s)
        return QCoreApplication::translate(
            "comptoir::PrinterStatus", "The printer's cover is open: close it.");
    if (k == u"paper-out"_s)
        return QCoreApplication::translate(
            "comptoir::PrinterStatus", "The printer is out of paper: load a roll.");
    if (k == u"error"_s)
        return QCoreApplication::translate("comptoir::PrinterStatus",
            "The printer reports an error (cutter, head): check it, then switch it off and on.");
    if (k == u"offline"_s)
        return QCoreApplication::translate("comptoir::PrinterStatus", "The printer is offline.");
    if (k == u"paper-low"_s)
        return QCoreApplication::translate("comptoir::PrinterStatus", "The paper roll is nearly finished.");
    return QCoreApplication::translate("comptoir::PrinterStatus", "Ready");
}

} // namespace comptoir
