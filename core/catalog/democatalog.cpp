// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalog.h"

#include "catalog/catalog.h"
#include "scan/gtin.h"
#include "storage/database.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

struct Family
{
    const char *code;
    const char *name;
    const char *color;
    int vatBp;
    bool weighed;
    int minCents;
    int maxCents;
    QList<const char *> bases;
    QList<const char *> qualifiers;
    QList<const char *> sizes;
};

const QList<Family> &families()
{
    static const QList<Family> f = {
        {"fruits-legumes", "Fruits et légumes", "#81c784", 550, true, 99, 1290,
            {"Pommes Gala", "Pommes Golden", "Poires Conférence", "Bananes", "Oranges à jus", "Clémentines",
                "Citrons", "Kiwis", "Tomates grappe", "Tomates cerises", "Carottes", "Courgettes", "Poireaux",
                "Pommes de terre", "Oignons jaunes", "Échalotes", "Salade batavia", "Concombre",
                "Poivrons rouges", "Aubergines", "Champignons de Paris", "Haricots verts", "Brocolis",
                "Chou-fleur", "Potimarron", "Fraises", "Raisin blanc", "Abricots", "Pêches jaunes", "Cerises",
                "Melon charentais", "Avocats", "Mangues", "Radis roses", "Navets"},
            {"bio", "de France", "catégorie 1", "vrac", "origine Espagne", "du Val de Loire", "de Bretagne",
                "label rouge", "extra"},
            {""}},
        {"boulangerie", "Boulangerie", "#ffb74d", 550, false, 90, 690,
            {"Baguette tradition", "Pain de campagne", "Croissant au beurre", "Pain au chocolat",
                "Brioche tressée", "Pain complet", "Chausson aux pommes", "Pain aux céréales",
                "Fougasse aux olives", "Pain de seigle", "Ficelle", "Éclair au café", "Tarte aux pommes",
                "Flan pâtissier", "Kouign-amann", "Chouquettes"},
            {"", "artisanal", "pur beurre", "bio", "aux graines", "maison"},
            {"", "250 g", "400 g", "x 4", "x 6"}},
        {"cremerie", "Crèmerie", "#fff176", 550, false, 95, 890,
            {"Camembert de Normandie", "Comté 18 mois", "Beurre doux", "Beurre demi-sel", "Lait demi-écrémé",
                "Yaourt nature", "Crème fraîche épaisse", "Roquefort", "Emmental râpé", "Fromage blanc",
                "Brie de Meaux", "Chèvre frais", "Œufs plein air", "Reblochon", "Tomme de Savoie",
                "Mozzarella", "Crème dessert vanille", "Riz au lait", "Petits suisses"},
            {"", "AOP", "bio", "fermier", "au lait cru", "allégé", "entier"},
            {"125 g", "200 g", "250 g", "500 g", "1 L", "x 4", "x 6", "x 12"}},
        {"epicerie", "Épicerie", "#a1887f", 550, false, 69, 1290,
            {"Pâtes penne", "Spaghetti", "Riz basmati", "Farine de blé T55", "Sucre en poudre",
                "Huile d'olive vierge extra", "Confiture de fraises", "Miel de lavande",
                "Café moulu pur arabica", "Thé vert", "Chocolat noir 70 %", "Biscuits petit-beurre",
                "Lentilles vertes du Puy", "Moutarde de Dijon", "Sel de Guérande", "Sardines à l'huile",
                "Thon au naturel", "Muesli aux fruits", "Cassoulet", "Ratatouille", "Soupe de légumes",
                "Vinaigre de vin", "Herbes de Provence", "Madeleines", "Galettes bretonnes", "Pois chiches",
                "Compote de pommes"},
            {"", "bio", "sans gluten", "commerce équitable", "recette traditionnelle", "intégral",
                "label rouge"},
            {"125 g", "250 g", "370 g", "400 g", "500 g", "750 g", "1 kg", "50 cl", "1 L"}},
        {"boissons", "Boissons", "#64b5f6", 550, false, 59, 690,
            {"Eau minérale", "Eau gazeuse", "Jus d'orange", "Jus de pomme", "Limonade", "Sirop de menthe",
                "Cola", "Thé glacé pêche", "Nectar d'abricot", "Jus de raisin", "Boisson à l'avoine",
                "Sirop de grenadine"},
            {"", "bio", "sans sucres ajoutés", "100 % pur jus", "pétillant"},
            {"33 cl", "50 cl", "1 L", "1,5 L", "6 x 1,5 L", "4 x 25 cl"}},
        {"vins-spiritueux", "Vins et spiritueux", "#ba68c8", 2000, false, 290, 4990,
            {"Bordeaux rouge", "Côtes-du-Rhône", "Chablis", "Champagne brut", "Muscadet", "Bière blonde",
                "Cidre brut", "Pastis", "Calvados", "Rosé de Provence", "Crémant d'Alsace", "Beaujolais",
                "Bière ambrée", "Cognac VS"},
            {"", "AOP", "bio", "millésime 2022", "réserve", "grand cru", "artisanale"},
            {"33 cl", "75 cl", "1 L", "6 x 25 cl", "70 cl"}},
        {"boucherie", "Boucherie et charcuterie", "#e57373", 550, true, 690, 3990,
            {"Entrecôte", "Bavette", "Poulet fermier", "Côtes d'agneau", "Rôti de porc", "Jambon blanc",
                "Saucisson sec", "Pâté de campagne", "Rillettes du Mans", "Boudin noir",
                "Saucisses de Toulouse", "Filet mignon", "Blanquette de veau", "Steak haché",
                "Magret de canard"},
            {"", "label rouge", "bio", "race charolaise", "fermier", "Bleu-Blanc-Cœur", "supérieur"}, {""}},
        {"hygiene", "Hygiène et beauté", "#f06292", 2000, false, 129, 1490,
            {"Savon de Marseille", "Shampooing doux", "Gel douche", "Dentifrice", "Brosse à dents",
                "Déodorant", "Crème hydratante", "Coton-tiges", "Mouchoirs", "Lait corporel",
                "Rasoirs jetables", "Baume à lèvres"},
            {"", "bio", "sans parfum", "peaux sensibles", "à l'huile d'argan", "recharge"},
            {"75 ml", "100 ml", "250 ml", "300 ml", "x 2", "x 10"}},
        {"maison", "Entretien et maison", "#4db6ac", 2000, false, 99, 2490,
            {"Liquide vaisselle", "Lessive liquide", "Éponges", "Sacs poubelle", "Papier toilette",
                "Essuie-tout", "Ampoule LED", "Piles AA", "Bougie parfumée", "Nettoyant multi-usages",
                "Pastilles lave-vaisselle", "Film alimentaire"},
            {"", "écologique", "parfum citron", "grand format", "recharge"},
            {"500 ml", "1 L", "2 L", "x 4", "x 6", "x 12", "x 30"}},
        {"textile", "Textile", "#90a4ae", 2000, false, 499, 4990,
            {"T-shirt coton", "Chaussettes", "Pull marin", "Écharpe laine", "Casquette", "Tablier de cuisine",
                "Marinière", "Bonnet", "Torchon", "Sweat à capuche"},
            {"", "bio", "bleu marine", "rayé", "taille unique", "enfant"}, {"", "S", "M", "L", "XL"}},
        {"librairie", "Librairie", "#7986cb", 550, false, 590, 3490,
            {"Roman policier", "Bande dessinée", "Livre de cuisine", "Guide de voyage", "Livre jeunesse",
                "Roman poche", "Essai", "Recueil de poésie", "Atlas"},
            {"", "édition collector", "grand format", "illustré"}, {""}},
        {"presse", "Presse", "#9e9e9e", 210, false, 150, 790,
            {"Quotidien national", "Quotidien régional", "Magazine télé", "Hebdomadaire d'actualité",
                "Magazine de cuisine", "Revue de jardinage", "Journal sportif"},
            {"", "édition du dimanche", "numéro spécial"}, {""}},
        {"papeterie", "Papeterie", "#dce775", 2000, false, 89, 1290,
            {"Cahier grands carreaux", "Stylo bille", "Crayon à papier", "Classeur", "Ramette papier A4",
                "Surligneur", "Agenda", "Enveloppes", "Colle en bâton", "Gomme"},
            {"", "recyclé", "bleu", "noir", "lot économique"}, {"", "x 3", "x 10", "96 pages", "A4", "A5"}},
        {"snacking", "Snacking chaud", "#ff8a65", 1000, false, 150, 890,
            {"Sandwich jambon-beurre", "Croque-monsieur", "Quiche lorraine", "Café expresso", "Soupe du jour",
                "Chocolat chaud", "Panini mozzarella", "Crêpe au sucre", "Galette complète",
                "Thé à la menthe"},
            {"", "maison", "grand", "à emporter"}, {""}},
    };
    return f;
}

