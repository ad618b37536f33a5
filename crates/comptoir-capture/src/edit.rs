//! Editing a screenshot: crop, annotate (rectangles, arrows, highlighter), redact with a solid
//! fill, PNG in and out.
//!
//! A screenshot is never edited in place: the original stays as captured and the edits are a list
//! of operations rendered onto a copy, so every operation (a pre-redaction too) can be undone by
//! removing it from the list. Redactions are rendered last, whatever their place in the list, so
//! no annotation can ever paint over (and so partly reveal or tint) a redacted area: a redacted
//! rectangle holds only the fill colour in the exported PNG.

use std::io::Cursor;

use comptoir_core::{Error, ErrorCode, Result};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ImageEncoder, Rgba, RgbaImage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A rectangle in the screenshot's own pixels (physical pixels, origin top left).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Rect {
    pub fn new(x: i32, y: i32, width: u32, height: u32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    /// The part of the rectangle inside a `w`×`h` image, as `(x0, y0, x1, y1)` (exclusive end);
    /// `None` when nothing of it is inside.
    fn clip(&self, w: u32, h: u32) -> Option<(u32, u32, u32, u32)> {
        let x0 = i64::from(self.x).clamp(0, i64::from(w));
        let y0 = i64::from(self.y).clamp(0, i64::from(h));
        let x1 = (i64::from(self.x) + i64::from(self.width)).clamp(0, i64::from(w));
        let y1 = (i64::from(self.y) + i64::from(self.height)).clamp(0, i64::from(h));
        (x1 > x0 && y1 > y0).then_some((x0 as u32, y0 as u32, x1 as u32, y1 as u32))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// Why a redaction is there: drawn by the person, or put there before they saw the picture
/// because the capture showed one of Comptoir's own sensitive fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Sensitive {
    Iban,
    Card,
    Email,
    Token,
}

/// One edit of a screenshot. Colours are `[r, g, b, a]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Op {
    /// Replaces every pixel of `rect` with the opaque `fill` (never a blur: nothing of the
    /// original survives). `sensitive` is set for a pre-redaction.
    Redact {
        rect: Rect,
        fill: [u8; 3],
        sensitive: Option<Sensitive>,
    },
    /// An outlined rectangle `width` pixels thick, drawn inside `rect`.
    Rectangle {
        rect: Rect,
        color: [u8; 4],
        width: u32,
    },
    /// A straight arrow from `from` to `to` with its head at `to`.
    Arrow {
        from: Point,
        to: Point,
        color: [u8; 4],
        width: u32,
    },
    /// A semi-transparent marker: `color` blended over `rect` with its alpha.
    Highlight { rect: Rect, color: [u8; 4] },
}

/// The largest stroke accepted: beyond it an annotation hides more than it points at.
const MAX_STROKE: u32 = 64;
/// Most edits on one screenshot (a person draws tens; a crafted call sent millions).
pub const MAX_OPS: usize = 500;
/// Farthest a coordinate or size may reach (pixels, either sign): several 8K screens side by
/// side. An arrow between two far points is walked pixel by pixel; unbounded, it spun for
/// minutes.
pub const MAX_COORD: i64 = 32_768;

