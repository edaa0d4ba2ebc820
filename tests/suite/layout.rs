//! The printed page under stress: every fixture of `tests/fixtures/layout/`
//! (blank dates, hyphenated and «уулу» names, long degrees and directions,
//! a word of a few hundred letters, a plan's row taller than a page, blank
//! forms; all six forms) is rendered
//! in Kyrgyz and Russian, and the PDF's own word boxes (`pdftotext -bbox`)
//! must show that no word overprints another, none leaves the printable
//! area or runs into the bottom margin or crosses a plan's column rule, and
//! the signatures (and the seal)
//! share their page with the end of the text they sign; no date, month or
//! abbreviation is broken across lines, and no paragraph of a text form ends
//! in a line holding one syllable of a broken word. The `*.typed.yaml`
//! fixtures hold values as people type them (issue 21): units typed with
//! their own word, names in lower case, abbreviated positions, numbers with
//! their sign, dates of February and March.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const MM: f64 = 72.0 / 25.4;

/// A word on a page, in PDF points from the top left.
#[derive(Clone, Debug)]
struct Word {
    page: usize,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
    /// The line poppler puts it on, numbered through the document.
    line: usize,
    /// The block of lines poppler puts it in, numbered through the document.
    block: usize,
    /// Whether the line ends in a soft hyphen: the word was broken there.
    broken: bool,
}

/// A page's size and its words.
struct Page {
    width: f64,
    height: f64,
    words: Vec<Word>,
}

fn attr(line: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = line.find(&key).unwrap() + key.len();
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The words of a PDF, page by page, as poppler sees them.
fn words(pdf: &Path) -> Vec<Page> {
    let o = Command::new("pdftotext")
        .arg("-bbox-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed by the tests");
    assert!(o.status.success());
    let mut pages: Vec<Page> = Vec::new();
    let mut lines = 0;
    let mut blocks = 0;
    for line in String::from_utf8_lossy(&o.stdout).lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            pages.push(Page {
                width: attr(line, "width"),
                height: attr(line, "height"),
                words: Vec::new(),
            });
        } else if line.starts_with("<block ") {
            blocks += 1;
        } else if line.starts_with("<line ") {
            lines += 1;
        } else if line.starts_with("<word ") {
            let raw = unescape(&line[line.find('>').unwrap() + 1..line.rfind("</word>").unwrap()]);
            let page = pages.len() - 1;
            pages[page].words.push(Word {
                page,
                x0: attr(line, "xMin"),
                y0: attr(line, "yMin"),
                x1: attr(line, "xMax"),
                y1: attr(line, "yMax"),
                text: unbreak(&raw),
                line: lines,
                block: blocks,
                broken: raw.ends_with('\u{ad}'),
            });
        }
    }
    pages
}

/// The fixtures, each rendered in both languages: (name, pdf).
fn render_all() -> Vec<(String, PathBuf)> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layout");
    let dir = tmp("layout");
    let mut out = Vec::new();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 12,
        "the stress corpus is in {}",
        fixtures.display()
    );
    for input in inputs {
        let stem = input.file_stem().unwrap().to_string_lossy().into_owned();
        for lang in ["ky", "ru"] {
            let name = format!("{stem}.{lang}");
            let pdf = dir.join(format!("{name}.pdf"));
            let o = run(
                &dir,
                &[
                    "render",
                    input.to_str().unwrap(),
                    "--lang",
                    lang,
                    "-o",
                    pdf.to_str().unwrap(),
                ],
            );
            assert!(o.status.success(), "{name} does not render: {}", stderr(&o));
            out.push((name, pdf));
        }
    }
    out
}

/// The form id of a fixture name («annual-plan.stress.ky» → «annual-plan»).
fn form_of(name: &str) -> &str {
    name.split('.').next().unwrap()
}

/// The box of a word with its font's ascent and descent trimmed: poppler's
/// boxes reach above and below the letters, into the neighbouring lines.
fn ink(w: &Word) -> (f64, f64, f64, f64) {
    let h = w.y1 - w.y0;
    (w.x0 + 0.3, w.y0 + 0.22 * h, w.x1 - 0.3, w.y1 - 0.22 * h)
}

