// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace comptoir {

// A QR code's modules (ISO/IEC 18004), made by libqrencode: what a receipt prints, a PDF draws
// and the screen shows so that a scanner finds the ticket again. Pure data: each output draws
// it its own way (painter, ESC/POS raster, image), with the quiet zone of `quietZone` modules
// the standard asks for around it.
class QrCode
{
public:
    enum class Correction { Low, Medium, Quartile, High };
    static constexpr int quietZone = 4;
    static constexpr qsizetype maxBytes = 1024; // receipts carry codes, not documents

    // nullopt for an empty or too long text, or when libqrencode fails (it says why in errno).
    static std::optional<QrCode> encode(const QString &text, Correction correction = Correction::Medium);

    int size() const { return m_size; } // modules per side, without the quiet zone
    int version() const { return (m_size - 17) / 4; }
    bool dark(int x, int y) const { return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)]; }

    // A portable bitmap (netpbm "P1"), `scale` pixels a module, quiet zone included: readable by
    // any image tool, used by tests to hand the code to an independent decoder.
    QByteArray toPbm(int scale = 4) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace comptoir
