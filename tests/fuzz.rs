//! A mutational fuzzer over parse → check → render, in the test suite so CI
//! runs it: it mangles the built-in examples (bytes flipped, lines dropped,
//! doubled and swapped, YAML tokens and hostile values spliced in) and asserts
//! that nothing panics and every accepted input renders. `FUZZ_ITERS` sets
//! the number of inputs (default 3,000); `FUZZ_SEED` the seed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

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
                let doc = checked.doc.as_ref().unwrap();
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
