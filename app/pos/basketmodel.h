// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basket/basket.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace comptoir {

// The basket's lines for QML. Rows follow the basket; updates are minimal (insert, remove,
// change) so views keep their position and selection.
class BasketModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Counter")
public:
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        NameRole,
        SkuRole,
        QuantityTextRole,
        UnitPriceTextRole,
        TotalTextRole,
        DiscountTextRole,
        IsReturnRole,
        ReturnReasonRole,
        WeighedRole,
        VatCodeRole,
        DetailRole,
        PiecesRole, // whole pieces of a line sold by the piece (0 for weighed and labelled lines)
    };
    Q_ENUM(Role)

    explicit BasketModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Brings the rows in line with `basket`.
    void sync(const Basket &basket);
    // Locale changed: every text is re-rendered.
    void refreshTexts();

private:
    QList<BasketLine> m_lines;
};

} // namespace comptoir
