//! Draws a [`Document`] on A4 with printpdf. Fonts are parsed once ([`Fonts`]) and subset into
//! each PDF; text is measured with the font's own advances so amounts align right.

use comptoir_core::billing::InvoiceKind;
use printpdf::{
    Color, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};
use rust_decimal::Decimal;

use crate::labels::{labels, Labels, Lang};
use crate::model::Document;

// PAR-3: the partner's statement to a client, drawn with the same fonts and canvas.
mod statement;
pub use statement::render_statement;

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
// The payment part: a face the SIX style guide allows (Arial, Frutiger, Helvetica, Liberation
// Sans); Liberation Sans is free (OFL, `fonts/LICENSE-Liberation`) and metric-compatible with
// Arial.
static BILL_REGULAR: &[u8] = include_bytes!("../fonts/LiberationSans-Regular.ttf");
static BILL_BOLD: &[u8] = include_bytes!("../fonts/LiberationSans-Bold.ttf");

/// The faces documents use, parsed once and shared by every render: DejaVu Sans for the body,
/// Liberation Sans for the QR-bill's payment part.
pub struct Fonts {
    /// The fonts as shipped, for documents with characters beyond [`COMMON`].
    full: Faces,
    /// The same fonts cut down once, in this process, to the glyphs of [`COMMON`]: printpdf
    /// subsets every embedded font on every save, and a few hundred glyphs subset several
    /// times faster than DejaVu's six thousand. `None` if cutting failed (the full ones serve).
    common: Option<Faces>,
}

/// Regular, bold, bill regular, bill bold, and whether printpdf subsets them per document.
struct Faces([ParsedFont; 4], bool);

/// Which family a canvas writes in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Body = 0,
    Bill = 2,
}

/// What nearly every document is written in: Latin-1 and Latin Extended-A (the QR-bill's set
/// with Ș ș Ț ț), general punctuation (dashes, quotes, the narrow no-break space), €, −.
fn common(c: char) -> bool {
    matches!(u32::from(c),
        0x20..=0x7E | 0xA0..=0x17F | 0x218..=0x21B | 0x2010..=0x2027 | 0x202F..=0x203A
        | 0x20AC | 0x2212)
}

impl Fonts {
    /// The fonts parsed once per process, for every caller (the window and the command line).
    pub fn shared() -> &'static Fonts {
        static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
        FONTS.get_or_init(Fonts::load)
    }

    pub fn load() -> Fonts {
        let parse = |bytes: &[u8]| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the bundled font parses")
        };
        let full = Faces(
            [
                parse(REGULAR),
                parse(BOLD),
                parse(BILL_REGULAR),
                parse(BILL_BOLD),
            ],
            true,
        );
        let cut = |f: &ParsedFont, face: usize| -> Option<ParsedFont> {
            let glyphs: std::collections::BTreeMap<u16, String> = (0x20u32..=0x2212)
                .filter_map(char::from_u32)
                .filter(|&c| common(c))
                .filter_map(|c| {
                    f.lookup_glyph_index(u32::from(c))
                        .map(|g| (g, c.to_string()))
                })
                .collect();
            let subset = printpdf::subset_font(f, &glyphs).ok()?;
            let mut cut = ParsedFont::from_bytes(&subset.bytes, 0, &mut Vec::new())?;
            // Embedded whole in every document, it is still a subset of the shipped font:
            // named with a subset tag (ISO 32000-1, 9.6.4).
            let name = f.font_name.clone().unwrap_or_default();
            cut.font_name = Some(format!("{}+{name}", FONT_IDS[face]));
            Some(cut)
        };
        let common = (|| {
            Some(Faces(
                [
                    cut(&full.0[0], 0)?,
                    cut(&full.0[1], 1)?,
                    cut(&full.0[2], 2)?,
                    cut(&full.0[3], 3)?,
                ],
                false,
            ))
        })();
        Fonts { full, common }
    }

    /// The cut-down faces when every text of `doc` is in [`COMMON`], else the full ones.
    fn for_document(&self, doc: &Document) -> &Faces {
        match &self.common {
            Some(faces) if document_texts(doc).all(|t| t.chars().all(common)) => faces,
            _ => &self.full,
        }
    }
}

/// Every text of a document that is printed (labels are in [`COMMON`] by construction).
fn document_texts(doc: &Document) -> impl Iterator<Item = &str> {
    fn party(p: &crate::model::Party) -> [&str; 6] {
        [
            p.name.as_str(),
            p.address.street.as_str(),
            p.address.building_number.as_str(),
            p.address.postal_code.as_str(),
            p.address.town.as_str(),
            p.vat_number.as_deref().unwrap_or(""),
        ]
    }
    party(&doc.seller)
        .into_iter()
        .chain(party(&doc.buyer))
        .chain([doc.number.as_str(), doc.corrects.as_deref().unwrap_or("")])
        .chain(doc.lines.iter().map(|l| l.description.as_str()))
        .chain(doc.accepted_methods.iter().map(String::as_str))
}