const QList<const char *> &brands()
{
    static const QList<const char *> b = {"Maison Dupont", "Les Délices d'Armor", "Terre de Provence",
        "Ferme des Collines", "Le Moulin Doré", "Bretagne Gourmande", "Val de Loire", "Atelier Garance",
        "Comptoir Bio", "Saveurs d'Antan", "Les Ateliers du Sud", "Maison Lefèvre", "Domaine des Vignes",
        "Alpes Nature", "Côte Sauvage", "Pâtisserie Morel", "La Belle Rive", "Normandie Tradition", "Océane",
        "Le Petit Marché"};
    return b;
}

int psychologicalCents(QRandomGenerator &rng, int minCents, int maxCents)
{
    const int raw = minCents + int(rng.bounded(quint32(maxCents - minCents + 1)));
    static const int endings[] = {99, 95, 49, 90, 50, 79, 0, 29};
    int euros = raw / 100;
    int cents = endings[rng.bounded(8)];
    if (euros == 0 && cents == 0)
        cents = 99;
    return euros * 100 + cents;
}

QString ean13(int company, int item)
{
    // "3" + 6-digit company in the French range 300-379 + 5-digit item + check digit
    return gtin::withCheckDigit(
        u"3%1%2"_s.arg(company, 6, 10, QLatin1Char('0')).arg(item, 5, 10, QLatin1Char('0')));
}

} // namespace

