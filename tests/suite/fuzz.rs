//! A mutational fuzzer over parse → check → render, in the test suite so CI
//! runs it: it mangles the built-in examples (bytes flipped, lines dropped,
//! doubled and swapped, YAML tokens and hostile values spliced in) and asserts
//! that nothing panics and every accepted input renders. `FUZZ_ITERS` sets
//! the number of inputs (default 3,000); `FUZZ_SEED` the seed.

use std::panic::{AssertUnwindSafe, catch_unwind};

use tirkeme::forms::FormId;
use tirkeme::locale::Lang;
use tirkeme::pipeline::{self, RenderOptions};

/// xorshift64*: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "&a ",
    "*a",
    "<<: *a\n",
    "!!binary ",
    "!!str ",
    "? ",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "|\n",
    ">-\n",
    "---\n",
    "...\n",
    "#",
    "\t",
    "\u{feff}",
    "~",
    "null",
    "true",
    "-1",
    "99999999999999999999",
    "1e400",
    ".nan",
    "2025-02-30",
    "2025-2026",
    "0000-00-00",
    "γѲӊ",
    "Aсан",
    "#eval(\"1\")",
    "$x$",
    "\\u0000",
    "\u{202e}",
    "\r",
    "\n  ",
    "\n    - ",
    "кызы",
    "уулу",
    "hours: ",
    "kind: internship\n",
    "country: ZZ\n",
    "form: report\n",
];

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(6) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(v.len() + 1);
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                v.splice(i..i, t.iter().copied());
            }
            2 | 3 => {
                let mut lines: Vec<Vec<u8>> =
                    v.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                if lines.is_empty() {
                    continue;
                }
                let i = rng.below(lines.len());
                match rng.below(3) {
                    0 => {
                        lines.remove(i);
                    }
                    1 => {
                        let l = lines[i].clone();
                        lines.insert(i, l);
                    }
                    _ => {
                        let j = rng.below(lines.len());
                        lines.swap(i, j);
                    }
                }
                v = lines.join(&b'\n');
            }
            4 if !v.is_empty() => {
                let i = rng.below(v.len());
                let n = rng.below(v.len() - i + 1).min(40);
                v.drain(i..i + n);
            }
            _ => {
                let i = rng.below(v.len() + 1);
                let b = (rng.next() & 0xff) as u8;
                v.insert(i, b);
            }
        }
    }
    v
}

#[test]
fn mangled_inputs_never_panic() {
    let iters: usize = std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7131_4b3e);
    let mut rng = Rng(seed | 1);
    let seeds: Vec<&str> = FormId::ALL
        .iter()
        .flat_map(|f| Lang::ALL.map(|l| f.example(l)))
        .collect();
    let (mut accepted, mut rendered) = (0, 0);
    for n in 0..iters {
        let base = seeds[rng.below(seeds.len())].as_bytes();
        let input = mutate(&mut rng, base);
        let result = catch_unwind(AssertUnwindSafe(|| {
            let checked = pipeline::check("fuzz.yaml", input.clone(), None);
            for f in &checked.findings {
                assert!(!f.message(tirkeme::locale::UiLang::Ky).is_empty());
            }
            if checked.ok() {
                let doc = checked.doc().unwrap();
                let pdf = pipeline::render(doc, &checked.bytes, RenderOptions::default());
                assert!(
                    pdf.is_ok(),
                    "an accepted input failed to render: {:?}",
                    pdf.err()
                );
                return (true, true);
            }
            (checked.ok(), false)
        }));
        match result {
            Ok((a, r)) => {
                accepted += usize::from(a);
                rendered += usize::from(r);
            }
            Err(_) => panic!(
                "panic on input {n} (seed {seed}):\n{}",
                String::from_utf8_lossy(&input)
            ),
        }
    }
    eprintln!("fuzz: {iters} inputs, {accepted} accepted, {rendered} rendered");
    assert!(
        accepted > 0 && accepted < iters,
        "the mutations should both keep and break inputs"
    );
}

/// Texts of the built-in example with one value replaced by `value`.
fn with_value(form: FormId, value: &str) -> String {
    let base = form.example(Lang::Ky);
    // A person's name, or the department where a form names no person in
    // a group (the minutes' chair is a bare name).
    let found = ["  name: ", "\ndepartment: "]
        .into_iter()
        .find_map(|key| Some((key, base.find(key)?)));
    match found {
        Some((key, i)) => {
            let from = i + key.len();
            let end = base[from..].find('\n').map_or(base.len(), |e| from + e);
            format!("{}{key}{value}{}", &base[..i], &base[end..])
        }
        None => format!("{base}\nnote: {value}\n"),
    }
}

