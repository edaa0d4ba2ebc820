#![allow(clippy::expect_used, missing_docs)]
//! `cargo bench`: CPU time per document in a warm, single-threaded batch —
//! the engine built once, then the form rendered again and again, each time
//! for another teacher, as `batch` does on each worker. Measured as process CPU time (user + system)
//! from /proc, so other load on the machine does not count.

use std::time::Instant;

use tirkeme::forms::FormId;
use tirkeme::locale::Lang;
use tirkeme::pipeline::{self, RenderOptions};

/// The allocator the `tirkeme` binary uses (src/main.rs), so these figures
/// are those of its `batch`.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// User + system CPU seconds of this process so far (Linux).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of stat; here 11 and 12.
    (ticks(11) + ticks(12)) / 100.0
}

fn plan_40_rows() -> String {
    let mut y = String::from(
        "form: annual-plan\nlang: ky\nyear: 2025-2026\nfaculty: Табигый илимдер\ndepartment: Информатика\napprover: Нурлан Тургунбек уулу\nhead: Токтогулова Айжан Мирлан кызы\nteachers:\n",
    );
    for i in 0..40 {
        y += &format!(
            "  - name: Асанов{i} Бакыт Жумабекович\n    position: доцент\n    subject: Программалоо\n    degree: т.и.к.\n    last_courses: [2021, 2023]\n    kind: course\n    start: 2025-11-03\n    end: 2025-11-14\n    hours: 72\n    institution: Кыргыз улуттук университети\n    mode: release\n    funding: budget\n"
        );
    }
    y
}

/// `vary`: each document for another teacher (the surname gets a number),
/// as in a real batch, so that nothing of its layout is cached; else the
/// same document again and again (Typst's caches then answer most of it).
fn bench(name: &str, src: &str, n: usize, vary: bool) {
    // BENCH_ONLY=plan (any part of the name) runs only the matching benches,
    // e.g. to profile one form under callgrind.
    if let Ok(only) = std::env::var("BENCH_ONLY")
        && !name.contains(only.as_str())
    {
        return;
    }
    let mut i = 0;
    let mut render = || {
        i += 1;
        let src = if vary {
            src.replacen("Асанов", &format!("Асанов{i}"), 1)
        } else {
            src.to_owned()
        };
        let c = pipeline::check("bench.yaml", src.into_bytes(), None);
        let doc = c
            .doc()
            .filter(|_| c.ok())
            .expect("the bench input is valid");
        pipeline::render(doc, &c.bytes, RenderOptions::default())
            .expect("renders")
            .bytes
    };
    // Warm up: engine, fonts, library, parsed templates.
    for _ in 0..10 {
        render();
    }
    let (cpu0, wall0) = (cpu_seconds(), Instant::now());
    let mut bytes = 0;
    for _ in 0..n {
        bytes += render().len();
    }
    let cpu = (cpu_seconds() - cpu0) * 1000.0 / n as f64;
    let wall = wall0.elapsed().as_secs_f64() * 1000.0 / n as f64;
    println!(
        "{name:<34} {n:>5} docs  {cpu:>6.2} ms CPU/doc  {wall:>6.2} ms wall/doc  {} KiB/doc",
        bytes / n / 1024
    );
}

fn main() {
    // In small pages, as `batch` runs.
    tirkeme::engine::small_pages();
    // Typst lays out with rayon; one thread here measures one worker's cost.
    let n: usize = std::env::var("BENCH_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let application = FormId::from_id("application").map_or("", |f| f.example(Lang::Ky));
    bench("application, same", application, n, false);
    bench("application, each another", application, n, true);
    bench("annual plan 40 rows, same", &plan_40_rows(), n / 5, false);
    bench(
        "annual plan 40 rows, each another",
        &plan_40_rows(),
        n / 5,
        true,
    );
}