impl Op {
    /// Checks what the UI sent: a rectangle with an area, a stroke in 1..=64, an arrow with a
    /// length, a highlighter that lets the picture through.
    pub fn validate(&self) -> Result<()> {
        let area = |r: &Rect, field: &str| {
            if r.width == 0 || r.height == 0 {
                Err(Error::invalid(
                    field,
                    format!(
                        "a rectangle needs a width and a height (got {}×{})",
                        r.width, r.height
                    ),
                ))
            } else {
                Ok(())
            }
        };
        let stroke = |w: u32| {
            if (1..=MAX_STROKE).contains(&w) {
                Ok(())
            } else {
                Err(Error::invalid(
                    "width",
                    format!("a stroke is 1 to {MAX_STROKE} pixels wide (got {w})"),
                ))
            }
        };
        let within = |r: &Rect, field: &str| {
            let (x, y) = (i64::from(r.x), i64::from(r.y));
            let (x1, y1) = (x + i64::from(r.width), y + i64::from(r.height));
            if [x, y, x1, y1].iter().all(|v| v.abs() <= MAX_COORD) {
                Ok(())
            } else {
                Err(Error::invalid(
                    field,
                    format!(
                        "a rectangle stays within ±{MAX_COORD} pixels (got {}×{} at ({}, {}))",
                        r.width, r.height, r.x, r.y
                    ),
                ))
            }
        };
        let point = |p: &Point, field: &str| {
            if i64::from(p.x).abs() <= MAX_COORD && i64::from(p.y).abs() <= MAX_COORD {
                Ok(())
            } else {
                Err(Error::invalid(
                    field,
                    format!(
                        "a point stays within ±{MAX_COORD} pixels (got ({}, {}))",
                        p.x, p.y
                    ),
                ))
            }
        };
        match self {
            Op::Redact { rect, .. } | Op::Rectangle { rect, .. } | Op::Highlight { rect, .. } => {
                within(rect, "rect")?
            }
            Op::Arrow { from, to, .. } => {
                point(from, "from")?;
                point(to, "to")?;
            }
        }
        match self {
            Op::Redact { rect, .. } => area(rect, "rect"),
            Op::Rectangle { rect, width, .. } => {
                area(rect, "rect")?;
                stroke(*width)
            }
            Op::Arrow {
                from, to, width, ..
            } => {
                stroke(*width)?;
                if from == to {
                    return Err(Error::invalid("to", "an arrow needs two different points"));
                }
                Ok(())
            }
            Op::Highlight { rect, color } => {
                area(rect, "rect")?;
                if color[3] == 255 {
                    return Err(Error::invalid(
                        "color",
                        "a highlighter must be semi-transparent (alpha below 255); use redact to hide",
                    ));
                }
                Ok(())
            }
        }
    }
}

/// The default fill of a redaction: black.
pub const REDACT_FILL: [u8; 3] = [0, 0, 0];

/// Renders `ops` onto a copy of `original`: annotations in order, then every redaction.
pub fn render(original: &RgbaImage, ops: &[Op]) -> Result<RgbaImage> {
    if ops.len() > MAX_OPS {
        // A reason code the UI says in the reader's language (comptoir-support's list).
        return Err(Error::invalid(
            "ops",
            format!(
                "a screenshot takes at most {MAX_OPS} edits (got {})",
                ops.len()
            ),
        )
        .reason("support_too_many_edits")
        .with_param("max", MAX_OPS));
    }
    for op in ops {
        op.validate()?;
    }
    let mut img = original.clone();
    for op in ops {
        match op {
            Op::Redact { .. } => {}
            Op::Rectangle { rect, color, width } => outline(&mut img, rect, *color, *width),
            Op::Arrow {
                from,
                to,
                color,
                width,
            } => arrow(&mut img, *from, *to, *color, *width),
            Op::Highlight { rect, color } => blend_rect(&mut img, rect, *color),
        }
    }
    for op in ops {
        if let Op::Redact { rect, fill, .. } = op {
            let [r, g, b] = *fill;
            fill_rect(&mut img, rect, [r, g, b, 255]);
        }
    }
    Ok(img)
}

/// The part of `img` inside `rect` (clipped to the image); refused when nothing is inside.
pub fn crop(img: &RgbaImage, rect: &Rect) -> Result<RgbaImage> {
    let (x0, y0, x1, y1) = rect.clip(img.width(), img.height()).ok_or_else(|| {
        Error::invalid(
            "rect",
            format!(
                "the region {}×{} at ({}, {}) lies outside the {}×{} capture",
                rect.width,
                rect.height,
                rect.x,
                rect.y,
                img.width(),
                img.height()
            ),
        )
    })?;
    Ok(image::imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image())
}

/// Encodes as PNG with the fast deflate level and adaptive filtering. Measured on the app's
/// 1280×800 screenshot (release): fast+adaptive 4.1 ms, 272 KB; fast+sub 2.6 ms, 395 KB;
/// default level 47 ms, 171 KB. A capture itself takes ~18 ms, so this keeps capture + encode
/// near 1.2× the bare capture (the `capture` bench) with files a third smaller than `Sub`.
pub fn encode_png(img: &RgbaImage) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(img.as_raw().len() / 8);
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Adaptive)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|e| Error::new(ErrorCode::Internal, format!("PNG encoding failed: {e}")))?;
    Ok(out)
}