impl Faces {
    /// Width of `s` at `size` points, in millimetres.
    fn width(&self, family: Family, s: &str, size: f32, bold: bool) -> f32 {
        let f = &self.0[family as usize + usize::from(bold)];
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
/// The payment part is printed in pure black (SIX style guide).
const BLACK: (f32, f32, f32) = (0.0, 0.0, 0.0);

struct Canvas<'a> {
    ops: Vec<Op>,
    /// The QR code drawn on this page, to add to the document's resources.
    qr: Option<printpdf::ExternalXObject>,
    fonts: &'a Faces,
    family: Family,
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

    /// Draws the form XObject `id` (a QR code of unit modules) in black, one module `module` mm
    /// wide, its lower-left corner at (`x`, `y`) mm.
    fn place_form(&mut self, id: &str, module: f32, x: f32, y: f32) {
        let s = mm_pt(module).0;
        self.colour(BLACK);
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: printpdf::CurTransMat::Raw([s, 0.0, 0.0, s, mm_pt(x).0, mm_pt(y).0]),
            },
            Op::UseXobject {
                id: printpdf::XObjectId(id.to_owned()),
                transform: printpdf::XObjectTransform {
                    no_auto_scale: true,
                    ..Default::default()
                },
            },
            Op::RestoreGraphicsState,
        ]);
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
        let w = self.fonts.width(self.family, s, size, bold);
        self.text(x - w, y, size, bold, s);
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

/// The digits of an amount as the buyer's language writes them in the app (no currency code):
/// "1'234.50" (en/fr/de/it CHF), "1.234,50" (es), "1,234.50" (en EUR). Exact: the digits come
/// from the Decimal, never from a float; the same function the app's catalogue uses.
pub(crate) fn amount(currency: comptoir_core::Currency, value: Decimal, lang: Lang) -> String {
    comptoir_i18n::amount_in(lang.code(), &comptoir_core::Money::new(value, currency))
}

/// An amount with its currency as the app writes it in that language: "CHF 1'234.50",
/// "1.234,50 EUR", "1'234.50 CHF" (fr).
pub(crate) fn money(currency: comptoir_core::Currency, value: Decimal, lang: Lang) -> String {
    comptoir_i18n::money_in(lang.code(), &comptoir_core::Money::new(value, currency))
}

/// A date as the app writes it in that language (medium style): "26 Dec 2025", "26.12.2025".
fn date(d: chrono::NaiveDate, lang: Lang) -> String {
    comptoir_i18n::date_in(lang.code(), d)
}

/// A VAT rate as the language writes it: "8.1 %" in English, "8,1 %" in the others (the Swiss
/// federal tax administration writes "8,1 %" in German, French and Italian).
fn rate(bp: i64, lang: Lang) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    let point = if lang == Lang::En { '.' } else { ',' };
    if frac == 0 {
        format!("{whole}\u{a0}%")
    } else {
        format!(
            "{whole}{point}{}\u{a0}%",
            format!("{frac:02}").trim_end_matches('0')
        )
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

// Column edges (mm): description 20–88, period 91–128, then right-aligned numbers.
const PERIOD_X: f32 = 91.0;
const QTY_R: f32 = 135.0;
const UNIT_R: f32 = 160.0;
const VAT_R: f32 = 172.0;
/// The lowest baseline of body text: the footer's rule is at 18 mm.
const BOTTOM: f32 = 22.5;
/// Between the wrapped lines of one description, and from one table row to the next.
const DESC_ADVANCE: f32 = 4.0;
const ROW_ADVANCE: f32 = 6.5;

/// Seller, title, references and buyer at the top of every body page; returns the baseline
/// below them. Names and addresses wrap to their column, never cut.
fn header(c: &mut Canvas<'_>, doc: &Document, l: &Labels) -> f32 {
    let lang = doc.language;
    // Seller, top left, beside the title.
    const SELLER_W: f32 = 92.0;
    let mut y = 277.0;
    c.colour(ACCENT);
    for (i, line) in c
        .wrap(&doc.seller.name, 14.0, true, SELLER_W)
        .iter()
        .enumerate()
    {
        if i > 0 {
            y -= 5.8;
        }
        c.text(LEFT, y, 14.0, true, line);
    }
    y -= 1.5;
    c.colour(MUTED);
    let mut seller_lines: Vec<String> = address_lines(&doc.seller).into_iter().skip(1).collect();
    if let Some(vat) = &doc.seller.vat_number {
        seller_lines.push(vat_line(vat, l));
    }
    for line in seller_lines {
        for part in c.wrap(&line, 9.0, false, SELLER_W) {
            y -= 4.5;
            c.text(LEFT, y, 9.0, false, &part);
        }
    }
    // Title and references, top right.
    c.colour(INK);
    c.right(RIGHT, 277.0, 18.0, true, title(doc.kind, l));
    // A credit note asks for no payment: instead of a due date it names the invoice it
    // credits.
    let credit_note = doc.kind == InvoiceKind::CreditNote;
    let third = match (&doc.corrects, credit_note) {
        (Some(n), true) => Some((l.invoice, n.clone())),
        (None, true) => None,
        // A void pro-forma has no due date either.
        (_, false) if doc.cancelled => None,
        (_, false) => Some((l.due, date(doc.due_on, lang))),
    };
    let refs = [
        Some((l.number, doc.number.clone())),
        Some((l.issued, date(doc.issued_on, lang))),
        third,
    ];
    let mut ry = 269.0;
    for (k, v) in refs.iter().flatten() {
        c.colour(MUTED);
        c.right(RIGHT - 38.0, ry, 9.0, false, k);
        c.colour(INK);
        c.right(RIGHT, ry, 9.0, true, v);
        ry -= 5.0;
    }
    // Buyer, below both.
    let mut y = y.min(ry) - 12.0;
    c.colour(MUTED);
    c.text(LEFT, y, 8.0, true, &l.bill_to.to_uppercase());
    c.colour(INK);
    const BUYER_W: f32 = 120.0;
    for (i, line) in address_lines(&doc.buyer).iter().enumerate() {
        let (size, bold) = if i == 0 { (10.0, true) } else { (10.0, false) };
        for part in c.wrap(line, size, bold, BUYER_W) {
            y -= 5.0;
            c.text(LEFT, y, size, bold, &part);
        }
    }
    if let Some(vat) = &doc.buyer.vat_number {
        c.colour(MUTED);
        y -= 5.0;
        c.text(LEFT, y, 9.0, false, &vat_line(vat, l));
    }
    y - 12.0
}

/// "TVA CHE-123.456.788", or the number alone when it already carries the word
/// ("CHE-123.456.788 TVA"): the label is said once.
fn vat_line(vat: &str, l: &Labels) -> String {
    let word = l.vat_number.to_uppercase();
    let has_word = vat
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(&word) || ["MWST", "TVA", "IVA", "VAT"].contains(&w));
    if has_word {
        vat.to_owned()
    } else {
        format!("{} {vat}", l.vat_number)
    }
}