fn overlaps(a: &Word, b: &Word) -> bool {
    let (ax0, ay0, ax1, ay1) = ink(a);
    let (bx0, by0, bx1, by1) = ink(b);
    ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1
}

fn no_overprint(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    for p in pages {
        for (i, a) in p.words.iter().enumerate() {
            for b in &p.words[i + 1..] {
                if overlaps(a, b) {
                    problems.push(format!(
                        "{name} p.{}: «{}» and «{}» overprint each other",
                        a.page + 1,
                        a.text,
                        b.text
                    ));
                }
            }
        }
    }
}

fn inside_the_page(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    for p in pages {
        let landscape = p.width > p.height;
        let (left, right) = if landscape {
            (20.0 * MM, 15.0 * MM)
        } else {
            (30.0 * MM, 15.0 * MM)
        };
        for w in &p.words {
            // A hyphen or stop at the end of a justified line hangs into
            // the margin by design (Typst's overhang): up to 3 pt.
            if w.x0 < left - 1.0 || w.x1 > p.width - right + 3.0 || w.y0 < 0.0 || w.y1 > p.height {
                problems.push(format!(
                    "{name} p.{}: «{}» leaves the printable area (x {:.0}–{:.0} of {:.0}–{:.0} pt)",
                    w.page + 1,
                    w.text,
                    w.x0,
                    w.x1,
                    left,
                    p.width - right
                ));
            }
        }
    }
}

/// Nothing but the page number stands in the bottom margin: a table row
/// too tall to be kept on one page breaks across pages, it never runs off
/// the bottom of one.
fn above_the_bottom_margin(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    for p in pages {
        let bottom = if p.width > p.height { 15.0 } else { 20.0 } * MM;
        for w in &p.words {
            if w.y1 > p.height - bottom + 2.0 && w.text.parse::<usize>().is_err() {
                problems.push(format!(
                    "{name} p.{}: «{}» stands in the bottom margin ({:.0} pt of {:.0})",
                    w.page + 1,
                    w.text,
                    w.y1,
                    p.height - bottom
                ));
            }
        }
    }
}

/// A document of more than one page has its number, alone and centred
/// under the text, in the bottom margin of every page; a document of one
/// page has none. (The numbers are laid over the pages after layout, see
/// `src/pages.rs`.)
fn numbered_pages(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    for (i, p) in pages.iter().enumerate() {
        let (left, right, bottom) = if p.width > p.height {
            (20.0, 15.0, 15.0)
        } else {
            (30.0, 15.0, 20.0)
        };
        let centre = (left * MM + p.width - right * MM) / 2.0;
        let below: Vec<&Word> = p
            .words
            .iter()
            .filter(|w| w.y0 > p.height - bottom * MM)
            .collect();
        let wanted = (i + 1).to_string();
        match below.as_slice() {
            [] if pages.len() == 1 => {}
            [w] if pages.len() > 1
                && w.text == wanted
                && ((w.x0 + w.x1) / 2.0 - centre).abs() < 1.0 => {}
            _ => problems.push(format!(
                "{name} p.{}: the bottom margin holds {:?}, not {}",
                i + 1,
                below
                    .iter()
                    .map(|w| (w.text.as_str(), (w.x0 + w.x1) / 2.0))
                    .collect::<Vec<_>>(),
                if pages.len() > 1 {
                    format!("«{wanted}» centred at {centre:.1}")
                } else {
                    "nothing".into()
                },
            )),
        }
    }
}

/// Text copied out of the PDF carries no soft hyphen inside a word: only
/// where a line did break at one (the PDF maps that printed «-» to U+00AD).
fn no_soft_hyphen_inside_words(name: &str, pdf: &Path, problems: &mut Vec<String>) {
    let o = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&o.stdout);
    // (pdftotext may put the next cell of a table row on the same line,
    // after a space.)
    let chars: Vec<char> = text.chars().collect();
    let inside = chars
        .windows(2)
        .filter(|p| p[0] == '\u{ad}' && p[1].is_alphabetic())
        .count();
    if inside > 0 {
        problems.push(format!("{name}: {inside} soft hyphens inside a word"));
    }
}