/// Decodes a PNG (a saved screenshot, a test's read-back) into RGBA.
pub fn decode_png(bytes: &[u8]) -> Result<RgbaImage> {
    image::ImageReader::with_format(Cursor::new(bytes), image::ImageFormat::Png)
        .decode()
        .map(|i| i.to_rgba8())
        .map_err(|e| Error::invalid("png", format!("not a readable PNG: {e}")))
}

fn fill_rect(img: &mut RgbaImage, rect: &Rect, color: [u8; 4]) {
    if let Some((x0, y0, x1, y1)) = rect.clip(img.width(), img.height()) {
        for y in y0..y1 {
            for x in x0..x1 {
                img.put_pixel(x, y, Rgba(color));
            }
        }
    }
}

/// `color` over the pixel with its alpha (source-over on an opaque picture).
fn blend(px: &mut Rgba<u8>, color: [u8; 4]) {
    let a = u32::from(color[3]);
    for (under, over) in px.0.iter_mut().zip(color).take(3) {
        *under = ((u32::from(over) * a + u32::from(*under) * (255 - a) + 127) / 255) as u8;
    }
    px.0[3] = 255;
}

fn blend_rect(img: &mut RgbaImage, rect: &Rect, color: [u8; 4]) {
    if let Some((x0, y0, x1, y1)) = rect.clip(img.width(), img.height()) {
        for y in y0..y1 {
            for x in x0..x1 {
                blend(img.get_pixel_mut(x, y), color);
            }
        }
    }
}

fn outline(img: &mut RgbaImage, r: &Rect, color: [u8; 4], width: u32) {
    let w = width.min(r.width).min(r.height);
    let band = |x, y, bw, bh| Rect::new(x, y, bw, bh);
    let right = r.x + r.width as i32 - w as i32;
    let bottom = r.y + r.height as i32 - w as i32;
    for side in [
        band(r.x, r.y, r.width, w),
        band(r.x, bottom, r.width, w),
        band(r.x, r.y, w, r.height),
        band(right, r.y, w, r.height),
    ] {
        paint_rect(img, &side, color);
    }
}

/// Opaque colours replace, translucent ones blend.
fn paint_rect(img: &mut RgbaImage, rect: &Rect, color: [u8; 4]) {
    if color[3] == 255 {
        fill_rect(img, rect, color)
    } else {
        blend_rect(img, rect, color)
    }
}

/// A thick line: a square of side `width` stamped at every pixel step along the segment.
fn line(img: &mut RgbaImage, a: (f64, f64), b: (f64, f64), color: [u8; 4], width: u32) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let steps = dx.abs().max(dy.abs()).ceil().max(1.0) as u32;
    let half = f64::from(width) / 2.0;
    // Each pixel painted once, even where stamps overlap (matters for translucent colours).
    let mut seen = std::collections::HashSet::new();
    for i in 0..=steps {
        let t = f64::from(i) / f64::from(steps);
        let (cx, cy) = (a.0 + dx * t, a.1 + dy * t);
        let (x0, y0) = ((cx - half).round() as i32, (cy - half).round() as i32);
        for y in y0..y0 + width as i32 {
            for x in x0..x0 + width as i32 {
                if x >= 0
                    && y >= 0
                    && (x as u32) < img.width()
                    && (y as u32) < img.height()
                    && seen.insert((x, y))
                {
                    let px = img.get_pixel_mut(x as u32, y as u32);
                    if color[3] == 255 {
                        *px = Rgba(color);
                    } else {
                        blend(px, color);
                    }
                }
            }
        }
    }
}