/// The column headings at `y`; returns the first row's baseline. A heading wider than its
/// column ("PRECIO UNITARIO") wraps upwards instead of running into its neighbour.
fn table_header(c: &mut Canvas<'_>, l: &Labels, y: f32) -> f32 {
    c.colour(MUTED);
    c.text(LEFT, y, 8.0, true, &l.description.to_uppercase());
    c.text(PERIOD_X, y, 8.0, true, &l.period.to_uppercase());
    // Each right-aligned column runs from the previous one's right edge (plus a gap).
    let mut left = PERIOD_X + 37.0;
    for (x, h) in [
        (QTY_R, l.qty),
        (UNIT_R, l.unit_price),
        (VAT_R, l.vat),
        (RIGHT, l.amount),
    ] {
        // At spaces only: a single word (QTÉ) stays whole.
        let mut lines: Vec<String> = Vec::new();
        for word in h.to_uppercase().split(' ') {
            match lines.last_mut() {
                Some(last)
                    if c.fonts
                        .width(c.family, &format!("{last} {word}"), 8.0, true)
                        <= x - left - 2.0 =>
                {
                    last.push(' ');
                    last.push_str(word);
                }
                _ => lines.push(word.to_owned()),
            }
        }
        for (i, line) in lines.iter().rev().enumerate() {
            c.right(x, y + i as f32 * 3.3, 8.0, true, line);
        }
        left = x;
    }
    c.rule(LEFT, RIGHT, y - 2.0, 0.8, INK);
    y - 8.0
}