/// Month stems, Kyrgyz and Russian: a month broken across lines reads as
/// a broken date.
const MONTHS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "майы",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// The line after `w`'s in the same block of text, when `w` ends its line:
/// where a word broken at the end of its line goes on.
fn next_line<'p>(p: &'p Page, w: &Word) -> Vec<&'p Word> {
    let last = p.words.iter().rfind(|o| o.line == w.line);
    if !last.is_some_and(|l| std::ptr::eq(l, w)) {
        return Vec::new();
    }
    p.words
        .iter()
        .filter(|o| o.line == w.line + 1 && o.block == w.block)
        .collect()
}

/// No date, month or abbreviation is broken across lines («5 фев-/раля»,
/// «2027-жыл-/дын», «14-мар-/тына», «Тал-/ГУ»), and outside the plans'
/// narrow cells no paragraph ends in a line holding only one syllable of a
/// broken word («меке-/ме:»). Lines are poppler's (`-bbox-layout`): the
/// line after a broken word is the next one of its block.
fn no_broken_dates_or_fragments(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    let plan = form_of(name).ends_with("plan");
    for p in pages {
        for w in &p.words {
            // Broken at a soft hyphen, or at the hyphen of «2027-жылдын».
            let hard = w.text.ends_with('-') && w.text.chars().any(|c| c.is_ascii_digit());
            if !w.broken && !hard {
                continue;
            }
            let rest = next_line(p, w);
            let Some(next) = rest.first() else {
                // Nothing but the page number under it: the word goes on overleaf.
                let footer = p.height - 20.0 * MM;
                let last = !p.words.iter().any(|o| o.y0 > w.y1 && o.y0 < footer);
                if w.broken && last && !plan {
                    problems.push(format!(
                        "{name}: «{}-» is broken across the break after page {}",
                        w.text,
                        w.page + 1
                    ));
                }
                continue;
            };
            let joined = format!("{}{}", w.text.trim_end_matches('-'), next.text);
            let lower = joined.to_lowercase();
            let word: String = lower.chars().skip_while(|c| !c.is_alphabetic()).collect();
            let date = w.text.chars().any(|c| c.is_ascii_digit())
                || MONTHS.iter().any(|m| word.starts_with(m));
            // A short word with two capitals: an abbreviation («ТалГУ»).
            let letters = joined.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = w.broken
                && letters <= 10
                && joined.chars().filter(|c| c.is_uppercase()).count() > 1;
            if date || capitals {
                problems.push(format!(
                    "{name}: «{}» broken across lines, page {}",
                    joined,
                    w.page + 1
                ));
            }
            let vowels = next
                .text
                .chars()
                .filter(|c| "аеёиоуыэюяөүaeiouАЕЁИОУЫЭЮЯӨҮ".contains(*c))
                .count();
            if !plan && w.broken && rest.len() == 1 && vowels <= 1 {
                problems.push(format!(
                    "{name}: «{}» ends a paragraph alone, the rest of «{}», page {}",
                    next.text,
                    joined,
                    w.page + 1
                ));
            }
        }
    }
}

/// The words of the people a fixture names (its `name`s and the people
/// given by name alone: `head: …`), lower case, each without its last
/// letter, so that a case form («Асановой», «Жумабековича») is found by it.
fn name_stems(name: &str) -> Vec<String> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/layout")
        .join(format!("{stem}.yaml"));
    let yaml = std::fs::read_to_string(path).unwrap();
    let mut stems = Vec::new();
    for line in yaml.lines() {
        let line = line.split(" #").next().unwrap_or("");
        for key in [
            "name:",
            "head:",
            "rector:",
            "chair:",
            "secretary:",
            "supervisor:",
            "signed_by:",
        ] {
            let Some((_, value)) = line.split_once(key) else {
                continue;
            };
            let value = value.split([',', '}']).next().unwrap_or("");
            for w in value.split_whitespace() {
                let lower = w.to_lowercase();
                let mut letters: Vec<char> = lower.chars().filter(|c| c.is_alphabetic()).collect();
                if w.chars().next().is_some_and(char::is_uppercase) && letters.len() >= 5 {
                    letters.pop();
                    stems.push(letters.into_iter().collect());
                }
            }
        }
    }
    stems.sort();
    stems.dedup();
    stems
}

