// SPDX-License-Identifier: GPL-3.0-or-later
#include "basketmodel.h"

#include "sales/receipt.h"

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

BasketModel::BasketModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BasketLine &l = m_lines[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return l.name;
    case LineIdRole:
        return l.id;
    case SkuRole:
        return l.sku;
    case QuantityTextRole:
        return ReceiptRenderer::quantityText(l.quantityMilli, l.weighed, locale);
    case UnitPriceTextRole:
        return l.weighed ? tr("%1/kg").arg(l.unitPrice.toString(locale)) : l.unitPrice.toString(locale);
    case TotalTextRole:
        return l.total().toString(locale);
    case DiscountTextRole:
        if (l.lineDiscount().isZero())
            return QString();
        if (l.discount.kind == Discount::Kind::Percent)
            return tr("−%1 % (%2)")
                .arg(locale.toString(double(l.discount.value) / 100.0, 'g', 4),
                    (-l.lineDiscount()).toString(locale));
        return tr("Discount %1").arg((-l.lineDiscount()).toString(locale));
    case IsReturnRole:
        return l.isReturn();
    case ReturnReasonRole:
        return l.returnReason;
    case WeighedRole:
        return l.weighed;
    case VatCodeRole:
        return QString(l.vat.code());
    case PiecesRole:
        return (l.weighed || l.priceEmbedded) ? 0 : int(std::abs(l.quantityMilli) / 1000);
    case DetailRole: {
        QStringList parts;
        if (!l.batch.isEmpty())
            parts << tr("Batch %1").arg(l.batch);
        if (l.expiry.isValid())
            parts << tr("Use by %1").arg(locale.toString(l.expiry, QLocale::ShortFormat));
        if (l.priceOverridden)
            parts << tr("Price changed");
        return parts.join(u" · "_s);
    }
    }
    return {};
}

QHash<int, QByteArray> BasketModel::roleNames() const
{
    return {
        {LineIdRole, "lineId"},
        {NameRole, "name"},
        {SkuRole, "sku"},
        {QuantityTextRole, "quantityText"},
        {UnitPriceTextRole, "unitPriceText"},
        {TotalTextRole, "totalText"},
        {DiscountTextRole, "discountText"},
        {IsReturnRole, "isReturn"},
        {ReturnReasonRole, "returnReason"},
        {WeighedRole, "weighed"},
        {VatCodeRole, "vatCode"},
        {DetailRole, "detail"},
        {PiecesRole, "pieces"},
    };
}

void BasketModel::sync(const Basket &basket)
{
    const QList<BasketLine> &next = basket.lines();
    // Common edits touch one row: find the first difference in ids and act on it.
    auto sameIds = [](const QList<BasketLine> &a, qsizetype from, const QList<BasketLine> &b, qsizetype bFrom,
                       qsizetype n) {
        for (qsizetype i = 0; i < n; ++i) {
            if (a[from + i].id != b[bFrom + i].id)
                return false;
        }
        return true;
    };
    const qsizetype oldSize = m_lines.size();
    const qsizetype newSize = next.size();
    if (newSize == oldSize + 1 && sameIds(m_lines, 0, next, 0, oldSize)) {
        beginInsertRows({}, int(oldSize), int(oldSize));
        m_lines = next;
        endInsertRows();
        return;
    }
    if (newSize + 1 == oldSize) {
        qsizetype removed = 0;
        while (removed < newSize && m_lines[removed].id == next[removed].id)
            ++removed;
        if (sameIds(m_lines, removed + 1, next, removed, newSize - removed)) {
            beginRemoveRows({}, int(removed), int(removed));
            m_lines = next;
            endRemoveRows();
            return;
        }
    }
    if (newSize == oldSize && sameIds(m_lines, 0, next, 0, oldSize)) {
        for (qsizetype i = 0; i < newSize; ++i) {
            if (!(m_lines[i] == next[i])) {
                m_lines[i] = next[i];
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        }
        return;
    }
    beginResetModel();
    m_lines = next;
    endResetModel();
}

void BasketModel::refreshTexts()
{
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
}

} // namespace comptoir
