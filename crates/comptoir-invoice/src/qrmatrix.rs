//! The QR code's modules for a QR-bill payload (EC level M, as SIX requires).
//!
//! `qrcode` picks the mask by scoring all eight with a generic penalty that took 2.5 ms per
//! invoice, most of a render. The same four ISO/IEC 18004 rules (runs of five, 2 × 2 blocks,
//! finder-like patterns, dark balance) on bit rows take microseconds per mask; the encoding,
//! error correction and the chosen mask with its format information stay `qrcode`'s.

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
    let bits = bits::encode_auto(data, EcLevel::M).expect("a QR-bill payload fits a QR code");
    let version = bits.version();
    let raw = bits.into_bytes();
    let (data, ecc) =
        ec::construct_codewords(&raw, version, EcLevel::M).expect("codewords for the payload");
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ecc);
    let n = version.width() as usize;
    // Read the unmasked symbol once; score each mask on a flat grid (format information
    // left light, as reserved), then let `qrcode` apply the chosen one with its format bits.
    let mut base = vec![false; n * n];
    let mut data_module = vec![false; n * n];
    for y in 0..n {
        for x in 0..n {
            let m = canvas.get(x as i16, y as i16);
            base[y * n + x] = m.is_dark();
            data_module[y * n + x] = matches!(m, Module::Unmasked(_));
        }
    }
    let mut grid = vec![false; n * n];
    let best = MASKS
        .iter()
        .map(|&mask| {
            for y in 0..n {
                for x in 0..n {
                    let i = y * n + x;
                    grid[i] = base[i] ^ (data_module[i] && inverts(mask, x, y));
                }
            }
            (penalty(&grid, n), mask)
        })
        .min_by_key(|(p, _)| *p)
        .map(|(_, m)| m)
        .expect("eight masks");
    canvas.apply_mask(best);
    let grid = canvas
        .into_colors()
        .into_iter()
        .map(|m| m == qrcode::Color::Dark)
        .collect();
    (n, grid)
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

/// ISO/IEC 18004 §7.8.3 penalty: N1 = 3, N2 = 3, N3 = 40, N4 = 10.
fn penalty(g: &[bool], n: usize) -> u32 {
    // Each row and column as bits, shifted by 4 so that four light modules (the quiet zone)
    // sit on either side: a QR-bill is at most version 25 (117 modules), so 125 bits fit.
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
    const CORE: u128 = 0b1011101;
    let mut p = 0u32;
    for &line in rows.iter().chain(&cols) {
        // N1: runs of five or more of one colour.
        let mut run = 1;
        let mut prev = line >> 4 & 1;
        for j in 5..n + 4 {
            let bit = line >> j & 1;
            if bit == prev {
                run += 1;
            } else {
                if run >= 5 {
                    p += 3 + (run - 5);
                }
                run = 1;
                prev = bit;
            }
        }
        if run >= 5 {
            p += 3 + (run - 5);
        }
        // N3: 1:1:3:1:1 (dark-light-dark×3-light-dark) with four light modules on a side.
        for j in 4..n + 4 - 6 {
            if line >> j & 0x7F == CORE {
                let before = line >> (j - 4) & 0xF == 0;
                let after = line >> (j + 7) & 0xF == 0;
                if before || after {
                    p += 40;
                }
            }
        }
    }
    // N2: 2 × 2 blocks of one colour: where two neighbours in a row agree, and the row below
    // has the same two.
    for y in 0..n - 1 {
        let (a, b) = (rows[y] >> 4, rows[y + 1] >> 4);
        let same = !(a ^ b) & !((a ^ (a >> 1)) | (b ^ (b >> 1)));
        p += 3 * (same & ((1u128 << (n - 1)) - 1)).count_ones();
    }
    // N4: distance of the dark share from 50 %, in steps of 5 %.
    let dark: u32 = rows.iter().map(|r| r.count_ones()).sum();
    let percent = dark as usize * 100 / (n * n);
    p += 10 * (percent.abs_diff(50) / 5) as u32;
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
        p + 10 * ((dark * 100 / (n * n)).abs_diff(50) / 5) as u32
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

    #[test]
    fn penalty_counts_runs_blocks_and_balance() {
        // All light 5 × 5: 10 runs of 5 (3 each), 16 blocks (3 each), 0 % dark (10 × 10).
        assert_eq!(penalty(&[false; 25], 5), 30 + 48 + 100);
    }
}