fn arrow(img: &mut RgbaImage, from: Point, to: Point, color: [u8; 4], width: u32) {
    let a = (f64::from(from.x), f64::from(from.y));
    let b = (f64::from(to.x), f64::from(to.y));
    line(img, a, b, color, width);
    // Two barbs at ±28° from the shaft, long enough to read at any stroke.
    let angle = (a.1 - b.1).atan2(a.0 - b.0);
    let len = 10.0 + 4.0 * f64::from(width);
    for turn in [-0.5_f64, 0.5] {
        let th = angle + turn;
        line(
            img,
            b,
            (b.0 + len * th.cos(), b.1 + len * th.sin()),
            color,
            width,
        );
    }
}

/// A field the UI knows to be sensitive, as the web view lays it out: CSS pixels from the
/// top left of the window's content (`getBoundingClientRect`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SensitiveBox {
    pub kind: Sensitive,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// A candidate by content: the text shown there (a text node, an input's value). Kept only
    /// when the redactor flags it, with the kind of what it found; `None`: a field marked
    /// sensitive, always kept.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The kind a pre-redaction of `text` carries: what the redactor finds first in it (e-mail
/// addresses included), or `None` when it finds nothing.
pub fn flagged(text: &str) -> Option<Sensitive> {
    use comptoir_support::RedactionKind as K;
    comptoir_support::find(text, true)
        .first()
        .map(|f| match f.kind {
            K::Iban => Sensitive::Iban,
            K::Card => Sensitive::Card,
            K::Email => Sensitive::Email,
            _ => Sensitive::Token,
        })
}

/// Most text of content candidates in one capture (what a window shows is far less).
pub const MAX_CANDIDATE_TEXT: usize = 4 * 1024 * 1024;

/// Where the window's content sat when the capture was taken: its top left on the virtual
/// desktop (physical pixels) and its scale (device pixels per CSS pixel).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowPlacement {
    pub x: i32,
    pub y: i32,
    pub scale: f64,
}

/// Margin added around a sensitive field, so anti-aliased edges of its text go too.
const PRE_REDACT_MARGIN: f64 = 2.0;
/// Most fields and content candidates in one capture (the UI sends what is on screen).
pub const MAX_SENSITIVE: usize = 5_000;

/// The pre-redactions of a capture whose top left is `origin` on the virtual desktop and whose
/// size is `size`: each box to physical pixels (× scale + window position − capture origin),
/// widened by a margin, clipped to the picture; boxes wholly outside are left out.
pub fn pre_redactions(
    boxes: &[SensitiveBox],
    window: WindowPlacement,
    origin: (i32, i32),
    size: (u32, u32),
) -> Result<Vec<Op>> {
    if boxes.len() > MAX_SENSITIVE {
        return Err(Error::invalid(
            "sensitive",
            format!("at most {MAX_SENSITIVE} sensitive fields per capture"),
        ));
    }
    if !(window.scale.is_finite() && window.scale > 0.0) {
        return Err(Error::invalid("scale", "the window scale must be positive"));
    }
    let text: usize = boxes
        .iter()
        .filter_map(|b| b.text.as_ref())
        .map(String::len)
        .sum();
    if text > MAX_CANDIDATE_TEXT {
        return Err(Error::invalid(
            "sensitive",
            format!("at most {MAX_CANDIDATE_TEXT} bytes of on-screen text per capture"),
        ));
    }
    let mut ops = Vec::new();
    for b in boxes {
        if ![b.x, b.y, b.width, b.height].iter().all(|v| v.is_finite())
            || b.width <= 0.0
            || b.height <= 0.0
        {
            continue;
        }
        let kind = match &b.text {
            None => b.kind,
            Some(t) => match flagged(t) {
                Some(k) => k,
                None => continue,
            },
        };
        let s = window.scale;
        let x0 = (b.x * s - PRE_REDACT_MARGIN).floor() as i64 + i64::from(window.x)
            - i64::from(origin.0);
        let y0 = (b.y * s - PRE_REDACT_MARGIN).floor() as i64 + i64::from(window.y)
            - i64::from(origin.1);
        let x1 = ((b.x + b.width) * s + PRE_REDACT_MARGIN).ceil() as i64 + i64::from(window.x)
            - i64::from(origin.0);
        let y1 = ((b.y + b.height) * s + PRE_REDACT_MARGIN).ceil() as i64 + i64::from(window.y)
            - i64::from(origin.1);
        let (x0, y0) = (x0.max(0), y0.max(0));
        let (x1, y1) = (x1.min(i64::from(size.0)), y1.min(i64::from(size.1)));
        if x1 <= x0 || y1 <= y0 {
            continue;
        }
        ops.push(Op::Redact {
            rect: Rect::new(x0 as i32, y0 as i32, (x1 - x0) as u32, (y1 - y0) as u32),
            fill: REDACT_FILL,
            sensitive: Some(kind),
        });
    }
    Ok(ops)
}

