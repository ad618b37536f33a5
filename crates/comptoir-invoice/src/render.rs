//! Draws a [`Document`] on A4 with printpdf. Fonts are parsed once ([`Fonts`]) and subset into
//! each PDF; text is measured with the font's own advances so amounts align right.

use comptoir_core::billing::InvoiceKind;
use printpdf::{
    Color, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem,
};
use rust_decimal::Decimal;

use crate::labels::{labels, Labels, Lang};
use crate::model::Document;

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The two faces documents use, parsed once and shared by every render.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

impl Fonts {
    pub fn load() -> Fonts {
        let parse = |bytes| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the bundled font parses")
        };
        Fonts {
            regular: parse(REGULAR),
            bold: parse(BOLD),
        }
    }

    /// Width of `s` at `size` points, in millimetres.
    fn width(&self, s: &str, size: f32, bold: bool) -> f32 {
        let f = if bold { &self.bold } else { &self.regular };
        let upm = f32::from(f.font_metrics.units_per_em.max(1));
        let units: u32 = s
            .chars()
            .map(|c| {
                f.lookup_glyph_index(c as u32)
                    .map(|g| u32::from(f.get_horizontal_advance(g)))
                    .unwrap_or(0)
            })
            .sum();
        units as f32 / upm * size * 25.4 / 72.0
    }
}

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const LEFT: f32 = 20.0;
const RIGHT: f32 = 190.0;
const INK: (f32, f32, f32) = (0.11, 0.12, 0.14);
const MUTED: (f32, f32, f32) = (0.35, 0.38, 0.42);
const ACCENT: (f32, f32, f32) = (0.12, 0.31, 0.60);

struct Canvas<'a> {
    ops: Vec<Op>,
    fonts: &'a Fonts,
    regular: PdfFontHandle,
    bold: PdfFontHandle,
}

impl Canvas<'_> {
    fn colour(&mut self, (r, g, b): (f32, f32, f32)) {
        self.ops.push(Op::SetFillColor {
            col: Color::Rgb(Rgb {
                r,
                g,
                b,
                icc_profile: None,
            }),
        });
    }

    fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, s: &str) {
        let font = if bold {
            self.bold.clone()
        } else {
            self.regular.clone()
        };
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font,
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point::new(Mm(x), Mm(y)),
            },
            Op::ShowText {
                items: vec![TextItem::Text(s.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    fn right(&mut self, x: f32, y: f32, size: f32, bold: bool, s: &str) {
        let w = self.fonts.width(s, size, bold);
        self.text(x - w, y, size, bold, s);
    }

    /// `s` cut with an ellipsis so it fits `max` millimetres.
    fn fit(&self, s: &str, size: f32, max: f32) -> String {
        if self.fonts.width(s, size, false) <= max {
            return s.to_owned();
        }
        let mut out: String = s.to_owned();
        while !out.is_empty() && self.fonts.width(&format!("{out}…"), size, false) > max {
            out.pop();
        }
        format!("{out}…")
    }

    fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, (r, g, b): (f32, f32, f32)) {
        self.ops.extend([
            Op::SetOutlineColor {
                col: Color::Rgb(Rgb {
                    r,
                    g,
                    b,
                    icc_profile: None,
                }),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point::new(Mm(x1), Mm(y)),
                            bezier: false,
                        },
                        LinePoint {
                            p: Point::new(Mm(x2), Mm(y)),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
        ]);
    }
}

/// Amounts as the buyer's language writes them: 1'234.50 (de), 1 234,50 (fr), 1.234,50 (es,
/// it), 1,234.50 (en). Exact: the digits come from the Decimal, never from a float.
pub(crate) fn amount(value: Decimal, lang: Lang) -> String {
    let v = value.round_dp(2);
    let negative = v.is_sign_negative() && !v.is_zero();
    let s = format!("{:.2}", v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let (group, point) = match lang {
        Lang::De => ('\'', '.'),
        Lang::Fr => ('\u{202F}', ','),
        Lang::Es | Lang::It => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    format!("{}{grouped}{point}{frac}", if negative { "−" } else { "" })
}

/// An amount with its currency as the language writes it: "CHF 1'234.50", "1.234,50 €",
/// "€1,234.50".
pub(crate) fn money(currency: comptoir_core::Currency, value: Decimal, lang: Lang) -> String {
    let n = amount(value, lang);
    match (currency, lang) {
        (comptoir_core::Currency::EUR, Lang::En) => format!("€{n}"),
        (comptoir_core::Currency::EUR, _) => format!("{n} €"),
        (comptoir_core::Currency::CHF, _) => format!("CHF {n}"),
    }
}

fn date(d: chrono::NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::De | Lang::Fr | Lang::It => d.format("%d.%m.%Y").to_string(),
        Lang::Es | Lang::En => d.format("%d/%m/%Y").to_string(),
    }
}

fn rate(bp: i64) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        format!("{whole} %")
    } else {
        format!("{whole}.{} %", format!("{frac:02}").trim_end_matches('0'))
    }
}

fn title(kind: InvoiceKind, l: &Labels) -> &'static str {
    match kind {
        InvoiceKind::Invoice => l.invoice,
        InvoiceKind::ProForma => l.pro_forma,
        InvoiceKind::CreditNote => l.credit_note,
    }
}

