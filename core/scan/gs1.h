// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace comptoir::gs1 {

struct Element
{
    QString ai; // application identifier, "01", "10", "3103", ...
    QString value;

    friend bool operator==(const Element &, const Element &) = default;
};

struct ParseResult
{
    QList<Element> elements;
    QString error; // empty on success; technical (English) detail for diagnostics
    bool ok() const { return error.isEmpty(); }
    std::optional<QString> value(const QString &ai) const;
    std::optional<Element> firstWithPrefix(const QString &aiPrefix) const; // "310" -> "3103"
};

// GS1 element strings as scanners send them: raw with FNC1 as ASCII GS (0x1D) or a configured
// separator, or human-readable with parentheses "(01)03012345678900(17)251231". Fixed-length
// AIs need no separator; a variable-length AI runs to the next separator or the end.
ParseResult parse(QStringView data, QChar separator = QChar(0x1D));

// Known AI: its total length when fixed (AI + data), else -1 and its maximum data length.
struct AiSpec
{
    int aiLength = 0;
    int fixedDataLength = -1;
    int maxDataLength = 0;
    bool numeric = true;
};
std::optional<AiSpec> specFor(QStringView digits); // looks at the leading 2-4 digits

} // namespace comptoir::gs1