/// No person's name is hyphenated, in any case form («Жумабеко-/вич»,
/// «Асано-/вой»): the fragment at the end of a line and the start of the
/// next make a word that begins with a name of the fixture.
fn no_broken_names(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    let stems = name_stems(name);
    for p in pages {
        for w in p.words.iter().filter(|w| w.broken) {
            let Some(next) = next_line(p, w).into_iter().next() else {
                continue;
            };
            let joined: String = format!("{}{}", w.text.trim_end_matches('-'), next.text)
                .chars()
                .skip_while(|c| !c.is_alphabetic())
                .take_while(|c| c.is_alphabetic())
                .collect();
            let lower = joined.to_lowercase();
            if joined.starts_with(char::is_uppercase)
                && stems.iter().any(|s| lower.starts_with(s.as_str()))
            {
                problems.push(format!(
                    "{name}: the name «{}-/{}» is hyphenated, page {}",
                    w.text.trim_end_matches('-'),
                    next.text,
                    w.page + 1
                ));
            }
        }
    }
}

/// The x positions of a plan's column rules, from its template's widths
/// (`forms/annual-plan.typ`, `forms/perspective-plan.typ`).
fn rules_x(form: &str) -> Vec<f64> {
    // (fixed widths in mm, or fractions as negative numbers)
    let spec: Vec<f64> = match form {
        "annual-plan" => vec![7.0, -1.4, -1.2, 19.0, 18.0, -1.3, 27.0, -1.3, -1.4],
        _ => {
            let mut s = vec![7.0, 28.0, -1.5, -1.2, 20.0, 20.0];
            s.extend([9.5; 9]);
            s.push(-1.0);
            s
        }
    };
    let width = 297.0 - 20.0 - 15.0;
    let fixed: f64 = spec.iter().filter(|w| **w > 0.0).sum();
    let fr: f64 = spec.iter().filter(|w| **w < 0.0).map(|w| -w).sum();
    let mut x = 20.0;
    let mut xs = vec![x * MM];
    for w in spec {
        x += if w > 0.0 {
            w
        } else {
            -w * (width - fixed) / fr
        };
        xs.push(x * MM);
    }
    xs
}

/// The words of the row of column numbers «1 2 … n» on a page.
fn number_row(p: &Page, n: usize) -> Option<Vec<&Word>> {
    let ones = p.words.iter().filter(|w| w.text == "1");
    for one in ones {
        let mut row: Vec<&Word> = p
            .words
            .iter()
            .filter(|w| (w.y0 - one.y0).abs() < 1.0 && w.text.parse::<usize>().is_ok())
            .collect();
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let texts: Vec<String> = row.iter().map(|w| w.text.clone()).collect();
        let expected: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
        if texts == expected {
            return Some(row);
        }
    }
    None
}

fn is_caption(w: &Word) -> bool {
    matches!(w.text.as_str(), "(колу)" | "(подпись)")
}

