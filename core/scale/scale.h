// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QObject>

#include <optional>

namespace comptoir {

// What a scale weighed: the weight, and the prices the scale itself computed from the unit
// price it was given (a price-computing scale is the legal-for-trade instrument).
struct Weighing
{
    qint64 grams = 0;
    qint64 unitPriceCents = 0;
    qint64 priceCents = 0;
};

// A shop scale the register asks for a weight. One weighing at a time: weigh() again or
// cancel() ends the one under way. Exactly one of weighed() or failed() answers each weigh()
// that was not cancelled; progress() may come before, to show the clerk what the scale does.
class Scale : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void weigh(qint64 unitPriceCents, std::optional<int> tareGrams, const QString &label) = 0;
    virtual void cancel() = 0;
    virtual bool busy() const = 0;
    virtual QString description() const = 0; // "Dialog 06 on /dev/ttyUSB0 (9600 7O1)"

Q_SIGNALS:
    void weighed(const comptoir::Weighing &weighing);
    void failed(const comptoir::Error &error); // translated, for the clerk
    void progress(const QString &text);
};

} // namespace comptoir