/// Renders `doc` to PDF bytes (A4; the body paginated by measured height, then the QR-bill
/// page when there is one).
pub fn render(doc: &Document, fonts: &Fonts) -> Vec<u8> {
    let l = labels(doc.language);
    let lang = doc.language;
    // Amounts and dates as the app writes them in the document's language.
    let num = lang;
    let totals = doc.totals();
    let mut pdf = PdfDocument::new(&format!("{} {}", title(doc.kind, &l), doc.number));
    set_metadata(&mut pdf, doc);
    let fonts = fonts.for_document(doc);
    let regular = add_font(&mut pdf, fonts, 0);
    let bold = add_font(&mut pdf, fonts, 1);

    // Neither a credit note nor a void (cancelled) pro-forma asks for a payment.
    let credit_note = doc.kind == InvoiceKind::CreditNote || doc.cancelled;
    let new_canvas = || Canvas {
        ops: Vec::new(),
        qr: None,
        fonts,
        family: Family::Body,
        regular: regular.clone(),
        bold: bold.clone(),
    };
    // Pages are filled by measured height: a line goes to the next page when its wrapped
    // description does not fit above the footer, and the totals, VAT summary, terms and notes
    // move together to a new page when they do not fit below the last line.
    let mut pages: Vec<Vec<Op>> = Vec::new();
    let mut c = new_canvas();
    let mut y = header(&mut c, doc, &l);
    y = table_header(&mut c, &l, y);
    for line in &doc.lines {
        let desc = c.wrap(&line.description, 9.0, false, PERIOD_X - LEFT - 3.0);
        let h = (desc.len() - 1) as f32 * DESC_ADVANCE + ROW_ADVANCE;
        if y - h + ROW_ADVANCE < BOTTOM {
            pages.push(std::mem::take(&mut c.ops));
            y = header(&mut c, doc, &l);
            y = table_header(&mut c, &l, y);
        }
        c.colour(INK);
        for (i, d) in desc.iter().enumerate() {
            c.text(LEFT, y - i as f32 * DESC_ADVANCE, 9.0, false, d);
        }
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
        c.right(
            UNIT_R,
            y,
            9.0,
            false,
            &amount(doc.currency, line.unit_price, num),
        );
        c.right(VAT_R, y, 8.5, false, &rate(line.vat_rate_bp, lang));
        c.right(RIGHT, y, 9.0, false, &amount(doc.currency, line.net(), num));
        let last_baseline = y - (desc.len() - 1) as f32 * DESC_ADVANCE;
        c.rule(LEFT, RIGHT, last_baseline - 2.2, 0.3, (0.85, 0.87, 0.89));
        y -= h;
    }
    // Notes under the totals (none about paying on a credit note: nothing is to be paid).
    let mut notes = Vec::new();
    if !credit_note {
        notes.push(
            l.terms
                .replace("{days}", &doc.payment_terms_days.to_string()),
        );
        if !doc.accepted_methods.is_empty() {
            notes.push(
                l.methods
                    .replace("{methods}", &doc.accepted_methods.join(", ")),
            );
        }
    }
    if let Some(n) = &doc.corrects {
        notes.push(l.corrects.replace("{number}", n));
    }
    if doc.cancelled {
        notes.push(l.cancelled_note.to_owned());
    } else if doc.kind == InvoiceKind::ProForma {
        notes.push(l.pro_forma_note.to_owned());
    }
    // The plain IBAN only: a QR-IBAN is refused by banks for ordinary transfers.
    if let Some(iban) =
        (doc.seller.iban.as_ref()).filter(|i| !credit_note && !crate::qrbill::is_qr_iban(i))
    {
        notes.push(format!("IBAN {}", crate::qrbill::format_iban(iban)));
    }
    // EUR to the EU: an EPC QR code ("GiroCode") beside the notes, which then leave it room.
    let girocode = doc.girocode();
    let notes_w = if girocode.is_some() {
        RIGHT - LEFT - GIRO - 6.0
    } else {
        RIGHT - LEFT
    };
    let note_lines: Vec<String> = notes
        .iter()
        .flat_map(|n| c.wrap(n, 8.5, false, notes_w))
        .collect();
    let payment_rows = if credit_note { 0.0 } else { 5.5 + 6.0 };
    let totals_h = 4.0 + 5.0 * totals.vat.len() as f32 + 3.0 + 6.0 + payment_rows;
    let mut notes_h = if note_lines.is_empty() {
        0.0
    } else {
        14.0 + (note_lines.len() - 1) as f32 * 4.5
    };
    if girocode.is_some() {
        notes_h = notes_h.max(14.0 + GIRO + 1.0);
    }
    if y - totals_h - notes_h < BOTTOM {
        pages.push(std::mem::take(&mut c.ops));
        y = header(&mut c, doc, &l) + 4.0;
    }
    {
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
            money(doc.currency, totals.subtotal.amount, num),
            false,
            y,
        );
        for v in &totals.vat {
            y -= 5.0;
            let label = l
                .vat_on
                .replace("{rate}", &rate(v.rate_bp, lang))
                .replace("{base}", &amount(doc.currency, v.base.amount, num));
            row(
                &mut c,
                &label,
                money(doc.currency, v.vat.amount, num),
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
            money(doc.currency, totals.total.amount, num),
            true,
            y,
        );
        if !credit_note {
            y -= 5.5;
            row(
                &mut c,
                l.paid,
                money(doc.currency, totals.paid.amount, num),
                false,
                y,
            );
            y -= 6.0;
            row(
                &mut c,
                l.due_amount,
                money(doc.currency, totals.due.amount, num),
                true,
                y,
            );
        }
        y -= 14.0;
        if let Some(payload) = &girocode {
            let (n, dark) = crate::qrmatrix::modules(payload.as_bytes());
            pdf.resources.xobjects.map.insert(
                printpdf::XObjectId(GIRO_XOBJECT.to_owned()),
                printpdf::XObject::External(qr_form(n, &dark)),
            );
            let (gx, gy) = (RIGHT - GIRO, y + 3.0 - GIRO);
            c.place_form(GIRO_XOBJECT, GIRO / n as f32, gx, gy);
            c.colour(MUTED);
            c.right(RIGHT, gy - 3.5, 7.5, false, "GiroCode (SEPA)");
        }
        c.colour(MUTED);
        for n in &note_lines {
            c.text(LEFT, y, 8.5, false, n);
            y -= 4.5;
        }
    }
    pages.push(c.ops);
    // The QR-bill page counts: "2/2" on it.
    let page_count = pages.len() + usize::from(doc.qr_bill.is_some());
    let mut pages: Vec<PdfPage> = pages
        .into_iter()
        .enumerate()
        .map(|(i, ops)| {
            let mut c = new_canvas();
            c.ops = ops;
            c.rule(LEFT, RIGHT, 18.0, 0.3, (0.85, 0.87, 0.89));
            c.colour(MUTED);
            let page_no = format!("{}/{}", i + 1, page_count);
            let no_w = c.fonts.width(Family::Body, &page_no, 7.5, false);
            let who = c.wrap(
                &format!("{} · {}", doc.seller.name, doc.number),
                7.5,
                false,
                RIGHT - LEFT - no_w - 5.0,
            );
            // Never cut: a long seller name wraps onto a second footer line below.
            for (k, line) in who.iter().enumerate() {
                c.text(LEFT, 13.0 - 3.2 * k as f32, 7.5, false, line);
            }
            c.right(RIGHT, 13.0, 7.5, false, &page_no);
            PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), c.ops)
        })
        .collect();
    if let Some(bill) = &doc.qr_bill {
        let mut c = Canvas {
            ops: Vec::new(),
            qr: None,
            fonts,
            family: Family::Body,
            regular: regular.clone(),
            bold: bold.clone(),
        };
        c.colour(MUTED);
        // The same header as the other pages' footers, kept clear of the page number.
        let page_no = format!("{}/{}", page_count, page_count);
        let no_w = c.fonts.width(Family::Body, &page_no, 9.0, false);
        let who = c.wrap(
            &format!("{} · {}", doc.seller.name, doc.number),
            9.0,
            false,
            RIGHT - LEFT - no_w - 5.0,
        );
        for (k, line) in who.iter().enumerate() {
            c.text(
                LEFT,
                277.0 + 4.5 * (who.len() - 1 - k) as f32,
                9.0,
                false,
                line,
            );
        }
        c.right(RIGHT, 277.0, 9.0, false, &page_no);
        // The payment part in Liberation Sans, added only to documents that carry one.
        c.family = Family::Bill;
        c.regular = add_font(&mut pdf, fonts, 2);
        c.bold = add_font(&mut pdf, fonts, 3);
        payment_part(&mut c, bill, lang);
        if let Some(qr) = c.qr.take() {
            // Our own resource name (printpdf's are drawn from a process-wide counter).
            pdf.resources.xobjects.map.insert(
                printpdf::XObjectId(QR_XOBJECT.to_owned()),
                printpdf::XObject::External(qr),
            );
        }
        pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), c.ops));
    }
    let pdf = pdf.with_pages(pages);
    let mut bytes = save(pdf);
    make_reproducible(&mut bytes, doc);
    bytes
}

