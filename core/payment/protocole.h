// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/terminaltypes.h"

#include <QByteArray>

namespace comptoir::protocole {

// Concert "protocol E": fixed-width ASCII messages inside the STX...ETX LRC frames of the
// Concert link layer. Request: 34 bytes. Answer: 80 bytes (with the 55-byte card report) or
// 25 (short). No status query and no transaction id: the 10-byte private field carries our
// attempt reference.
inline constexpr int kRequestSize = 34;
inline constexpr int kFullAnswerSize = 80;
inline constexpr int kShortAnswerSize = 25;

struct Options
{
    bool fullAnswer = true;
    char paymentMode = '1'; // card
};

// Payment, Refund and Reversal only (protocol E has nothing else).
Result<QByteArray> encodeRequest(const TerminalRequest &request, const Options &options = {});
Result<TerminalResult> decodeResponse(QByteArrayView data, TerminalOperation operation);

} // namespace comptoir::protocole