fn address_lines(p: &crate::model::Party) -> Vec<String> {
    let a = &p.address;
    vec![
        p.name.clone(),
        format!("{} {}", a.street, a.building_number)
            .trim()
            .to_owned(),
        format!("{}-{} {}", a.country, a.postal_code, a.town),
    ]
}

/// Renders `doc` to PDF bytes (A4, one page per 22 lines).
pub fn render(doc: &Document, fonts: &Fonts) -> Vec<u8> {
    let l = labels(doc.language);
    let lang = doc.language;
    let totals = doc.totals();
    let mut pdf = PdfDocument::new(&format!("{} {}", title(doc.kind, &l), doc.number));
    let regular = PdfFontHandle::External(pdf.add_font(&fonts.regular));
    let bold = PdfFontHandle::External(pdf.add_font(&fonts.bold));

    const PER_PAGE: usize = 22;
    let chunks: Vec<_> = doc.lines.chunks(PER_PAGE).collect();
    let page_count = chunks.len().max(1);
    let mut pages = Vec::with_capacity(page_count);
    for page_no in 0..page_count {
        let mut c = Canvas {
            ops: Vec::new(),
            fonts,
            regular: regular.clone(),
            bold: bold.clone(),
        };
        // Seller, top left.
        c.colour(ACCENT);
        c.text(LEFT, 277.0, 14.0, true, &doc.seller.name);
        c.colour(MUTED);
        for (i, line) in address_lines(&doc.seller).iter().skip(1).enumerate() {
            c.text(LEFT, 271.0 - 4.5 * i as f32, 9.0, false, line);
        }
        if let Some(vat) = &doc.seller.vat_number {
            c.text(LEFT, 262.0, 9.0, false, &format!("{} {vat}", l.vat_number));
        }
        // Title and references, top right.
        c.colour(INK);
        c.right(RIGHT, 277.0, 18.0, true, title(doc.kind, &l));
        let refs = [
            (l.number, doc.number.clone()),
            (l.issued, date(doc.issued_on, lang)),
            (l.due, date(doc.due_on, lang)),
        ];
        for (i, (k, v)) in refs.iter().enumerate() {
            let y = 269.0 - 5.0 * i as f32;
            c.colour(MUTED);
            c.right(RIGHT - 38.0, y, 9.0, false, k);
            c.colour(INK);
            c.right(RIGHT, y, 9.0, true, v);
        }
        // Buyer.
        c.colour(MUTED);
        c.text(LEFT, 240.0, 8.0, true, &l.bill_to.to_uppercase());
        c.colour(INK);
        for (i, line) in address_lines(&doc.buyer).iter().enumerate() {
            c.text(LEFT, 234.0 - 5.0 * i as f32, 10.0, i == 0, line);
        }
        if let Some(vat) = &doc.buyer.vat_number {
            c.colour(MUTED);
            c.text(LEFT, 219.0, 9.0, false, &format!("{} {vat}", l.vat_number));
        }
        // Lines.
        // Column edges (mm): description 20–88, period 91–128, then right-aligned numbers.
        const PERIOD_X: f32 = 91.0;
        const QTY_R: f32 = 135.0;
        const UNIT_R: f32 = 160.0;
        const VAT_R: f32 = 172.0;
        let cols = [(LEFT, l.description, false), (PERIOD_X, l.period, false)];
        let right_cols = [
            (QTY_R, l.qty),
            (UNIT_R, l.unit_price),
            (VAT_R, l.vat),
            (RIGHT, l.amount),
        ];
        let mut y = 205.0;
        c.colour(MUTED);
        for (x, h, _) in cols {
            c.text(x, y, 8.0, true, &h.to_uppercase());
        }
        for (x, h) in right_cols {
            c.right(x, y, 8.0, true, &h.to_uppercase());
        }
        c.rule(LEFT, RIGHT, y - 2.0, 0.8, INK);
        y -= 8.0;
        c.colour(INK);
        for line in chunks.get(page_no).copied().unwrap_or(&[]) {
            let desc = c.fit(&line.description, 9.0, PERIOD_X - LEFT - 3.0);
            c.text(LEFT, y, 9.0, false, &desc);
            if let (Some(from), Some(to)) = (line.period_from, line.period_to) {
                c.text(
                    PERIOD_X,
                    y,
                    8.0,
                    false,
                    &format!("{} – {}", date(from, lang), date(to, lang)),
                );
            }
            c.right(QTY_R, y, 9.0, false, &line.quantity.to_string());
            c.right(UNIT_R, y, 9.0, false, &amount(line.unit_price, lang));
            c.right(VAT_R, y, 8.5, false, &rate(line.vat_rate_bp));
            c.right(RIGHT, y, 9.0, false, &amount(line.net(), lang));
            c.rule(LEFT, RIGHT, y - 2.2, 0.3, (0.85, 0.87, 0.89));
            y -= 6.5;
        }
        let last = page_no + 1 == page_count;
        if last {
            // Totals, right.
            y -= 4.0;
            let row = |c: &mut Canvas<'_>, label: &str, value: String, strong: bool, y: f32| {
                c.colour(if strong { INK } else { MUTED });
                c.right(150.0, y, if strong { 10.5 } else { 9.0 }, strong, label);
                c.colour(INK);
                c.right(RIGHT, y, if strong { 10.5 } else { 9.0 }, strong, &value);
            };
            row(
                &mut c,
                l.subtotal,
                money(doc.currency, totals.subtotal.amount, lang),
                false,
                y,
            );
            for v in &totals.vat {
                y -= 5.0;
                let label = l
                    .vat_on
                    .replace("{rate}", &rate(v.rate_bp))
                    .replace("{base}", &amount(v.base.amount, lang));
                row(
                    &mut c,
                    &label,
                    money(doc.currency, v.vat.amount, lang),
                    false,
                    y,
                );
            }
            y -= 3.0;
            c.rule(110.0, RIGHT, y, 0.8, INK);
            y -= 6.0;
            row(
                &mut c,
                l.total,
                money(doc.currency, totals.total.amount, lang),
                true,
                y,
            );
            y -= 5.5;
            row(
                &mut c,
                l.paid,
                money(doc.currency, totals.paid.amount, lang),
                false,
                y,
            );
            y -= 6.0;
            row(
                &mut c,
                l.due_amount,
                money(doc.currency, totals.due.amount, lang),
                true,
                y,
            );
            // Terms.
            y -= 14.0;
            c.colour(MUTED);
            let mut notes = vec![l
                .terms
                .replace("{days}", &doc.payment_terms_days.to_string())];
            if !doc.accepted_methods.is_empty() {
                notes.push(
                    l.methods
                        .replace("{methods}", &doc.accepted_methods.join(", ")),
                );
            }
            if let Some(n) = &doc.corrects {
                notes.push(l.corrects.replace("{number}", n));
            }
            if doc.kind == InvoiceKind::ProForma {
                notes.push(l.pro_forma_note.to_owned());
            }
            if let Some(iban) = &doc.seller.iban {
                notes.push(format!("IBAN {iban}"));
            }
            for n in notes {
                c.text(LEFT, y, 8.5, false, &n);
                y -= 4.5;
            }
        }
        // Footer.
        c.rule(LEFT, RIGHT, 18.0, 0.3, (0.85, 0.87, 0.89));
        c.colour(MUTED);
        c.text(
            LEFT,
            13.0,
            7.5,
            false,
            &format!("{} · {}", doc.seller.name, doc.number),
        );
        c.right(
            RIGHT,
            13.0,
            7.5,
            false,
            &format!("{}/{}", page_no + 1, page_count),
        );
        pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), c.ops));
    }
    pdf.with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_per_language_exactly() {
        assert_eq!(amount(dec!(1234567.5), Lang::De), "1'234'567.50");
        assert_eq!(amount(dec!(1234.5), Lang::Es), "1.234,50");
        assert_eq!(amount(dec!(1234.5), Lang::Fr), "1\u{202F}234,50");
        assert_eq!(amount(dec!(-62.69), Lang::En), "−62.69");
        assert_eq!(amount(dec!(0), Lang::En), "0.00");
        assert_eq!(amount(dec!(999.995), Lang::En), "1,000.00");
    }

    #[test]
    fn rates() {
        assert_eq!(rate(810), "8.1 %");
        assert_eq!(rate(2100), "21 %");
        assert_eq!(rate(1950), "19.5 %");
    }
}