/// printpdf's own save deflates every stream at the best level (lopdf's `compress`), which was
/// 40 % of a render; a fast level gives files a few percent larger in a fraction of the time.
fn save(pdf: &PdfDocument) -> Vec<u8> {
    use std::io::Write;
    let opts = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut doc = printpdf::to_lopdf_doc(pdf, &opts, &mut Vec::new());
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
                continue;
            }
            // The cut-down fonts are the same bytes in every document: deflated once.
            if let Some(compressed) = cached_deflate(&stream.content) {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
                continue;
            }
            let mut enc = flate2::write::ZlibEncoder::new(
                Vec::with_capacity(stream.content.len() / 2),
                flate2::Compression::new(DEFLATE_LEVEL),
            );
            if enc.write_all(&stream.content).is_err() {
                continue;
            }
            if let Ok(compressed) = enc.finish() {
                remember_deflate(&stream.content, &compressed);
                if compressed.len() + 19 < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(compressed);
                }
            }
        }
    }
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .expect("writing to memory does not fail");
    out
}

/// A QR code as a Form XObject whose content we write ourselves: one `re` per horizontal run
/// of dark modules, in module units with integer corners, filled once; the page scales it.
/// (Through printpdf's operations the same path cost more than the rest of the page.)
fn qr_form(n: usize, dark: &[bool]) -> printpdf::ExternalXObject {
    use std::fmt::Write;
    let mut content = String::with_capacity(n * n);
    for row in 0..n {
        let y = n - 1 - row;
        let mut col = 0;
        while col < n {
            if dark[row * n + col] {
                let start = col;
                while col < n && dark[row * n + col] {
                    col += 1;
                }
                let _ = writeln!(content, "{start} {y} {} 1 re", col - start);
            } else {
                col += 1;
            }
        }
    }
    content.push_str("f\n");
    let form = |k: &str, v: printpdf::DictItem| (k.to_owned(), v);
    printpdf::ExternalXObject {
        stream: printpdf::ExternalStream {
            dict: [
                form("Type", printpdf::DictItem::Name(b"XObject".to_vec())),
                form("Subtype", printpdf::DictItem::Name(b"Form".to_vec())),
                form(
                    "BBox",
                    printpdf::DictItem::Array(vec![
                        printpdf::DictItem::Int(0),
                        printpdf::DictItem::Int(0),
                        printpdf::DictItem::Int(n as i64),
                        printpdf::DictItem::Int(n as i64),
                    ]),
                ),
            ]
            .into_iter()
            .collect(),
            content: content.into_bytes(),
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    }
}

/// Our font resource ids, also the subset tags.
const FONT_IDS: [&str; 4] = ["CMPTRA", "CMPTRB", "CMPTRC", "CMPTRD"];

/// The EPC QR code's side (mm) and resource name.
const GIRO: f32 = 28.0;
const GIRO_XOBJECT: &str = "GIROCODE";

/// The QR code's resource name.
const QR_XOBJECT: &str = "QRBILL";

/// Deflated streams of at least [`CACHED_MIN`] bytes seen before, raw and compressed: the
/// font programs, identical from one document to the next.
static DEFLATED: std::sync::Mutex<Vec<(Vec<u8>, Vec<u8>)>> = std::sync::Mutex::new(Vec::new());
const CACHED_MIN: usize = 8 * 1024;
const CACHED_MAX_ENTRIES: usize = 16;

fn cached_deflate(raw: &[u8]) -> Option<Vec<u8>> {
    if raw.len() < CACHED_MIN {
        return None;
    }
    let cache = DEFLATED.lock().ok()?;
    cache.iter().find(|(r, _)| r == raw).map(|(_, c)| c.clone())
}

fn remember_deflate(raw: &[u8], compressed: &[u8]) {
    if raw.len() < CACHED_MIN {
        return;
    }
    if let Ok(mut cache) = DEFLATED.lock() {
        if cache.len() < CACHED_MAX_ENTRIES {
            cache.push((raw.to_vec(), compressed.to_vec()));
        }
    }
}

/// zlib level for the PDF's streams (1 fastest, 9 smallest).
const DEFLATE_LEVEL: u32 = 1;

/// Font resource ids of our own: printpdf draws them from a process-wide counter, and their
/// first six letters become the subset tag, so the same document would otherwise give other
/// bytes on every render.
fn add_font(pdf: &mut PdfDocument, fonts: &Faces, face: usize) -> PdfFontHandle {
    let id = printpdf::FontId(FONT_IDS[face].to_owned());
    let font = printpdf::PdfFont::with_meta(
        fonts.0[face].clone(),
        printpdf::PrintpdfFontMeta {
            requires_subsetting: fonts.1,
            ..Default::default()
        },
    );
    pdf.resources.fonts.map.insert(id.clone(), font);
    PdfFontHandle::External(id)
}

/// Title, Author (the seller), Creator and Producer (Comptoir), and the issue date as the
/// creation and modification dates: a document rendered again is the same file.
fn set_metadata(pdf: &mut PdfDocument, doc: &Document) {
    let info = &mut pdf.metadata.info;
    info.author = doc.seller.name.clone();
    info.creator = "Comptoir".into();
    info.producer = "Comptoir".into();
    info.subject = doc.number.clone();
    let midnight = doc
        .issued_on
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc().timestamp())
        .unwrap_or(0);
    if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(midnight) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
}

