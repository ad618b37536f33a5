//! A partner's statement to a client (PAR-3, PAR-4): the renewals of the products it manages in
//! a period, with list price, what the partner pays and its margin. Drawn with the invoices'
//! fonts, canvas and page frame; a pure function like [`super::render`].

use chrono::NaiveDate;
use comptoir_core::partner::{Benefit, BilledParty, Statement};
use printpdf::{Mm, PdfDocument, PdfPage};
use rust_decimal::Decimal;

use super::{
    add_font, amount, common, date, money, save, Canvas, Family, Fonts, ACCENT, BOTTOM, INK, LEFT,
    MUTED, PAGE_H, PAGE_W, RIGHT,
};
use crate::labels::Lang;

struct Words {
    title: &'static str,
    client: &'static str,
    period: &'static str,
    issued: &'static str,
    billed: &'static str,
    billed_partner: &'static str,
    billed_client: &'static str,
    discount: &'static str,
    cashback: &'static str,
    product: &'static str,
    renews: &'static str,
    months: &'static str,
    list: &'static str,
    partner_pays: &'static str,
    margin: &'static str,
    total: &'static str,
    none: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            title: "Partner statement",
            client: "Client",
            period: "Period",
            issued: "Issue date",
            billed: "Billed by the provider",
            billed_partner: "the partner",
            billed_client: "the client",
            discount: "Partner discount",
            cashback: "Partner cashback",
            product: "Product",
            renews: "Renewal",
            months: "Months",
            list: "List price",
            partner_pays: "Partner pays",
            margin: "Margin",
            total: "Total",
            none: "No renewal of a managed product in this period.",
        },
        Lang::Es => Words {
            title: "Extracto de socio",
            client: "Cliente",
            period: "Periodo",
            issued: "Fecha de emisión",
            billed: "Facturado por el proveedor a",
            billed_partner: "el socio",
            billed_client: "el cliente",
            discount: "Descuento de socio",
            cashback: "Reembolso de socio",
            product: "Producto",
            renews: "Renovación",
            months: "Meses",
            list: "Precio de lista",
            partner_pays: "Paga el socio",
            margin: "Margen",
            total: "Total",
            none: "Ninguna renovación de un producto gestionado en este periodo.",
        },
        Lang::Fr => Words {
            title: "Relevé partenaire",
            client: "Client",
            period: "Période",
            issued: "Date d'émission",
            billed: "Facturé par le fournisseur à",
            billed_partner: "le partenaire",
            billed_client: "le client",
            discount: "Remise partenaire",
            cashback: "Cashback partenaire",
            product: "Produit",
            renews: "Renouvellement",
            months: "Mois",
            list: "Prix catalogue",
            partner_pays: "Payé par le partenaire",
            margin: "Marge",
            total: "Total",
            none: "Aucun renouvellement d'un produit géré pendant cette période.",
        },
        Lang::De => Words {
            title: "Partnerabrechnung",
            client: "Kunde",
            period: "Zeitraum",
            issued: "Ausstellungsdatum",
            billed: "Vom Anbieter verrechnet an",
            billed_partner: "den Partner",
            billed_client: "den Kunden",
            discount: "Partnerrabatt",
            cashback: "Partner-Cashback",
            product: "Produkt",
            renews: "Verlängerung",
            months: "Monate",
            list: "Listenpreis",
            partner_pays: "Partner zahlt",
            margin: "Marge",
            total: "Total",
            none: "Keine Verlängerung eines verwalteten Produkts in diesem Zeitraum.",
        },
        Lang::It => Words {
            title: "Estratto partner",
            client: "Cliente",
            period: "Periodo",
            issued: "Data di emissione",
            billed: "Fatturato dal fornitore a",
            billed_partner: "il partner",
            billed_client: "il cliente",
            discount: "Sconto partner",
            cashback: "Cashback partner",
            product: "Prodotto",
            renews: "Rinnovo",
            months: "Mesi",
            list: "Prezzo di listino",
            partner_pays: "Paga il partner",
            margin: "Margine",
            total: "Totale",
            none: "Nessun rinnovo di un prodotto gestito in questo periodo.",
        },
    }
}

