//! Page 1 of every form in both languages, rendered to a grey PNG by
//! `pdftoppm` and compared with the reference in `tests/ref/`.
//! `SNAPSHOTS=overwrite cargo test --test suite visual` accepts new pages; a
//! mismatch leaves the new page beside its reference as `*.new.png` for a
//! person to look at.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const DPI: &str = "40";

/// A grey image: width, height, pixels.
struct Grey(usize, usize, Vec<u8>);

fn decode(path: &Path) -> Grey {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let channels = info.color_type.samples();
    let pixels = buf.chunks(channels).map(|c| c[0]).collect();
    Grey(info.width as usize, info.height as usize, pixels)
}

/// Pages differ when pixels changed by more than a fifth of the grey range
/// gather anywhere: more than [`SPOT`] of them in one 16 x 16 px tile (about
/// 10 mm at 40 dpi, a short word), or a visible share of the whole page.
/// Scattered anti-aliasing noise passes; a changed word or a moved block
/// does not.
fn compare(a: &Grey, b: &Grey) -> Result<(), String> {
    if (a.0, a.1) != (b.0, b.1) {
        return Err(format!("size {}x{} became {}x{}", a.0, a.1, b.0, b.1));
    }
    const TILE: usize = 16;
    let (w, h) = (a.0, a.1);
    let mut tiles = vec![0usize; w.div_ceil(TILE) * h.div_ceil(TILE)];
    let mut changed = 0;
    for (i, (x, y)) in a.2.iter().zip(&b.2).enumerate() {
        if x.abs_diff(*y) > 48 {
            changed += 1;
            tiles[(i / w / TILE) * w.div_ceil(TILE) + (i % w) / TILE] += 1;
        }
    }
    let worst = tiles.iter().enumerate().max_by_key(|(_, n)| **n);
    if let Some((t, n)) = worst
        && *n > SPOT
    {
        let (tx, ty) = (t % w.div_ceil(TILE) * TILE, t / w.div_ceil(TILE) * TILE);
        return Err(format!(
            "{n} pixels differ around x={tx}, y={ty} px ({changed} in all)"
        ));
    }
    let share = changed as f64 / a.2.len() as f64;
    if share > 0.001 {
        Err(format!("{changed} pixels ({:.2}%) differ", share * 100.0))
    } else {
        Ok(())
    }
}

/// Changed pixels one tile may hold and still pass.
const SPOT: usize = 4;

fn page_one(pdf: &Path, out_stem: &Path) -> PathBuf {
    let ok = Command::new("pdftoppm")
        .args([
            "-png",
            "-gray",
            "-r",
            DPI,
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(out_stem)
        .status()
        .unwrap();
    assert!(ok.success());
    PathBuf::from(format!("{}.png", out_stem.display()))
}

#[test]
fn first_pages_match_their_references() {
    let dir = tmp("visual");
    assert!(run(&dir, &["demo", "-o", "out"]).status.success());
    let refs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ref");
    let overwrite = std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite");
    let mut failures = Vec::new();
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let name = format!("{form}.{lang}");
            let png = page_one(
                &dir.join("out").join(format!("{name}.pdf")),
                &dir.join(&name),
            );
            let reference = refs.join(format!("{name}.png"));
            let new = refs.join(format!("{name}.new.png"));
            if overwrite {
                std::fs::copy(&png, &reference).unwrap();
                let _ = std::fs::remove_file(&new);
                continue;
            }
            assert!(
                reference.exists(),
                "no reference {}; run with SNAPSHOTS=overwrite",
                reference.display()
            );
            match compare(&decode(&reference), &decode(&png)) {
                Ok(()) => {
                    let _ = std::fs::remove_file(&new);
                }
                Err(why) => {
                    std::fs::copy(&png, &new).unwrap();
                    failures.push(format!("{name}: {why}; see {}", new.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_comparison_catches_a_moved_block() {
    let refs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ref");
    let page = decode(&refs.join("application.ky.png"));
    assert!(compare(&page, &page).is_ok());
    // The same page with everything 3 px (2 mm) lower.
    let shift = 3 * page.0;
    let mut moved = vec![255u8; shift];
    moved.extend_from_slice(&page.2[..page.2.len() - shift]);
    assert!(compare(&page, &Grey(page.0, page.1, moved)).is_err());
    // One word's worth of change (a 12 x 4 px spot) is caught too.
    let mut spot = page.2.clone();
    for y in 100..104 {
        for x in 60..72 {
            spot[y * page.0 + x] = 255 - spot[y * page.0 + x];
        }
    }
    assert!(compare(&page, &Grey(page.0, page.1, spot)).is_err());
}

#[test]
fn one_changed_digit_is_caught() {
    // What the quality department would send back: the same application
    // with its date one day off, against the reference of the right one.
    let dir = tmp("visual-digit");
    let yaml = tirkeme::forms::FormId::from_id("application")
        .unwrap()
        .example(tirkeme::locale::Lang::Ky)
        .replace("date: 2025-10-20", "date: 2025-10-21");
    write(&dir, "a.yaml", &yaml);
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let png = page_one(&dir.join("a.pdf"), &dir.join("a"));
    let refs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ref");
    let why = compare(&decode(&refs.join("application.ky.png")), &decode(&png));
    assert!(why.is_err(), "a changed date passed as the same page");
}
