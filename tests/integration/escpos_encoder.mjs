// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes an independent ESC/POS encoder makes of a receipt: the npm package
// @point-of-sale/receipt-printer-encoder 4.0.1 (MIT, NielsLeenheer/ReceiptPrinterEncoder), with
// the Epson code page mapping. Each text line in PC858 (cp858), the QR code of the ticket
// (model 2, module 6, level M), the partial cut and the initialisation, as hex, in JSON.
// Usage: node escpos_encoder.mjs RECEIPT.txt CODE   (run where the package is installed)
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import {readFileSync} from 'fs';

const [, , file, code] = process.argv;
const hex = (bytes) => Buffer.from(bytes).toString('hex');
const encoder = () => new ReceiptPrinterEncoder({language: 'esc-pos', columns: 48, codepageMapping: 'epson'});
console.log(JSON.stringify({
    lines: readFileSync(file, 'utf8').split('\n').map((line) => hex(encoder().codepage('cp858').text(line).encode())),
    qr: hex(encoder().qrcode(code, {model: 2, size: 6, errorlevel: 'm'}).encode()),
    cut: hex(encoder().cut('partial').encode()),
    init: hex(encoder().initialize().codepage('cp858').text('x').encode()),
}));