/// Byte patches that keep every offset: printpdf writes an empty `/GTS_PDFXVersion()` (a PDF/X
/// claim with no version) and a random trailer `/ID`; the first is blanked, the second derived
/// from the document's number and content instead.
fn make_reproducible(bytes: &mut [u8], doc: &Document) {
    fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
        hay.windows(needle.len()).rposition(|w| w == needle)
    }
    // Both sit in the last few hundred bytes (the info dictionary and the trailer).
    let tail_start = bytes.len().saturating_sub(4096);
    let tail = &mut bytes[tail_start..];
    if let Some(i) = rfind(tail, b"/GTS_PDFXVersion()") {
        tail[i..i + 18].fill(b' ');
    }
    if let Some(i) = rfind(tail, b"/ID[(") {
        let digest = crate::sha256_hex(format!("{}|{}", doc.number, doc.issued_on).as_bytes());
        let id = digest.to_uppercase();
        let mut j = i + 5;
        // Two literal strings of 32 characters: `(...)(...)`.
        for _ in 0..2 {
            let end = j + tail[j..].iter().position(|&b| b == b')').unwrap_or(0);
            let n = end - j;
            if n > id.len() {
                break;
            }
            tail[j..end].copy_from_slice(&id.as_bytes()[..n]);
            j = end + 2;
        }
    }
}

fn mm_pt(mm: f32) -> Pt {
    Pt(mm * 72.0 / 25.4)
}

impl Canvas<'_> {
    fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: (f32, f32, f32)) {
        self.colour(colour);
        self.rect(x, y, w, h);
    }

    /// A filled rectangle in the current fill colour.
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.ops.push(Op::DrawRectangle {
            rectangle: printpdf::Rect {
                x: mm_pt(x),
                y: mm_pt(y),
                width: mm_pt(w),
                height: mm_pt(h),
                mode: Some(printpdf::PaintMode::Fill),
                winding_order: None,
            },
        });
    }
}

struct BillLabels {
    receipt: &'static str,
    payment_part: &'static str,
    account: &'static str,
    reference: &'static str,
    info: &'static str,
    payable_by: &'static str,
    currency: &'static str,
    amount: &'static str,
    acceptance: &'static str,
}

/// SIX defines the payment part in German, French, Italian and English.
fn bill_labels(lang: Lang) -> BillLabels {
    match lang {
        Lang::De => BillLabels {
            receipt: "Empfangsschein",
            payment_part: "Zahlteil",
            account: "Konto / Zahlbar an",
            reference: "Referenz",
            info: "Zusätzliche Informationen",
            payable_by: "Zahlbar durch",
            currency: "Währung",
            amount: "Betrag",
            acceptance: "Annahmestelle",
        },
        Lang::Fr => BillLabels {
            receipt: "Récépissé",
            payment_part: "Section paiement",
            account: "Compte / Payable à",
            reference: "Référence",
            info: "Informations supplémentaires",
            payable_by: "Payable par",
            currency: "Monnaie",
            amount: "Montant",
            acceptance: "Point de dépôt",
        },
        Lang::It => BillLabels {
            receipt: "Ricevuta",
            payment_part: "Sezione pagamento",
            account: "Conto / Pagabile a",
            reference: "Riferimento",
            info: "Informazioni supplementari",
            payable_by: "Pagabile da",
            currency: "Valuta",
            amount: "Importo",
            acceptance: "Punto di accettazione",
        },
        Lang::En | Lang::Es => BillLabels {
            receipt: "Receipt",
            payment_part: "Payment part",
            account: "Account / Payable to",
            reference: "Reference",
            info: "Additional information",
            payable_by: "Payable by",
            currency: "Currency",
            amount: "Amount",
            acceptance: "Acceptance point",
        },
    }
}

/// A contact's address lines; `short` keeps the name and the town only (the receipt's
/// shortened address, which the guideline allows when the full one does not fit).
fn contact_lines(c: &crate::qrbill::Contact, short: bool) -> Vec<String> {
    let a = &c.address;
    let street = format!("{} {}", a.street, a.building_number)
        .trim()
        .to_owned();
    let town = format!("{}-{} {}", a.country, a.postal_code, a.town);
    if short || street.is_empty() {
        vec![c.name.clone(), town]
    } else {
        vec![c.name.clone(), street, town]
    }
}

const PT: f32 = 25.4 / 72.0;

/// A section of the payment part: a heading and its values, wrapped to the column.
struct Block {
    heading: &'static str,
    lines: Vec<String>,
}

/// How a column of blocks is set: heading and value sizes (pt), line advance and gap (mm).
#[derive(Clone, Copy)]
struct Setting {
    heading: f32,
    value: f32,
    advance: f32,
    gap: f32,
}

impl Setting {
    fn new(heading: f32, value: f32) -> Setting {
        // The style guide's 9 pt lines for 8 pt values (11 pt for 10 pt), a value line's gap
        // between sections.
        Setting {
            heading,
            value,
            advance: value * 1.125 * PT,
            gap: value * 1.0 * PT,
        }
    }
}