QList<Category> DemoCatalog::categories()
{
    QList<Category> out;
    int position = 0;
    const QHash<QString, int> departments {{u"fruits-legumes"_s, 550}, {u"boulangerie"_s, 550},
        {u"epicerie"_s, 550}, {u"presse"_s, 210}, {u"maison"_s, 2000}};
    for (const auto &f : families()) {
        Category c {0, QString::fromUtf8(f.code), QString::fromUtf8(f.name), QString::fromLatin1(f.color),
            position++, std::nullopt};
        if (departments.contains(c.code))
            c.departmentVat = VatRate(departments.value(c.code));
        out.append(c);
    }
    return out;
}

QStringList DemoCatalog::favourites()
{
    return {u"BOUL-0001"_s, u"BOUL-0002"_s, u"FRUI-0001"_s, u"EPIC-0002"_s, u"BOIS-0001"_s, u"CREM-0001"_s,
        u"SNAC-0001"_s, u"PRES-0001"_s, u"EPIC-0001"_s, u"CREM-0002"_s, u"VINS-0001"_s, u"HYGI-0001"_s};
}

QList<Product> DemoCatalog::showcase()
{
    auto p = [](const char *sku, const char *name, qint64 cents, int vat, const char *category,
                 QStringList codes, bool weighed = false) {
        Product x;
        x.sku = QString::fromLatin1(sku);
        x.name = QString::fromUtf8(name);
        x.price = Money::fromCents(cents);
        x.vat = VatRate(vat);
        x.categoryCode = QString::fromLatin1(category);
        x.barcodes = codes;
        x.soldByWeight = weighed;
        return x;
    };
    auto ean = [](int i) {
        return gtin::withCheckDigit(u"376012345%1"_s.arg(i, 3, 10, QLatin1Char('0')));
    };
    // Cut at the counter and weighed in its waxed paper: the scale takes the paper off.
    auto tare = [](Product x, int grams) {
        x.tareGrams = grams;
        return x;
    };
    auto scale = [](const char *prefix, int item) {
        return gtin::withCheckDigit(
            QString::fromLatin1(prefix) + u"%1"_s.arg(item, 5, 10, QLatin1Char('0')) + u"00000"_s);
    };
    return {
        p("BOUL-0001", "Baguette tradition", 130, 550, "boulangerie", {ean(1)}),
        p("BOUL-0002", "Croissant au beurre", 110, 550, "boulangerie", {ean(2)}),
        p("EPIC-0001", "Pâtes penne 500 g", 149, 550, "epicerie", {ean(3)}),
        p("EPIC-0002", "Café moulu pur arabica 250 g", 395, 550, "epicerie", {ean(4)}),
        p("BOIS-0001", "Eau minérale 6 x 1,5 L", 320, 550, "boissons", {ean(5)}),
        p("VINS-0001", "Champagne brut 75 cl", 2990, 2000, "vins-spiritueux", {ean(6)}),
        p("CREM-0001", "Camembert de Normandie AOP 250 g", 349, 550, "cremerie", {ean(7)}),
        p("PRES-0001", "Quotidien national", 280, 210, "presse", {ean(8)}),
        p("SNAC-0001", "Sandwich jambon-beurre", 450, 1000, "snacking", {ean(9)}),
        p("TEXT-0001", "T-shirt coton bio", 1499, 2000, "textile", {ean(10)}),
        p("LIBR-0001", "Roman poche", 850, 550, "librairie", {ean(11)}),
        p("MAIS-0001", "Lessive liquide 2 L", 995, 2000, "maison", {ean(12)}),
        p("HYGI-0001", "Savon de Marseille 300 g", 279, 2000, "hygiene", {ean(13)}),
        p("PAPE-0001", "Cahier grands carreaux 96 pages", 189, 2000, "papeterie", {ean(14)}),
        p("EPIC-0003", "Sirop d'érable 250 ml", 899, 550, "epicerie",
            {u"0"_s + gtin::withCheckDigit(u"07345600001"_s)}),
        p("EPIC-0004", "Chewing-gum menthe", 120, 2000, "epicerie", {gtin::withCheckDigit(u"9638507"_s)}),
        p("FRUI-0001", "Pommes Gala (au kg)", 299, 550, "fruits-legumes", {scale("26", 1)}, true),
        tare(p("CREM-0002", "Comté 18 mois (au kg)", 2490, 550, "cremerie", {scale("26", 2)}, true), 6),
        p("BOUC-0001", "Rôti de porc (étiquette prix)", 1490, 550, "boucherie", {scale("21", 3)}),
    };
}