/// The redactions of a picture cropped to `region`: moved into the crop's coordinates and
/// clipped to it; those wholly outside are dropped.
pub fn redactions_in(ops: &[Op], region: &Rect) -> Vec<Op> {
    ops.iter()
        .filter_map(|op| match op {
            Op::Redact {
                rect,
                fill,
                sensitive,
            } => {
                let moved = Rect::new(
                    rect.x - region.x,
                    rect.y - region.y,
                    rect.width,
                    rect.height,
                );
                let (x0, y0, x1, y1) = moved.clip(region.width, region.height)?;
                Some(Op::Redact {
                    rect: Rect::new(x0 as i32, y0 as i32, x1 - x0, y1 - y0),
                    fill: *fill,
                    sensitive: *sensitive,
                })
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canvas() -> RgbaImage {
        // A gradient, so any leak of the original under a fill shows.
        RgbaImage::from_fn(200, 120, |x, y| Rgba([x as u8, y as u8, 200, 255]))
    }

    fn redact(x: i32, y: i32, w: u32, h: u32) -> Op {
        Op::Redact {
            rect: Rect::new(x, y, w, h),
            fill: REDACT_FILL,
            sensitive: None,
        }
    }

    #[test]
    fn redaction_replaces_every_pixel_and_nothing_outside() {
        let img = canvas();
        let out = render(&img, &[redact(10, 20, 30, 40)]).unwrap();
        for (x, y, px) in out.enumerate_pixels() {
            let inside = (10..40).contains(&x) && (20..60).contains(&y);
            if inside {
                assert_eq!(px.0, [0, 0, 0, 255], "({x},{y})");
            } else {
                assert_eq!(px, img.get_pixel(x, y), "({x},{y}) changed");
            }
        }
    }

    #[test]
    fn annotations_never_paint_over_a_redaction_whatever_the_order() {
        let img = canvas();
        let ops = [
            redact(50, 50, 40, 40),
            Op::Highlight {
                rect: Rect::new(40, 40, 80, 80),
                color: [255, 255, 0, 100],
            },
            Op::Arrow {
                from: Point { x: 0, y: 0 },
                to: Point { x: 70, y: 70 },
                color: [255, 0, 0, 255],
                width: 6,
            },
        ];
        let out = render(&img, &ops).unwrap();
        for y in 50..90 {
            for x in 50..90 {
                assert_eq!(out.get_pixel(x, y).0, [0, 0, 0, 255]);
            }
        }
        // The highlight did change what is around the redaction.
        assert_ne!(out.get_pixel(45, 45), img.get_pixel(45, 45));
    }

    #[test]
    fn undoing_an_operation_is_rendering_without_it() {
        let img = canvas();
        let a = redact(0, 0, 10, 10);
        let b = Op::Rectangle {
            rect: Rect::new(100, 50, 40, 30),
            color: [255, 0, 0, 255],
            width: 3,
        };
        let both = render(&img, &[a, b.clone()]).unwrap();
        let only_b = render(&img, std::slice::from_ref(&b)).unwrap();
        assert_ne!(both, only_b);
        assert_eq!(only_b.get_pixel(5, 5), img.get_pixel(5, 5));
        assert_eq!(only_b.get_pixel(101, 60).0, [255, 0, 0, 255]);
        // Inside the outline the picture is untouched.
        assert_eq!(only_b.get_pixel(120, 65), img.get_pixel(120, 65));
        assert_eq!(render(&img, &[]).unwrap(), img);
    }

    #[test]
    fn highlight_blends_instead_of_hiding() {
        let img = RgbaImage::from_pixel(20, 20, Rgba([0, 0, 255, 255]));
        let out = render(
            &img,
            &[Op::Highlight {
                rect: Rect::new(0, 0, 10, 10),
                color: [255, 255, 0, 102],
            }],
        )
        .unwrap();
        // 40 % yellow over blue.
        assert_eq!(out.get_pixel(5, 5).0, [102, 102, 153, 255]);
        assert_eq!(out.get_pixel(15, 15).0, [0, 0, 255, 255]);
    }

    #[test]
    fn edits_are_bounded_in_number_and_reach() {
        let img = RgbaImage::from_pixel(100, 100, Rgba([255, 255, 255, 255]));
        let far = Op::Arrow {
            from: Point {
                x: i32::MIN,
                y: i32::MIN,
            },
            to: Point {
                x: i32::MAX,
                y: i32::MAX,
            },
            color: [255, 0, 0, 255],
            width: 64,
        };
        // Before the bound this walked 4 billion steps of a 64×64 stamp.
        let t = std::time::Instant::now();
        let e = render(&img, &[far]).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("from"));
        assert!(t.elapsed() < std::time::Duration::from_secs(1));
        let wide = Op::Redact {
            rect: Rect::new(-5, 0, u32::MAX, 10),
            fill: REDACT_FILL,
            sensitive: None,
        };
        assert_eq!(
            render(&img, &[wide]).unwrap_err().field.as_deref(),
            Some("rect")
        );
        let one = Op::Redact {
            rect: Rect::new(1, 1, 5, 5),
            fill: REDACT_FILL,
            sensitive: None,
        };
        let many = vec![one.clone(); MAX_OPS + 1];
        let e = render(&img, &many).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("ops"));
        let p = e.params.unwrap();
        assert_eq!(p["reason"], "support_too_many_edits");
        assert_eq!(p["max"], MAX_OPS.to_string());
        // At the bound, still drawn.
        assert!(render(&img, &many[..MAX_OPS]).is_ok());
    }

    #[test]
    fn arrow_draws_shaft_and_head() {
        let img = RgbaImage::from_pixel(100, 100, Rgba([255, 255, 255, 255]));
        let out = render(
            &img,
            &[Op::Arrow {
                from: Point { x: 10, y: 50 },
                to: Point { x: 90, y: 50 },
                color: [255, 0, 0, 255],
                width: 2,
            }],
        )
        .unwrap();
        assert_eq!(out.get_pixel(50, 50).0, [255, 0, 0, 255]);
        // A barb goes back and up/down from the tip.
        let barb = (70..90).any(|x| (35..45).any(|y| out.get_pixel(x, y).0 == [255, 0, 0, 255]));
        assert!(barb, "no arrow head");
        assert_eq!(out.get_pixel(50, 20).0, [255, 255, 255, 255]);
    }

    #[test]
    fn bad_operations_name_the_field() {
        let img = canvas();
        let e = render(&img, &[redact(0, 0, 0, 5)]).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("rect"));
        let e = render(
            &img,
            &[Op::Highlight {
                rect: Rect::new(0, 0, 5, 5),
                color: [1, 2, 3, 255],
            }],
        )
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("color"));
        let e = render(
            &img,
            &[Op::Rectangle {
                rect: Rect::new(0, 0, 5, 5),
                color: [1, 2, 3, 255],
                width: 0,
            }],
        )
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("width"));
    }

    /// Third review: only fields marked `data-sensitive` were pre-redacted; an e-mail typed in
    /// the composer or shown in a user list was not. Texts on screen are candidates now: those
    /// the redactor flags are pre-redacted with the kind it found, the others are left.
    #[test]
    fn on_screen_texts_the_redactor_flags_are_pre_redacted() {
        let at = |x: f64, text: &str| SensitiveBox {
            kind: Sensitive::Token,
            x,
            y: 10.0,
            width: 40.0,
            height: 12.0,
            text: Some(text.to_owned()),
        };
        let boxes = [
            at(0.0, "anna.meier@example.ch"),
            at(50.0, "Anna Meier"),
            at(100.0, "The mailbox of bob@acme.ch bounces since Monday"),
            at(150.0, "CH93 0076 2011 6238 5295 7"),
            at(200.0, "Order 2026-0042"),
            at(250.0, "token=AbC123xyz9"),
        ];
        let win = WindowPlacement {
            x: 0,
            y: 0,
            scale: 1.0,
        };
        let ops = pre_redactions(&boxes, win, (0, 0), (400, 100)).unwrap();
        let kinds: Vec<(i32, Sensitive)> = ops
            .iter()
            .map(|o| match o {
                Op::Redact {
                    rect,
                    sensitive: Some(k),
                    ..
                } => (rect.x, *k),
                _ => panic!("{o:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                (0, Sensitive::Email),
                (98, Sensitive::Email),
                (148, Sensitive::Iban),
                (248, Sensitive::Token)
            ]
        );
        // Each kept box covers its element (the margin around it).
        for (op, b) in ops.iter().zip([&boxes[0], &boxes[2], &boxes[3], &boxes[5]]) {
            let Op::Redact { rect, .. } = op else {
                unreachable!()
            };
            assert!(f64::from(rect.x) <= b.x && f64::from(rect.y) <= b.y);
            assert!(f64::from(rect.x) + f64::from(rect.width) >= b.x + b.width);
            assert!(f64::from(rect.y) + f64::from(rect.height) >= b.y + b.height);
        }
        let huge = vec![at(0.0, &"x".repeat(MAX_CANDIDATE_TEXT / 2 + 1)); 2];
        assert!(pre_redactions(&huge, win, (0, 0), (10, 10)).is_err());
    }

    #[test]
    fn crop_clips_to_the_picture_and_refuses_outside() {
        let img = canvas();
        let c = crop(&img, &Rect::new(190, 100, 50, 50)).unwrap();
        assert_eq!((c.width(), c.height()), (10, 20));
        assert_eq!(c.get_pixel(0, 0), img.get_pixel(190, 100));
        let e = crop(&img, &Rect::new(300, 0, 5, 5)).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("rect"));
    }

    #[test]
    fn sensitive_fields_become_redactions_in_capture_pixels() {
        let boxes = [
            SensitiveBox {
                kind: Sensitive::Iban,
                x: 10.0,
                y: 20.0,
                width: 100.5,
                height: 15.0,
                text: None,
            },
            // Off the captured monitor: left out.
            SensitiveBox {
                kind: Sensitive::Email,
                x: 5000.0,
                y: 0.0,
                width: 10.0,
                height: 10.0,
                text: None,
            },
        ];
        // A window at (300, 200) on a monitor whose top left is (0, 0), scale 2.
        let win = WindowPlacement {
            x: 300,
            y: 200,
            scale: 2.0,
        };
        let ops = pre_redactions(&boxes, win, (0, 0), (1920, 1080)).unwrap();
        assert_eq!(
            ops,
            vec![Op::Redact {
                rect: Rect::new(318, 238, 205, 34),
                fill: REDACT_FILL,
                sensitive: Some(Sensitive::Iban),
            }]
        );
        // The same on a second monitor whose origin is the window's.
        let ops = pre_redactions(&boxes[..1], win, (300, 200), (800, 600)).unwrap();
        assert!(matches!(ops[0], Op::Redact { rect, .. } if rect == Rect::new(18, 38, 205, 34)));
        // A crop keeps the part inside, moved.
        let cropped = redactions_in(&ops, &Rect::new(100, 40, 50, 50));
        assert!(matches!(cropped[0], Op::Redact { rect, .. } if rect == Rect::new(0, 0, 50, 32)));
        assert!(redactions_in(&ops, &Rect::new(400, 400, 10, 10)).is_empty());
        let many = vec![boxes[0].clone(); MAX_SENSITIVE + 1];
        assert_eq!(
            pre_redactions(&many, win, (0, 0), (10, 10))
                .unwrap_err()
                .field
                .as_deref(),
            Some("sensitive")
        );
    }

    #[test]
    fn png_round_trip_is_lossless() {
        let img = canvas();
        let png = encode_png(&img).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        assert_eq!(decode_png(&png).unwrap(), img);
        assert_eq!(
            decode_png(b"nope").unwrap_err().field.as_deref(),
            Some("png")
        );
    }
}