// Column edges (mm): product 20–83, renewal from 86, months right at 124, then amounts.
const RENEW_X: f32 = 86.0;
const MONTHS_R: f32 = 124.0;
const LIST_R: f32 = 148.0;
const PAYS_R: f32 = 170.0;

fn rate(bp: u32, lang: Lang) -> String {
    let r = Decimal::new(i64::from(bp), 2).normalize().to_string();
    let r = if lang == Lang::En {
        r
    } else {
        r.replace('.', ",")
    };
    format!("{r}\u{a0}%")
}

/// Renders `s` issued on `issued_on` in `lang` (A4, paginated by measured height).
pub fn render_statement(s: &Statement, issued_on: NaiveDate, lang: Lang, fonts: &Fonts) -> Vec<u8> {
    let w = words(lang);
    let texts = [s.client_name.as_str(), s.partner_name.as_str()];
    let faces = match &fonts.common {
        Some(f)
            if texts
                .iter()
                .copied()
                .chain(s.lines.iter().map(|l| l.product.as_str()))
                .all(|t| t.chars().all(common)) =>
        {
            f
        }
        _ => &fonts.full,
    };
    let mut pdf = PdfDocument::new(&format!("{} {}", w.title, s.client_name));
    pdf.metadata.info.author = s.partner_name.clone();
    pdf.metadata.info.creator = "Comptoir".into();
    pdf.metadata.info.producer = "Comptoir".into();
    let regular = add_font(&mut pdf, faces, 0);
    let bold = add_font(&mut pdf, faces, 1);
    let new_canvas = || Canvas {
        ops: Vec::new(),
        qr: None,
        fonts: faces,
        family: Family::Body,
        regular: regular.clone(),
        bold: bold.clone(),
    };
    let cur = s.currency;
    let head = |c: &mut Canvas<'_>| -> f32 {
        let mut y = 277.0;
        c.colour(ACCENT);
        for line in c.wrap(&s.partner_name, 14.0, true, 92.0) {
            c.text(LEFT, y, 14.0, true, &line);
            y -= 5.8;
        }
        c.colour(INK);
        c.right(RIGHT, 277.0, 16.0, true, w.title);
        let refs = [
            (w.client, s.client_name.clone()),
            (
                w.period,
                format!("{} – {}", date(s.from, lang), date(s.to, lang)),
            ),
            (w.issued, date(issued_on, lang)),
        ];
        let mut ry = 269.0;
        for (k, v) in refs {
            c.colour(MUTED);
            c.right(RIGHT - 64.0, ry, 9.0, false, k);
            c.colour(INK);
            for (i, part) in c.wrap(&v, 9.0, true, 62.0).iter().enumerate() {
                if i > 0 {
                    ry -= 4.2;
                }
                c.right(RIGHT, ry, 9.0, true, part);
            }
            ry -= 5.0;
        }
        let mut y = y.min(ry) - 6.0;
        let billed = match s.billed {
            BilledParty::Partner => w.billed_partner,
            BilledParty::Client => w.billed_client,
        };
        let benefit = match s.benefit {
            Benefit::Discount => w.discount,
            Benefit::Cashback => w.cashback,
        };
        c.colour(MUTED);
        c.text(LEFT, y, 9.0, false, &format!("{}: {billed}", w.billed));
        y -= 4.8;
        c.text(
            LEFT,
            y,
            9.0,
            false,
            &format!("{benefit}: {}", rate(s.rate_bp, lang)),
        );
        y -= 10.0;
        // Headings wider than their column wrap upwards at spaces, as on invoices.
        c.colour(MUTED);
        let mut tallest = 1;
        let mut heads: Vec<(f32, bool, Vec<String>)> = Vec::new();
        for (edge, right_aligned, left, h) in [
            (LEFT, false, LEFT, w.product),
            (RENEW_X, false, RENEW_X, w.renews),
            (MONTHS_R, true, RENEW_X + 25.0, w.months),
            (LIST_R, true, MONTHS_R, w.list),
            (PAYS_R, true, LIST_R, w.partner_pays),
            (RIGHT, true, PAYS_R, w.margin),
        ] {
            let width = if right_aligned {
                edge - left - 2.0
            } else if edge == LEFT {
                RENEW_X - LEFT - 3.0
            } else {
                MONTHS_R - RENEW_X - 10.0
            };
            let mut lines: Vec<String> = Vec::new();
            for word in h.to_uppercase().split(' ') {
                match lines.last_mut() {
                    Some(last)
                        if c.fonts
                            .width(c.family, &format!("{last} {word}"), 7.5, true)
                            <= width =>
                    {
                        last.push(' ');
                        last.push_str(word);
                    }
                    _ => lines.push(word.to_owned()),
                }
            }
            tallest = tallest.max(lines.len());
            heads.push((edge, right_aligned, lines));
        }
        y -= (tallest - 1) as f32 * 3.2;
        for (edge, right_aligned, lines) in heads {
            for (i, line) in lines.iter().rev().enumerate() {
                let hy = y + i as f32 * 3.2;
                if right_aligned {
                    c.right(edge, hy, 7.5, true, line);
                } else {
                    c.text(edge, hy, 7.5, true, line);
                }
            }
        }
        c.rule(LEFT, RIGHT, y - 2.0, 0.8, INK);
        y - 8.0
    };
    let mut pages = Vec::new();
    let mut c = new_canvas();
    let mut y = head(&mut c);
    if s.lines.is_empty() {
        c.colour(MUTED);
        c.text(LEFT, y, 9.0, false, w.none);
        y -= 6.5;
    }
    for l in &s.lines {
        let name = c.wrap(&l.product, 9.0, false, RENEW_X - LEFT - 3.0);
        let h = (name.len() - 1) as f32 * 4.0 + 6.5;
        if y - h < BOTTOM + 14.0 {
            pages.push(std::mem::take(&mut c.ops));
            y = head(&mut c);
        }
        c.colour(INK);
        for (i, part) in name.iter().enumerate() {
            c.text(LEFT, y - i as f32 * 4.0, 9.0, false, part);
        }
        c.text(RENEW_X, y, 8.5, false, &date(l.renews_on, lang));
        c.right(MONTHS_R, y, 9.0, false, &l.period_months.to_string());
        c.right(
            LIST_R,
            y,
            9.0,
            false,
            &amount(cur, l.list_price.amount, lang),
        );
        c.right(
            PAYS_R,
            y,
            9.0,
            false,
            &amount(cur, l.partner_pays.amount, lang),
        );
        c.right(RIGHT, y, 9.0, false, &amount(cur, l.margin.amount, lang));
        let last = y - (name.len() - 1) as f32 * 4.0;
        c.rule(LEFT, RIGHT, last - 2.2, 0.3, (0.85, 0.87, 0.89));
        y -= h;
    }
    y -= 3.0;
    c.rule(110.0, RIGHT, y, 0.8, INK);
    y -= 6.0;
    c.colour(INK);
    c.text(LEFT, y, 10.0, true, w.total);
    c.right(LIST_R, y, 9.5, true, &money(cur, s.total_list.amount, lang));
    c.right(
        PAYS_R,
        y,
        9.5,
        true,
        &amount(cur, s.total_partner_pays.amount, lang),
    );
    c.right(
        RIGHT,
        y,
        9.5,
        true,
        &amount(cur, s.total_margin.amount, lang),
    );
    pages.push(c.ops);
    let count = pages.len();
    let pages: Vec<PdfPage> = pages
        .into_iter()
        .enumerate()
        .map(|(i, ops)| {
            let mut c = new_canvas();
            c.ops = ops;
            c.rule(LEFT, RIGHT, 18.0, 0.3, (0.85, 0.87, 0.89));
            c.colour(MUTED);
            c.text(
                LEFT,
                13.0,
                7.5,
                false,
                &format!("{} · {}", s.partner_name, s.client_name),
            );
            c.right(RIGHT, 13.0, 7.5, false, &format!("{}/{count}", i + 1));
            PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), c.ops)
        })
        .collect();
    save(pdf.with_pages(pages))
}