fn within_columns(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    let form = form_of(name);
    if !matches!(form, "annual-plan" | "perspective-plan") {
        return;
    }
    let xs = rules_x(form);
    let n = xs.len() - 1;
    for p in pages {
        let Some(numbers) = number_row(p, n) else {
            problems.push(format!("{name}: a page without the row of column numbers"));
            continue;
        };
        // The template and this test agree on the columns: every number
        // stands in the middle of its column.
        for (i, w) in numbers.iter().enumerate() {
            let centre = (xs[i] + xs[i + 1]) / 2.0;
            assert!(
                ((w.x0 + w.x1) / 2.0 - centre).abs() < 1.5,
                "{name}: column {} is not where tests/suite/layout.rs expects it; update rules_x",
                i + 1
            );
        }
        let top = numbers[0].y1;
        let bottom = p
            .words
            .iter()
            .filter(|w| is_caption(w))
            .map(|w| w.y0 - 28.0)
            .fold(f64::INFINITY, f64::min);
        // The annual plan's header labels each have their own column too.
        let header_top = if form == "annual-plan" {
            p.words
                .iter()
                .filter(|w| w.y1 < numbers[0].y0 && w.x0 < xs[1])
                .map(|w| w.y0)
                .fold(top, f64::min)
        } else {
            top
        };
        for w in p
            .words
            .iter()
            .filter(|w| w.y0 >= header_top - 0.5 && w.y1 < bottom)
        {
            if let Some(x) = xs.iter().find(|x| w.x0 + 0.5 < **x && **x < w.x1 - 0.5) {
                problems.push(format!(
                    "{name} p.{}: «{}» crosses the column rule at {:.0} pt",
                    w.page + 1,
                    w.text,
                    x
                ));
            }
        }
    }
}

/// The page of the first word that is one of `texts`.
fn page_of(pages: &[Page], texts: &[&str]) -> Option<usize> {
    pages
        .iter()
        .flat_map(|p| &p.words)
        .find(|w| texts.contains(&w.text.as_str()))
        .map(|w| w.page)
}

/// A page of a text form followed by another is filled: its text reaches
/// below the middle of the page (no form moves all its text on and leaves a
/// bare header). A plan's last row goes on with the signatures by design.
fn no_bare_pages(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    if matches!(form_of(name), "annual-plan" | "perspective-plan") {
        return;
    }
    for p in pages.iter().take(pages.len().saturating_sub(1)) {
        let footer = p.height - 20.0 * MM;
        let lowest = p
            .words
            .iter()
            .filter(|w| w.y1 < footer)
            .map(|w| w.y1)
            .fold(0.0, f64::max);
        if lowest < 0.55 * p.height {
            problems.push(format!(
                "{name}: page {} ends at {:.0}% of its height, the text goes on overleaf",
                p.words.first().map_or(0, |w| w.page) + 1,
                100.0 * lowest / p.height
            ));
        }
    }
}

fn signatures_with_their_text(name: &str, pages: &[Page], problems: &mut Vec<String>) {
    let form = form_of(name);
    let all: Vec<&Word> = pages.iter().flat_map(|p| &p.words).collect();
    let Some(first) = all.iter().find(|w| is_caption(w)) else {
        problems.push(format!("{name}: no signature caption"));
        return;
    };
    let page = &pages[first.page];
    // Something of what is signed stands above the signatures on their page:
    // a table row under the header (plans), or lines of the text.
    let above: Vec<&Word> = page
        .words
        .iter()
        .filter(|w| w.y1 < first.y0 - 75.0)
        .collect();
    let signed = match form {
        "annual-plan" | "perspective-plan" => {
            let n = rules_x(form).len() - 1;
            // A blank plan's rows are empty: its header is what is signed.
            let blank = name.contains(".blank.");
            // A last row taller than a page (the `long` plans) breaks across
            // pages rather than run off one, and the signatures, kept whole,
            // follow its end, which fills their page nearly to them: nearer
            // than the 75 pt this check looks above them (seen on the page).
            let giant_last_row = name.contains(".long.");
            // A row of the table under its number row, anywhere above the
            // signature line (a short plan's rows stand close to it).
            number_row(page, n).is_some_and(|row| {
                blank
                    || giant_last_row
                    || page
                        .words
                        .iter()
                        .any(|w| w.y0 > row[0].y1 + 1.0 && w.y1 < first.y0 - 15.0)
            })
        }
        _ => above.len() >= 3,
    };
    if !signed {
        problems.push(format!(
            "{name}: the signatures stand on page {} without the text they sign",
            first.page + 1
        ));
    }
    // A role label is a word of its own, never glued to the date before it
    // («20___ гЗаявитель» is one "word" to poppler).
    for label in ["Заявитель", "Арыз"] {
        if all
            .iter()
            .any(|w| w.text.contains(label) && w.text != label)
        {
            problems.push(format!("{name}: «{label}» runs into the word before it"));
        }
    }
    // «Арыз ээси» stands on one line.
    if let Some(applicant) = all.iter().find(|w| w.text == "Арыз") {
        let same_line = all.iter().any(|w| {
            w.text == "ээси" && w.page == applicant.page && (w.y0 - applicant.y0).abs() < 1.0
        });
        if !same_line {
            problems.push(format!("{name}: «Арыз ээси» breaks onto two lines"));
        }
    }
    // Every signature and the seal are on that page too.
    let last = all.iter().rev().find(|w| is_caption(w)).unwrap();
    if last.page != first.page {
        problems.push(format!("{name}: the signatures are split across pages"));
    }
    if let Some(seal) = page_of(pages, &["М.О.", "М.П."])
        && seal != first.page
    {
        problems.push(format!(
            "{name}: the seal is on page {}, the signatures on {}",
            seal + 1,
            first.page + 1
        ));
    }
}