fn zlib(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Generators of the hostile classes of issue 11: combining runs, look-alike
/// floods and long lines through the checker; deep PDFs, compression bombs
/// and flipped bytes through `extract`'s reader. Nothing panics, the
/// findings stay capped and short, and an attachment is either refused or
/// exactly the bytes that were attached. `FUZZ_ITERS` scales it too.
#[test]
fn hostile_generators_stay_bounded() {
    let iters: usize = std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(30, |n: usize| (n / 100).max(10));
    let mut rng = Rng(0x5eed_1234_u64 | 1);
    let cap = tirkeme::input::MAX_FINDINGS + 1;
    for n in 0..iters {
        let form = FormId::ALL[rng.below(FormId::ALL.len())];
        let value = match n % 3 {
            // A run of combining marks on one letter.
            0 => format!("Аса{}нов", "\u{301}".repeat(1 + rng.below(3_000))),
            // A flood of look-alike letters, in many words.
            1 => format!("\"{}\"", "Тγркγн Aсaн ".repeat(1 + rng.below(800))),
            // A long line: a flow list of many items.
            _ => format!("[{}]", vec!["тема"; 1 + rng.below(50_000)].join(", ")),
        };
        let input = with_value(form, &value);
        let checked = pipeline::check("gen.yaml", input.into_bytes(), None);
        assert!(
            checked.findings.len() <= cap,
            "{} findings",
            checked.findings.len()
        );
        for f in &checked.findings {
            let m = f.message(tirkeme::locale::UiLang::En);
            assert!(
                m.len() < 2_000,
                "a finding of {} bytes: {}",
                m.len(),
                &m[..200]
            );
        }
        if n % 3 == 0 && value.chars().filter(|c| *c == '\u{301}').count() > 4 {
            assert!(
                checked.findings.iter().any(|f| f.rule.id == "combining"),
                "a combining run passed"
            );
        }
    }
    // PDFs: a real one, with bytes flipped; deep ones; bombs.
    let example = FormId::ALL[3].example(Lang::Ky);
    let checked = pipeline::check("a.yaml", example.as_bytes().to_vec(), None);
    let pdf = pipeline::render(
        checked.doc().unwrap(),
        &checked.bytes,
        RenderOptions::default(),
    )
    .unwrap()
    .bytes;
    let original = tirkeme::attachment::embedded_source(&pdf).unwrap();
    assert_eq!(original, example.as_bytes());
    for _ in 0..iters * 5 {
        let mut bad = pdf.clone();
        let i = rng.below(bad.len());
        bad[i] ^= 1 << rng.below(8);
        if let Ok(got) = tirkeme::attachment::embedded_source(&bad) {
            assert_eq!(
                got, original,
                "a flipped byte at {i} changed the extracted source"
            );
        }
    }
    for _ in 0..iters / 4 {
        let depth = 1 + rng.below(300_000);
        let open = ["[", "<<", "<</A ", "[<<"][rng.below(4)];
        let deep = format!(
            "%PDF-1.7\n1 0 obj\n<</Type/EmbeddedFile/Length 1/X {}>>\nstream\nx\nendstream\n",
            open.repeat(depth)
        );
        assert!(tirkeme::attachment::embedded_source(deep.as_bytes()).is_err());
    }
    for _ in 0..4 {
        let size = tirkeme::yaml::MAX_INPUT_BYTES - 2 + rng.below(5);
        let twice = rng.below(2) == 1;
        let mut body = zlib(&vec![b'a'; size]);
        if twice {
            body = zlib(&body);
        }
        let filter = if twice {
            "[/FlateDecode/FlateDecode]"
        } else {
            "/FlateDecode"
        };
        let mut bomb = format!(
            "%PDF-1.7\n1 0 obj\n<</Type/EmbeddedFile/Subtype/application#2Fyaml/Length {}/Filter{filter}>>\nstream\n",
            body.len()
        )
        .into_bytes();
        bomb.extend_from_slice(&body);
        let got = tirkeme::attachment::embedded_source(&bomb);
        if twice || size > tirkeme::yaml::MAX_INPUT_BYTES {
            assert!(got.is_err(), "{size} bytes, twice: {twice}");
        } else {
            assert_eq!(got.unwrap().len(), size);
        }
    }
}