void DemoCatalog::forEachProduct(qint64 count, quint32 seed, const std::function<bool(const Product &)> &sink)
{
    const QList<Product> fixed = showcase();
    qint64 made = 0;
    for (const Product &p : fixed) {
        if (made >= count || !sink(p))
            return;
        ++made;
    }
    QRandomGenerator rng(seed);
    const auto &fam = families();
    const auto &brandList = brands();
    QList<int> nextItem(fam.size() * brandList.size(), 0);
    int nextScaleItem = 100;
    qint64 serial = 1;
    while (made < count) {
        const int fi = int(rng.bounded(quint32(fam.size())));
        const Family &f = fam[fi];
        const int bi = int(rng.bounded(quint32(brandList.size())));
        Product p;
        p.sku = u"%1-%2"_s.arg(QString::fromLatin1(f.code).left(4).toUpper())
                    .arg(serial++, 7, 10, QLatin1Char('0'));
        QStringList parts {QString::fromUtf8(f.bases[rng.bounded(quint32(f.bases.size()))])};
        const QString qualifier = QString::fromUtf8(f.qualifiers[rng.bounded(quint32(f.qualifiers.size()))]);
        if (!qualifier.isEmpty())
            parts << qualifier;
        if (!f.weighed)
            parts << QString::fromUtf8(brandList[bi]);
        const QString size = QString::fromUtf8(f.sizes[rng.bounded(quint32(f.sizes.size()))]);
        if (!size.isEmpty())
            parts << size;
        p.name = parts.join(u' ');
        if (f.weighed)
            p.name += u" (au kg)"_s;
        p.price = Money::fromCents(psychologicalCents(rng, f.minCents, f.maxCents));
        p.vat = VatRate(f.vatBp);
        p.categoryCode = QString::fromUtf8(f.code);
        p.soldByWeight = f.weighed;
        if (f.weighed && nextScaleItem <= 99999) {
            // Scale labels: "26" + article code + 5-digit weight in grams.
            p.barcodes << gtin::withCheckDigit(
                u"26%1"_s.arg(nextScaleItem++, 5, 10, QLatin1Char('0')) + u"00000"_s);
        } else {
            const int slot = fi * int(brandList.size()) + bi;
            int company = 100 + slot; // 6 digits after the leading 3: 000100..000379
            int item = nextItem[slot]++;
            company += (item / 100000) * 1000; // a brand owns several GS1 company prefixes
            item %= 100000;
            p.barcodes << ean13(company, item);
        }
        if (!sink(p))
            return;
        ++made;
    }
}

