//! The QR code's modules for a QR-bill payload (EC level M, as SIX requires).
//!
//! `qrcode` picks the mask by scoring all eight with a generic penalty that took 2.5 ms per
//! invoice, most of a render. The same four ISO/IEC 18004 rules (runs of five, 2 × 2 blocks,
//! finder-like patterns, dark balance) on bit rows take microseconds per mask; the encoding,
//! error correction and the chosen mask with its format information stay `qrcode`'s.
//! Each rule counts a whole row or column at once (issue 12: module by module, the eight
//! masks were still ~1 ms of a 3.5 ms invoice).

use qrcode::canvas::{Canvas, MaskPattern, Module};
use qrcode::{bits, ec, EcLevel};

const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The module grid (row-major, `true` = dark) and its width, mask chosen by lowest penalty.
pub(crate) fn modules(data: &[u8]) -> (usize, Vec<bool>) {
    let (mut canvas, n) = unmasked(data);
    let best = best_mask(n, |x, y| read(&canvas, x, y));
    canvas.apply_mask(best);
    let grid = canvas
        .into_colors()
        .into_iter()
        .map(|m| m == qrcode::Color::Dark)
        .collect();
    (n, grid)
}

/// The symbol before masking (format information left light, as reserved) and its width.
fn unmasked(data: &[u8]) -> (Canvas, usize) {
    let bits = bits::encode_auto(data, EcLevel::M).expect("a QR-bill payload fits a QR code");
    let version = bits.version();
    let raw = bits.into_bytes();
    let (data, ecc) =
        ec::construct_codewords(&raw, version, EcLevel::M).expect("codewords for the payload");
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ecc);
    (canvas, version.width() as usize)
}

/// A module of the unmasked symbol: whether it is dark, and whether a mask may invert it.
fn read(canvas: &Canvas, x: usize, y: usize) -> (bool, bool) {
    let m = canvas.get(x as i16, y as i16);
    (m.is_dark(), matches!(m, Module::Unmasked(_)))
}

/// Whether `mask` inverts the module in column `x`, row `y` (ISO/IEC 18004 table 10).
fn inverts(mask: MaskPattern, x: usize, y: usize) -> bool {
    match mask {
        MaskPattern::Checkerboard => (x + y).is_multiple_of(2),
        MaskPattern::HorizontalLines => y.is_multiple_of(2),
        MaskPattern::VerticalLines => x.is_multiple_of(3),
        MaskPattern::DiagonalLines => (x + y).is_multiple_of(3),
        MaskPattern::LargeCheckerboard => (y / 2 + x / 3).is_multiple_of(2),
        MaskPattern::Fields => (x * y) % 2 + (x * y) % 3 == 0,
        MaskPattern::Diamonds => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        MaskPattern::Meadow => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    }
}

/// The mask of lowest penalty for a symbol of width `n`, given each module of the unmasked
/// symbol: whether it is dark, and whether it is a data module (the only ones a mask inverts).
/// The symbol is read once, as bit rows and columns; a mask is then a few operations per line,
/// since every mask pattern repeats every 6 columns and every 12 rows.
fn best_mask(n: usize, module: impl Fn(usize, usize) -> (bool, bool)) -> MaskPattern {
    assert!(n + 8 <= 128, "QR-bill codes are at most version 25");
    let (mut dark_rows, mut dark_cols) = (vec![0u128; n], vec![0u128; n]);
    let (mut data_rows, mut data_cols) = (vec![0u128; n], vec![0u128; n]);
    for y in 0..n {
        for x in 0..n {
            let (dark, data) = module(x, y);
            if dark {
                dark_rows[y] |= 1 << (x + 4);
                dark_cols[x] |= 1 << (y + 4);
            }
            if data {
                data_rows[y] |= 1 << (x + 4);
                data_cols[x] |= 1 << (y + 4);
            }
        }
    }
    let (mut rows, mut cols) = (vec![0u128; n], vec![0u128; n]);
    MASKS
        .iter()
        .map(|&mask| {
            let line = |fixed: usize, along_x: bool| {
                (0..n)
                    .filter(|&i| {
                        if along_x {
                            inverts(mask, i, fixed)
                        } else {
                            inverts(mask, fixed, i)
                        }
                    })
                    .fold(0u128, |bits, i| bits | 1 << (i + 4))
            };
            let row_pattern: [u128; 12] = std::array::from_fn(|y| line(y, true));
            let col_pattern: [u128; 6] = std::array::from_fn(|x| line(x, false));
            for y in 0..n {
                rows[y] = dark_rows[y] ^ (data_rows[y] & row_pattern[y % 12]);
            }
            for x in 0..n {
                cols[x] = dark_cols[x] ^ (data_cols[x] & col_pattern[x % 6]);
            }
            (penalty_of_lines(&rows, &cols, n), mask)
        })
        .min_by_key(|(p, _)| *p)
        .map(|(_, m)| m)
        .expect("eight masks")
}