#[test]
fn the_stress_corpus_prints_cleanly() {
    let mut problems = Vec::new();
    for (name, pdf) in render_all() {
        let pages = words(&pdf);
        assert!(
            !pages.is_empty() && pages.iter().all(|p| !p.words.is_empty()),
            "{name}: an empty page"
        );
        no_overprint(&name, &pages, &mut problems);
        inside_the_page(&name, &pages, &mut problems);
        above_the_bottom_margin(&name, &pages, &mut problems);
        within_columns(&name, &pages, &mut problems);
        signatures_with_their_text(&name, &pages, &mut problems);
        no_bare_pages(&name, &pages, &mut problems);
        numbered_pages(&name, &pages, &mut problems);
        no_soft_hyphen_inside_words(&name, &pdf, &mut problems);
        no_broken_dates_or_fragments(&name, &pages, &mut problems);
        no_broken_names(&name, &pages, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The checks themselves catch what they are for.
#[test]
fn the_checks_catch_overprint_and_overflow() {
    let w = |x0: f64, y0: f64, x1: f64, text: &str| Word {
        page: 0,
        x0,
        y0,
        x1,
        y1: y0 + 12.0,
        text: text.trim_end_matches('\u{ad}').into(),
        // One line per 12 pt; a soft hyphen at the end marks a broken word.
        line: (y0 / 12.0) as usize,
        block: 0,
        broken: text.ends_with('\u{ad}'),
    };
    let page = |words: Vec<Word>| Page {
        width: 595.0,
        height: 842.0,
        words,
    };
    let mut problems = Vec::new();
    // «20___ г» and «Заявитель» printed over each other.
    no_overprint(
        "x",
        &[page(vec![
            w(100.0, 500.0, 160.0, "20___"),
            w(150.0, 500.0, 220.0, "Заявитель"),
        ])],
        &mut problems,
    );
    assert_eq!(problems.len(), 1);
    // Two lines one under the other do not.
    problems.clear();
    no_overprint(
        "x",
        &[page(vec![
            w(100.0, 500.0, 160.0, "a"),
            w(100.0, 512.0, 160.0, "b"),
        ])],
        &mut problems,
    );
    assert!(problems.is_empty());
    // A word running off the right edge.
    inside_the_page(
        "x",
        &[page(vec![w(100.0, 500.0, 590.0, "Квалификация")])],
        &mut problems,
    );
    assert_eq!(problems.len(), 1);
    // A line of a row run into the bottom margin; the page number is there by design.
    problems.clear();
    above_the_bottom_margin(
        "x",
        &[page(vec![
            w(100.0, 800.0, 160.0, "эскертүү"),
            w(290.0, 815.0, 300.0, "2"),
        ])],
        &mut problems,
    );
    assert_eq!(problems.len(), 1);
    // «5 фев-/раля 2027 г.»: a date broken across lines.
    problems.clear();
    let date = || {
        vec![
            w(100.0, 504.0, 110.0, "5"),
            w(112.0, 504.0, 140.0, "фев\u{ad}"),
            w(100.0, 516.0, 130.0, "раля"),
            w(132.0, 516.0, 160.0, "2027"),
        ]
    };
    no_broken_dates_or_fragments("report.x.ru", &[page(date())], &mut problems);
    assert_eq!(problems.len(), 1, "{problems:?}");
    // «меке-/ме:» a syllable alone on a paragraph's last line.
    problems.clear();
    no_broken_dates_or_fragments(
        "application.x.ky",
        &[page(vec![
            w(100.0, 504.0, 140.0, "кабыл"),
            w(142.0, 504.0, 180.0, "меке\u{ad}"),
            w(100.0, 516.0, 120.0, "ме:"),
        ])],
        &mut problems,
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    // A word broken before two syllables, with the line going on, is fine.
    problems.clear();
    no_broken_dates_or_fragments(
        "application.x.ky",
        &[page(vec![
            w(100.0, 504.0, 140.0, "кабыл"),
            w(142.0, 504.0, 180.0, "меке\u{ad}"),
            w(100.0, 516.0, 120.0, "меси"),
            w(122.0, 516.0, 160.0, "Кыргыз"),
        ])],
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:?}");
}

/// What the data gives is on the page, where the regulation puts it: the
/// agreement dates and hours of the application, each teacher's direction
/// and the country's name in the annual plan, the programme's funding.
#[test]
fn every_accepted_value_is_printed() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layout");
    let dir = tmp("values");
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "application.stress",
            "ky",
            &[
                "«21» октябрь 2025-ж.",
                "«22» октябрь 2025-ж.",
                "72 саат көлөмүндө",
                "Кабыл алуучу мекеме:",
            ],
        ),
        (
            "application.stress",
            "ru",
            &[
                "«21» октября 2025 г.",
                "«22» октября 2025 г.",
                "в объёме 72 ч.",
                "Принимающая организация:",
            ],
        ),
        (
            "annual-plan.stress",
            "ky",
            &[
                "Казакстан",
                // The head's date under the signature.
                "«01» сентябрь 2025-ж.",
                "Санариптик",
                "Киберкоопсуздук",
                "кабыл алуучу өлкөнүн",
            ],
        ),
        (
            "annual-plan.stress",
            "ru",
            // A word hyphenated in a cell reads in pieces: its first part.
            &["Казахстан", "Санарип", "Кибер"],
        ),
        (
            "internship-program.stress",
            "ky",
            &["Казакстан", "Каржылоо: гранттын эсебинен."],
        ),
        (
            "internship-program.stress",
            "ru",
            &["Казахстан", "Финансирование: за счёт гранта."],
        ),
        ("report.stress", "ky", &["Отчет бекитилди: кафедра"]),
        ("report.stress", "ru", &["Отчёт утверждён: кафедра"]),
        (
            "application.blank",
            "ky",
            &["(Ф.А.А.)", "(кафедранын аталышы)"],
        ),
        (
            "application.blank",
            "ru",
            &["(Ф.И.О.)", "(название кафедры)"],
        ),
        ("annual-plan.blank", "ky", &["факультетинин деканы"]),
        (
            "internship-certificate.blank",
            "ky",
            &["(багыты көрсөтүлөт)"],
        ),
        (
            "internship-certificate.blank",
            "ru",
            &["(указывается направление)"],
        ),
    ];
    let mut missing = Vec::new();
    for (stem, lang, expected) in cases {
        let input = fixtures.join(format!("{stem}.yaml"));
        let pdf = dir.join(format!("{stem}.{lang}.pdf"));
        let o = run(
            &dir,
            &[
                "render",
                input.to_str().unwrap(),
                "--lang",
                lang,
                "-o",
                pdf.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{stem}.{lang}: {}", stderr(&o));
        let text = pdf_text(&pdf, None);
        for e in *expected {
            if !text.contains(e) {
                missing.push(format!("{stem}.{lang}: «{e}» is not printed:\n{text}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