Status DemoCatalog::generate(
    QSqlDatabase db, qint64 count, quint32 seed, const std::function<void(qint64 done)> &progress)
{
    CatalogWriter writer(db);
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    for (const Category &c : categories()) {
        if (auto id = writer.upsertCategory(c); !id)
            return id.error();
    }
    qint64 done = 0;
    std::optional<Error> failure;
    forEachProduct(count, seed, [&](const Product &p) {
        if (auto id = writer.upsertProduct(p); !id) {
            failure = id.error();
            return false;
        }
        if (++done % 50000 == 0) {
            if (auto s = tx.commit(); !s) {
                failure = s.error();
                return false;
            }
            if (auto s = tx.begin(); !s) {
                failure = s.error();
                return false;
            }
            if (progress)
                progress(done);
        }
        return true;
    });
    if (failure)
        return *failure;
    if (auto s = tx.commit(); !s)
        return s;
    if (progress)
        progress(done);
    return Ok {};
}

QByteArray DemoCatalog::csv(qint64 count, quint32 seed)
{
    QByteArray out = "sku;name;price;vat;category;barcodes;sold_by_weight\n";
    QHash<QString, QString> names;
    for (const Category &c : categories())
        names.insert(c.code, c.name);
    const QLocale fr(QLocale::French);
    forEachProduct(count, seed, [&](const Product &p) {
        auto quote = [](QString s) {
            return s.contains(u';') || s.contains(u'"') ? u'"' + s.replace(u'"', u"\"\""_s) + u'"' : s;
        };
        out += (QStringList {quote(p.sku), quote(p.name), p.price.toPlainString(fr),
                    p.vat.toString(fr).remove(QChar(0x202F)).remove(u'%'), quote(names.value(p.categoryCode)),
                    p.barcodes.join(u'|'), p.soldByWeight ? u"1"_s : u"0"_s}
                    .join(u';'))
                   .toUtf8();
        out += '\n';
        return true;
    });
    return out;
}

} // namespace comptoir