/// ISO/IEC 18004 §7.8.3 penalty of a grid (row-major, `true` = dark).
#[cfg(test)]
fn penalty(g: &[bool], n: usize) -> u32 {
    assert!(n + 8 <= 128, "QR-bill codes are at most version 25");
    let mut rows = vec![0u128; n];
    let mut cols = vec![0u128; n];
    for y in 0..n {
        for x in 0..n {
            if g[y * n + x] {
                rows[y] |= 1 << (x + 4);
                cols[x] |= 1 << (y + 4);
            }
        }
    }
    penalty_of_lines(&rows, &cols, n)
}

/// ISO/IEC 18004 §7.8.3 penalty (N1 = 3, N2 = 3, N3 = 40, N4 = 10) of a symbol given as its rows
/// and columns, each as bits shifted by 4 so that four light modules (the quiet zone) sit on
/// either side: a QR-bill is at most version 25 (117 modules), so 125 bits fit. Every rule is
/// counted on whole lines at once (bit-parallel), not module by module.
fn penalty_of_lines(rows: &[u128], cols: &[u128], n: usize) -> u32 {
    const CORE: u128 = 0b1011101;
    let symbol = ((1u128 << n) - 1) << 4;
    // Where the 1:1:3:1:1 pattern may start: inside the symbol, seven modules from its end.
    let starts = if n > 6 {
        ((1u128 << (n - 6)) - 1) << 4
    } else {
        0
    };
    let mut p = 0u32;
    for &line in rows.iter().chain(cols) {
        // N1: runs of five or more of one colour, 3 + (length - 5) each: a run of length L holds
        // L - 4 windows of five, so the penalty is the windows plus 2 per run.
        for same in [line & symbol, !line & symbol] {
            let five = same & same >> 1 & same >> 2 & same >> 3 & same >> 4;
            p += five.count_ones() + 2 * (five & !(five << 1)).count_ones();
        }
        // N3: dark-light-dark×3-light-dark with four light modules before or after it.
        let mut core = !0u128;
        for k in 0..7 {
            core &= if CORE >> k & 1 == 1 {
                line >> k
            } else {
                !(line >> k)
            };
        }
        let light = !line;
        let four = light & light >> 1 & light >> 2 & light >> 3;
        p += 40 * (core & starts & (four << 4 | four >> 7)).count_ones();
    }
    // N2: 2 × 2 blocks of one colour: where two neighbours in a row agree, and the row below
    // has the same two.
    for y in 0..n - 1 {
        let (a, b) = (rows[y] >> 4, rows[y + 1] >> 4);
        let same = !(a ^ b) & !((a ^ (a >> 1)) | (b ^ (b >> 1)));
        p += 3 * (same & ((1u128 << (n - 1)) - 1)).count_ones();
    }
    // N4: distance of the dark share from 50 %, in whole steps of 5 % (45.5 % dark is 4.5 %
    // away: no step; rounding the share down first made it one).
    let dark: u32 = rows.iter().map(|r| r.count_ones()).sum();
    p += 10 * ((dark as usize * 100).abs_diff(50 * n * n) / (5 * n * n)) as u32;
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_modules_as_qrcode_for_the_chosen_mask_size() {
        let payload = "SPC\r\n0200\r\n1\r\nCH4431999123000889012\r\nS\r\nHelvetia Hosting SA";
        let (n, grid) = modules(payload.as_bytes());
        let reference = qrcode::QrCode::with_error_correction_level(payload, EcLevel::M).unwrap();
        assert_eq!(n, reference.width());
        assert_eq!(grid.len(), n * n);
        // Finder patterns do not depend on the mask.
        for (x, y) in [(0, 0), (6, 0), (0, 6), (n - 1, 0), (0, n - 1), (3, 3)] {
            assert!(grid[y * n + x], "finder module ({x}, {y}) is dark");
        }
    }

    /// The rules written out plainly, to check the bit version against.
    fn plain(g: &[bool], n: usize) -> u32 {
        let at = |h: bool, i: usize, j: isize| -> bool {
            if j < 0 || j >= n as isize {
                return false;
            }
            let j = j as usize;
            if h {
                g[i * n + j]
            } else {
                g[j * n + i]
            }
        };
        let mut p = 0;
        for h in [true, false] {
            for i in 0..n {
                let mut run = 1;
                for j in 1..n as isize {
                    if at(h, i, j) == at(h, i, j - 1) {
                        run += 1;
                    } else {
                        p += if run >= 5 { 3 + run - 5 } else { 0 };
                        run = 1;
                    }
                }
                p += if run >= 5 { 3 + run - 5 } else { 0 };
                for j in 0..n as isize - 6 {
                    let core = [true, false, true, true, true, false, true];
                    if (0..7).all(|k| at(h, i, j + k) == core[k as usize]) {
                        let light = |from: isize| (0..4).all(|k| !at(h, i, from + k));
                        if light(j - 4) || light(j + 7) {
                            p += 40;
                        }
                    }
                }
            }
        }
        for y in 0..n - 1 {
            for x in 0..n - 1 {
                let c = g[y * n + x];
                if g[y * n + x + 1] == c && g[(y + 1) * n + x] == c && g[(y + 1) * n + x + 1] == c {
                    p += 3;
                }
            }
        }
        let dark = g.iter().filter(|&&d| d).count();
        p + 10 * ((dark * 100).abs_diff(50 * n * n) / (5 * n * n)) as u32
    }

    #[test]
    fn bit_penalty_equals_the_plain_rules() {
        let payload = "SPC\r\n0200\r\n1\r\nCH4431999123000889012\r\nS\r\nAtelier";
        let (n, grid) = modules(payload.as_bytes());
        assert_eq!(penalty(&grid, n), plain(&grid, n));
        // And on a pseudo-random grid.
        let mut x = 12345u32;
        let noise: Vec<bool> = (0..41 * 41)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                x >> 16 & 1 == 1
            })
            .collect();
        assert_eq!(penalty(&noise, 41), plain(&noise, 41));
    }

    /// Pseudo-random grids of every QR-bill width.
    #[test]
    fn bit_penalty_equals_the_plain_rules_at_every_width() {
        let mut x = 0x2545_f491_u32;
        for n in (21..=117).step_by(4) {
            for _ in 0..3 {
                let noise: Vec<bool> = (0..n * n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x & 3 != 0
                    })
                    .collect();
                assert_eq!(penalty(&noise, n), plain(&noise, n), "width {n}");
            }
        }
    }

    #[test]
    fn every_mask_repeats_every_6_columns_and_12_rows() {
        for mask in MASKS {
            for y in 0..125 {
                for x in 0..125 {
                    assert_eq!(
                        inverts(mask, x, y),
                        inverts(mask, x % 6, y % 12),
                        "{mask:?}"
                    );
                }
            }
        }
    }

    /// The mask chosen from bit lines is the one the plain rules score lowest, masking the
    /// symbol module by module (payloads of several lengths, so several versions).
    #[test]
    fn the_chosen_mask_scores_lowest_by_the_plain_rules() {
        for len in [40, 120, 250, 400, 600, 900] {
            let payload: String = (0..len)
                .map(|i| (b'A' + (i * 7 % 26) as u8) as char)
                .collect();
            let (canvas, n) = unmasked(payload.as_bytes());
            let expected = MASKS
                .iter()
                .map(|&mask| {
                    let mut grid = vec![false; n * n];
                    for y in 0..n {
                        for x in 0..n {
                            let (dark, data) = read(&canvas, x, y);
                            grid[y * n + x] = dark ^ (data && inverts(mask, x, y));
                        }
                    }
                    (plain(&grid, n), mask)
                })
                .min_by_key(|(p, _)| *p)
                .map(|(_, m)| m)
                .unwrap();
            let chosen = best_mask(n, |x, y| read(&canvas, x, y));
            assert_eq!(
                format!("{chosen:?}"),
                format!("{expected:?}"),
                "payload of {len}"
            );
        }
    }

    /// N4 counts whole 5 % steps of the exact dark share: 45.5 % is less than one step away,
    /// 44 % one step.
    #[test]
    fn a_dark_share_just_under_half_is_not_a_step_away() {
        // 20 × 20 modules: a checkerboard (no runs of five, no 2 × 2 block, no finder-like
        // pattern) with some dark modules made light, far apart, so that only the dark share
        // counts.
        let n = 20;
        let grid = |lighten: usize| {
            let mut g: Vec<bool> = (0..n * n).map(|i| (i / n + i % n) % 2 == 0).collect();
            // Dark modules four rows and four columns apart: each leaves runs of three.
            for k in 0..lighten {
                let (y, x) = (4 * (k / 5), 4 * (k % 5));
                assert!(g[y * n + x]);
                g[y * n + x] = false;
            }
            g
        };
        let g = grid(18);
        assert_eq!(g.iter().filter(|&&d| d).count(), 182, "45.5 % dark");
        assert_eq!(plain(&g, n), 0);
        assert_eq!(penalty(&g, n), 0);
        let g = grid(24);
        assert_eq!(g.iter().filter(|&&d| d).count(), 176, "44 % dark");
        assert_eq!(plain(&g, n), 10);
        assert_eq!(penalty(&g, n), 10);
    }

    #[test]
    fn penalty_counts_runs_blocks_and_balance() {
        // All light 5 × 5: 10 runs of 5 (3 each), 16 blocks (3 each), 0 % dark (10 × 10).
        assert_eq!(penalty(&[false; 25], 5), 30 + 48 + 100);
    }
}