impl Canvas<'_> {
    /// `s` broken into lines of at most `max` mm at `size` pt: at spaces, and inside a word
    /// only when the word alone is wider than the column. Nothing is cut.
    fn wrap(&self, s: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in s.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.fonts.width(self.family, &candidate, size, bold) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            // A word wider than the column: split it between characters.
            for ch in word.chars() {
                line.push(ch);
                if self.fonts.width(self.family, &line, size, bold) > max {
                    line.pop();
                    out.push(std::mem::take(&mut line));
                    line.push(ch);
                }
            }
        }
        if !line.is_empty() || out.is_empty() {
            out.push(line);
        }
        out
    }

    /// Each block's values wrapped to `width` at `set.value` pt, and the height they take.
    fn measure(&self, blocks: &[Block], width: f32, set: Setting) -> (Vec<Vec<String>>, f32) {
        let wrapped: Vec<Vec<String>> = blocks
            .iter()
            .map(|b| {
                b.lines
                    .iter()
                    .flat_map(|l| self.wrap(l, set.value, false, width))
                    .collect()
            })
            .collect();
        let mut h = 0.0;
        for (i, lines) in wrapped.iter().enumerate() {
            if i > 0 {
                h += set.gap;
            }
            h += set.heading * PT + lines.len() as f32 * set.advance;
        }
        // The last line's descenders.
        (wrapped, h + 0.25 * set.value * PT)
    }

    /// Draws `blocks` from `top` down (`top` is the top edge of the first heading).
    fn draw_blocks(
        &mut self,
        x: f32,
        top: f32,
        blocks: &[Block],
        wrapped: &[Vec<String>],
        set: Setting,
    ) {
        let mut y = top;
        for (i, (b, lines)) in blocks.iter().zip(wrapped).enumerate() {
            if i > 0 {
                y -= set.gap;
            }
            y -= set.heading * PT;
            self.text(x, y + 0.2 * set.heading * PT, set.heading, true, b.heading);
            for line in lines {
                y -= set.advance;
                self.text(x, y + 0.2 * set.value * PT, set.value, false, line);
            }
        }
    }

    /// The first of `variants` (each a set of blocks) and `settings` that fits `width` ×
    /// `height`, tried in order; the guideline's reductions come as later entries. When none
    /// fits, the value size keeps shrinking until the column fits: text never leaves its section.
    fn fit_blocks(
        &self,
        variants: &[Vec<Block>],
        settings: &[Setting],
        width: f32,
        height: f32,
    ) -> (usize, Vec<Vec<String>>, Setting) {
        for set in settings {
            for (v, blocks) in variants.iter().enumerate() {
                let (wrapped, h) = self.measure(blocks, width, *set);
                if h <= height {
                    return (v, wrapped, *set);
                }
            }
        }
        let last = variants.len() - 1;
        let mut set = *settings.last().expect("at least one setting");
        loop {
            set = Setting {
                heading: (set.heading * 0.95).max(4.0),
                value: set.value * 0.95,
                advance: set.advance * 0.95,
                gap: set.gap * 0.9,
            };
            let (wrapped, h) = self.measure(&variants[last], width, set);
            if h <= height || set.value < 3.0 {
                return (last, wrapped, set);
            }
        }
    }
}

impl Canvas<'_> {
    /// A scissors symbol about 5 × 3 mm centred on (`x`, `y`), blades pointing right, or down
    /// when `vertical`: two rings and two crossing blades, filled in the current colour.
    fn scissors(&mut self, x: f32, y: f32, vertical: bool) {
        let at = |px: f32, py: f32| {
            let (dx, dy) = if vertical { (py, -px) } else { (px, py) };
            LinePoint {
                p: Point::new(Mm(x + dx), Mm(y + dy)),
                bezier: false,
            }
        };
        let circle = |cx: f32, cy: f32, r: f32| PolygonRing {
            points: (0..16)
                .map(|i| {
                    let a = i as f32 * std::f32::consts::TAU / 16.0;
                    at(cx + r * a.cos(), cy + r * a.sin())
                })
                .collect(),
        };
        let mut rings = Vec::new();
        for cy in [0.85, -0.85] {
            rings.push(circle(-1.7, cy, 0.75));
            rings.push(circle(-1.7, cy, 0.42));
        }
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::EvenOdd,
            },
        });
        // Each blade runs from one ring across the centre to the opposite tip (non-zero
        // winding, so their crossing stays filled).
        let blades = [1.0f32, -1.0]
            .into_iter()
            .map(|sign| PolygonRing {
                points: vec![
                    at(-1.15, sign * 1.1),
                    at(2.7, -sign * 0.95),
                    at(2.7, -sign * 0.72),
                    at(-1.15, sign * 0.5),
                ],
            })
            .collect();
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: blades,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}

