// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostore.h"

#include "staff/clerkdirectory.h"

#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "counter/quickkeys.h"
#include "crm/customerdirectory.h"
#include "crm/democustomers.h"
#include "crm/loyaltyprogram.h"
#include "storage/settingstable.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

StoreProfile DemoStore::profile()
{
    StoreProfile p;
    p.storeId = u"demo-paris-11"_s;
    p.registerId = u"01"_s;
    p.storeName = u"Comptoir Démo — Paris 11e"_s;
    p.address = {u"12 rue de la Roquette"_s, u"75011 Paris"_s};
    p.siret = u"123 456 789 00012"_s;
    p.vatNumber = u"FR12123456789"_s;
    p.phone = u"01 23 45 67 89"_s;
    p.receiptFooter = u"Merci de votre visite ! — Thank you!"_s;
    p.training = true;
    return p;
}

Clerk DemoStore::clerk()
{
    return {u"c01"_s, u"Camille"_s};
}

QList<DemoStore::DemoClerk> DemoStore::demoClerks()
{
    return {{u"c01"_s, u"Camille"_s, u"cashier"_s, u"1234"_s}, {u"c02"_s, u"Sam"_s, u"manager"_s, u"9999"_s}};
}

Status DemoStore::prepare(QSqlDatabase db, qint64 products)
{
    SettingsTable settings(db);
    if (settings.value(u"store.id"_s).isEmpty()) {
        if (auto s = profile().save(settings); !s)
            return s;
        if (auto s = settings.setValue(u"clerk.id"_s, clerk().id); !s)
            return s;
        if (auto s = settings.setValue(u"clerk.name"_s, clerk().name); !s)
            return s;
        if (auto s = settings.setValue(crm::LoyaltyProgram::kSettingKey,
                QString::fromUtf8(
                    QJsonDocument(crm::DemoCustomers::loyaltyProgram()).toJson(QJsonDocument::Compact)));
            !s)
            return s;
    }
    // The favourites page, on a demo register made before it existed too.
    if (settings.value(QLatin1StringView(QuickKeys::kSettingKey)).isEmpty()) {
        Catalog catalog(db);
        if (auto s = QuickKeys(db, catalog).save(QuickKeySet {DemoCatalog::favourites()}); !s)
            return s;
    }
    // Clerks to sign in with (their PINs are in the README): a cashier and a manager.
    ClerkDirectory clerks(db);
    if (auto list = clerks.accounts(); list && list->isEmpty()) {
        for (const DemoClerk &c : demoClerks()) {
            if (auto a = clerks.create(c.name, c.role, c.pin, c.id); !a)
                return a.error();
        }
    }
    // Without head office, the demo store's own customers are there to try the CRM with.
    if (crm::CustomerDirectory(db).count() == 0) {
        if (auto s = crm::DemoCustomers::writeShowcase(db, profile().storeId); !s)
            return s;
        if (auto s = crm::DemoCustomers::writeOffers(db); !s)
            return s;
    }
    if (Catalog(db).productCount() == 0)
        return DemoCatalog::generate(db, products);
    return Ok {};
}

QString defaultDatabasePath()
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/comptoir"_s;
    return dir + u"/register.db"_s;
}

Clerk currentClerk(QSqlDatabase db)
{
    SettingsTable settings(db);
    return {settings.value(u"clerk.id"_s, u"c01"_s), settings.value(u"clerk.name"_s, u"Camille"_s)};
}

} // namespace comptoir
