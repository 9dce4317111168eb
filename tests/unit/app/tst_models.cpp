// SPDX-License-Identifier: GPL-3.0-or-later
// The QML-facing list models, checked by Qt's model tester while they change.
#include "basketmodel.h"
#include "pointertracker.h"
#include "productlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
Product product(qint64 id, const char *name, qint64 cents)
{
    Product p;
    p.id = id;
    p.sku = u"S%1"_s.arg(id);
    p.name = QString::fromUtf8(name);
    p.price = Money::fromCents(cents);
    p.vat = VatRate(2000);
    return p;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A pad or dialog a tap opens never opens under that finger (a double tap would type on it).
    void panelsOpenAwayFromTheFinger_data()
    {
        QTest::addColumn<QSizeF>("area");
        QTest::addColumn<QSizeF>("panel");
        QTest::addColumn<QPointF>("press");
        QTest::addColumn<bool>("centred");
        QTest::newRow("no press: centred")
            << QSizeF(1280, 800) << QSizeF(520, 500) << QPointF(-1, -1) << true;
        QTest::newRow("tile on the left")
            << QSizeF(1280, 800) << QSizeF(520, 500) << QPointF(130, 320) << true;
        QTest::newRow("tap in the middle")
            << QSizeF(1280, 800) << QSizeF(520, 500) << QPointF(640, 400) << false;
        QTest::newRow("tablet, tile at the top")
            << QSizeF(800, 1280) << QSizeF(760, 600) << QPointF(400, 640) << false;
        QTest::newRow("tablet, bottom")
            << QSizeF(800, 1280) << QSizeF(760, 600) << QPointF(400, 1200) << true;
        QTest::newRow("tablet, full-width sheet")
            << QSizeF(800, 1280) << QSizeF(800, 500) << QPointF(700, 600) << false;
    }
    void panelsOpenAwayFromTheFinger()
    {
        QFETCH(QSizeF, area);
        QFETCH(QSizeF, panel);
        QFETCH(QPointF, press);
        QFETCH(bool, centred);
        const QRectF bounds(QPointF(0, 0), area);
        const QPointF at = PointerTracker::placeAway(bounds, panel, 16, 48, press);
        const QRectF placed(at, panel);
        QCOMPARE(placed.topLeft() ==
                QPointF((area.width() - panel.width()) / 2, (area.height() - panel.height()) / 2),
            centred);
        if (press.x() >= 0)
            QVERIFY(!placed.intersects(QRectF(press - QPointF(24, 24), QSizeF(48, 48))));
        QVERIFY(bounds.contains(placed));
    }

    void basketModelFollowsTheBasket()
    {
        BasketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Basket basket;
        const QString a = basket.addProduct(product(1, "Pain", 130)).value();
        model.sync(basket);
        const QString b = basket.addProduct(product(2, "Vin", 990)).value();
        model.sync(basket);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(BasketModel::NameRole).toString(), u"Vin"_s);

        basket.addProduct(product(1, "Pain", 130)).value(); // merged into line a
        model.sync(basket);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(BasketModel::QuantityTextRole).toString(), u"2"_s);

        QVERIFY(basket.removeLine(a));
        model.sync(basket);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.index(0).data(BasketModel::LineIdRole).toString(), b);
        QCOMPARE(reset.size(), 0); // single edits never reset the view

        QVERIFY(basket.markReturn(b, u"Défectueux"_s));
        model.sync(basket);
        QVERIFY(model.index(0).data(BasketModel::IsReturnRole).toBool());
        QCOMPARE(model.index(0).data(BasketModel::ReturnReasonRole).toString(), u"Défectueux"_s);

        basket.clear();
        model.sync(basket);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.roleNames().contains(BasketModel::TotalTextRole));
    }

    void productModelPagesAndPictures()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"images"_s));
        QFile picture(dir.filePath(u"images/p7.png"_s));
        QVERIFY(picture.open(QIODevice::WriteOnly));
        picture.write("png");
        picture.close();

        QList<Product> all;
        for (int i = 0; i < 300; ++i)
            all << product(i, "x", 100 + i);
        all[7].image = u"p7.png"_s;
        all[8].image = u"missing.png"_s;

        ProductListModel model;
        model.setImageFolder(dir.filePath(u"images"_s));
        model.setPaged([&](int offset, int limit) { return all.mid(offset, limit); }, u"#ff0000"_s);
        QCOMPARE(model.rowCount(), 120); // one page: a big category opens at once
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 240);
        QCOMPARE(inserted.size(), 1);
        // The tester fetches whatever is left itself, then watches every later change.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(7).data(ProductListModel::ImageRole).toString(),
            QUrl::fromLocalFile(dir.filePath(u"images/p7.png"_s)).toString());
        QCOMPARE(model.index(8).data(ProductListModel::ImageRole).toString(), QString());
        QCOMPARE(model.index(0).data(ProductListModel::ColorRole).toString(), u"#ff0000"_s);

        model.setProducts(all.mid(0, 5), {});
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