/// The payment part at the bottom of the page (SIX style guide): receipt 62 mm, payment part
/// 148 mm, 105 mm high, separated by lines. Receipt: title 7 mm, information 56 mm, amount
/// 14 mm, acceptance point 18 mm, 5 mm margins (52 mm of text). Payment part: title, the QR
/// section 51 mm wide (QR code 46 × 46 mm with the 7 mm Swiss cross), amount below it, and the
/// information column of 87 mm.
fn payment_part(c: &mut Canvas<'_>, bill: &crate::qrbill::QrBill, lang: Lang) {
    use crate::qrbill::{format_iban, format_reference, Reference};
    let l = bill_labels(lang);
    let top = 105.0;
    c.rule(0.0, PAGE_W, top, 0.5, BLACK);
    // A pure black line (the rule above set the outline colour).
    c.ops.push(Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint {
                    p: Point::new(Mm(62.0), Mm(0.0)),
                    bezier: false,
                },
                LinePoint {
                    p: Point::new(Mm(62.0), Mm(top)),
                    bezier: false,
                },
            ],
            is_closed: false,
        },
    });
    // Liberation Sans has no ✂: the scissors are drawn, on both separation lines.
    c.colour(BLACK);
    c.scissors(6.0, top, false);
    c.scissors(62.0, top - 6.0, true);
    let amount = bill.amount.map(amount_qr).unwrap_or_default();
    let reference = format_reference(&bill.reference);
    let blocks = |receipt: bool, short_debtor: bool, short_creditor: bool| -> Vec<Block> {
        let mut account = vec![format_iban(&bill.iban)];
        account.extend(contact_lines(&bill.creditor, short_creditor));
        let mut out = vec![Block {
            heading: l.account,
            lines: account,
        }];
        if bill.reference != Reference::None {
            out.push(Block {
                heading: l.reference,
                lines: vec![reference.clone()],
            });
        }
        if !receipt && !bill.message.is_empty() {
            out.push(Block {
                heading: l.info,
                lines: vec![bill.message.clone()],
            });
        }
        if let Some(d) = &bill.debtor {
            out.push(Block {
                heading: l.payable_by,
                lines: contact_lines(d, short_debtor),
            });
        }
        out
    };
    c.colour(BLACK);
    // Receipt.
    c.text(5.0, top - 5.0 - 4.0, 11.0, true, l.receipt);
    let variants = [
        blocks(true, false, false),
        blocks(true, true, false),
        blocks(true, true, true),
    ];
    let (v, wrapped, set) = c.fit_blocks(&variants, &[Setting::new(6.0, 8.0)], 52.0, 56.0);
    c.draw_blocks(5.0, top - 12.0, &variants[v], &wrapped, set);
    // Amount section (37 to 23 mm from the bottom), acceptance point below it.
    c.text(5.0, 37.0 - 6.0 * PT - 0.5, 6.0, true, l.currency);
    c.text(18.0, 37.0 - 6.0 * PT - 0.5, 6.0, true, l.amount);
    c.text(5.0, 37.0 - 6.0 * PT - 4.5, 8.0, false, bill.currency.code());
    c.text(18.0, 37.0 - 6.0 * PT - 4.5, 8.0, false, &amount);
    c.right(57.0, 20.0, 6.0, true, l.acceptance);
    // Payment part.
    c.text(67.0, top - 5.0 - 4.0, 11.0, true, l.payment_part);
    let (n, dark) = crate::qrmatrix::modules(bill.payload().as_bytes());
    let module = 46.0 / n as f32;
    let (qx, qy) = (67.0, top - 17.0 - 46.0);
    let xobject = qr_form(n, &dark);
    c.qr = Some(xobject);
    c.place_form(QR_XOBJECT, module, qx, qy);
    // Swiss cross: 7 mm, white border, black square, white cross.
    let (cx, cy) = (qx + 23.0, qy + 23.0);
    c.fill_rect(cx - 3.5, cy - 3.5, 7.0, 7.0, (1.0, 1.0, 1.0));
    c.fill_rect(cx - 3.0, cy - 3.0, 6.0, 6.0, (0.0, 0.0, 0.0));
    c.fill_rect(cx - 0.6, cy - 1.95, 1.2, 3.9, (1.0, 1.0, 1.0));
    c.fill_rect(cx - 1.95, cy - 0.6, 3.9, 1.2, (1.0, 1.0, 1.0));
    c.colour(BLACK);
    // Amount section under the QR section (37 to 15 mm from the bottom).
    c.text(67.0, 37.0 - 8.0 * PT - 0.5, 8.0, true, l.currency);
    c.text(82.0, 37.0 - 8.0 * PT - 0.5, 8.0, true, l.amount);
    c.text(
        67.0,
        37.0 - 8.0 * PT - 5.0,
        10.0,
        false,
        bill.currency.code(),
    );
    c.text(82.0, 37.0 - 8.0 * PT - 5.0, 10.0, false, &amount);
    // Information column: 87 mm from 5 mm under the top to the further-information section.
    let variants = [blocks(false, false, false)];
    let (_, wrapped, set) = c.fit_blocks(
        &variants,
        &[
            Setting::new(8.0, 10.0),
            Setting::new(8.0, 9.0),
            Setting::new(7.0, 8.0),
        ],
        87.0,
        top - 5.0 - 15.0,
    );
    c.draw_blocks(118.0, top - 5.0, &variants[0], &wrapped, set);
}

/// Amounts on a QR-bill: space-grouped thousands, point decimals (SIX).
fn amount_qr(value: Decimal) -> String {
    let s = format!("{:.2}", value.round_dp(2));
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(ch);
    }
    format!("{out}.{frac}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_per_language_exactly() {
        use comptoir_core::Currency::{CHF, EUR};
        assert_eq!(amount(CHF, dec!(1234567.5), Lang::De), "1'234'567.50");
        assert_eq!(amount(EUR, dec!(1234.5), Lang::Es), "1.234,50");
        assert_eq!(amount(CHF, dec!(1234.5), Lang::Fr), "1'234.50");
        assert_eq!(amount(EUR, dec!(-62.69), Lang::En), "−62.69");
        assert_eq!(amount(CHF, dec!(0), Lang::En), "0.00");
        assert_eq!(amount(EUR, dec!(999.995), Lang::En), "1,000.00");
        assert_eq!(money(EUR, dec!(282.39), Lang::Es), "282,39\u{a0}EUR");
        assert_eq!(
            date(
                chrono::NaiveDate::from_ymd_opt(2025, 12, 26).unwrap(),
                Lang::Es
            ),
            "26 dic 2025"
        );
    }

    #[test]
    fn rates() {
        assert_eq!(rate(810, Lang::En), "8.1\u{a0}%");
        assert_eq!(rate(810, Lang::Es), "8,1\u{a0}%");
        assert_eq!(rate(810, Lang::De), "8,1\u{a0}%");
        assert_eq!(rate(2100, Lang::Fr), "21\u{a0}%");
        assert_eq!(rate(1950, Lang::It), "19,5\u{a0}%");
    }
}
