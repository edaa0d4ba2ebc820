//! `tirkeme batch`: many documents in one process,
//! the engine built once, a worker pool sized to the cores, and a bad input
//! reported and skipped, never stopping the run.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use tirkeme::locale::id;

use tirkeme::diagnostics::{self, Format};
use tirkeme::finding::Severity;
use tirkeme::locale::Lang;
use tirkeme::output::safe_stem;
use tirkeme::pipeline;
use tirkeme::pipeline::RenderOptions;

use super::args::BatchArgs;

use super::{Cx, Status, collect, output_dir, produce, read_input, store};

/// One planned output: an input and the PDF it becomes.
struct Task {
    input: PathBuf,
    stem: String,
}

/// Gives every input its output stem; two inputs with the same stem get
/// numbered names (`x`, `x-2`) and a notice, never one overwriting the other.
fn plan(cx: &Cx, files: Vec<PathBuf>) -> Vec<Task> {
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut tasks = Vec::new();
    for input in files {
        let base = safe_stem(&input);
        let mut stem = base.clone();
        let mut n = 1;
        while seen.contains_key(&stem.to_lowercase()) {
            n += 1;
            stem = format!("{base}-{n}");
        }
        if n > 1
            && let Some(first) = seen.get(&base.to_lowercase())
        {
            cx.say(
                id::BATCH_DUPLICATE,
                &[
                    ("path", &base),
                    ("first", &first.display().to_string()),
                    ("second", &input.display().to_string()),
                ],
            );
        }
        seen.insert(stem.to_lowercase(), input.clone());
        tasks.push(Task { input, stem });
    }
    tasks
}

/// What happened to one input.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Rendered,
    Warned,
    Failed,
    /// Not read or not written: an I/O problem (exit 2).
    IoFailed,
    /// A roster without errors: not a form, nothing to render.
    Roster,
}

/// `tirkeme batch`.
pub(crate) fn batch(cx: &Cx, args: &BatchArgs) -> Status {
    let (inputs, dir, jobs) = (&args.inputs, args.output.as_path(), args.jobs);
    let (lang, opts) = (args.print.lang.get(), args.print.pdf(cx.date));
    let (files, collected) = collect(cx, inputs, Format::Human);
    if files.is_empty() {
        return collected;
    }
    if let Err(e) = output_dir(dir) {
        return cx.report(e);
    }
    let tasks = plan(cx, files);
    // The workers already fill the cores; Typst's own rayon threads would only
    // spin beside them (measured: sched_yield in the profile of a batch).
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global();
    tirkeme::engine::warm_up();
    let workers = jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 64)
        .min(tasks.len().max(1));
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<(PathBuf, Outcome)>> = Mutex::new(Vec::with_capacity(tasks.len()));
    let print_lock = Mutex::new(());
    let progress = std::io::stderr().is_terminal();
    // The bar is taken off the screen around every message (`quiet`), so
    // that a warning and the bar never share a line.
    let bar = progress.then(|| {
        let bar = indicatif::ProgressBar::new(tasks.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template("[{bar:30}] {pos}/{len}") {
            bar.set_style(style.progress_chars("#>-"));
        }
        bar
    });
    // Messages said while the bar is shown take it off the screen.
    let with_bar = bar.as_ref().map(|b| cx.with_bar(b.clone()));
    let run = with_bar.as_ref().unwrap_or(cx);
    let finish = |input: &Path, outcome: Outcome| {
        if let Ok(mut o) = outcomes.lock() {
            o.push((input.to_path_buf(), outcome));
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    // Workers lay out; one writer thread puts the PDFs on disk, so that
    // waiting for the disk (each file is synced) never idles a core.
    let (to_writer, from_workers) =
        std::sync::mpsc::sync_channel::<(PathBuf, PathBuf, Vec<u8>, Outcome)>(workers * 2);
    std::thread::scope(|s| {
        s.spawn(|| {
            for (input, out, pdf, outcome) in from_workers {
                match store(run, &out, &pdf) {
                    Ok(()) => {
                        if !progress {
                            let _guard = print_lock.lock();
                            run.say(id::RENDERED, &[("path", &out.display().to_string())]);
                        }
                        finish(&input, outcome);
                    }
                    Err(e) => {
                        run.report(e);
                        finish(&input, Outcome::IoFailed);
                    }
                }
            }
        });
        for _ in 0..workers {
            let to_writer = to_writer.clone();
            let (next, tasks, print_lock, finish) = (&next, &tasks, &print_lock, &finish);
            s.spawn(move || {
                while let Some(task) = tasks.get(next.fetch_add(1, Ordering::Relaxed)) {
                    match run_one(run, task, dir, lang, opts, print_lock) {
                        Ok((out, pdf, outcome)) => {
                            if to_writer
                                .send((task.input.clone(), out, pdf, outcome))
                                .is_err()
                            {
                                finish(&task.input, Outcome::IoFailed);
                            }
                        }
                        Err(outcome) => finish(&task.input, outcome),
                    }
                }
            });
        }
        drop(to_writer);
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut outcomes = outcomes.into_inner().unwrap_or_default();
    outcomes.sort();
    let count = |o: Outcome| outcomes.iter().filter(|(_, x)| *x == o).count();
    let io_failed = count(Outcome::IoFailed);
    let (warned, failed) = (count(Outcome::Warned), count(Outcome::Failed) + io_failed);
    let rendered = count(Outcome::Rendered) + warned;
    cx.say(
        id::BATCH_SUMMARY,
        &[
            ("rendered", &rendered.to_string()),
            ("warned", &warned.to_string()),
            ("failed", &failed.to_string()),
        ],
    );
    let failures: Vec<String> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Failed | Outcome::IoFailed))
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !failures.is_empty() {
        cx.say(id::BATCH_FAILED, &[("files", &failures.join(", "))]);
    }
    if io_failed > 0 {
        Status::Io
    } else if failed > 0 {
        Status::Invalid.max(collected)
    } else {
        collected
    }
}

/// Checks and lays out one input; the PDF goes to the writer.
fn run_one(
    cx: &Cx,
    task: &Task,
    dir: &Path,
    lang: Option<Lang>,
    opts: RenderOptions,
    lock: &Mutex<()>,
) -> Result<(PathBuf, Vec<u8>, Outcome), Outcome> {
    let bytes = read_input(&task.input).map_err(|e| {
        cx.report(e);
        Outcome::IoFailed
    })?;
    let name = task.input.display().to_string();
    let checked = pipeline::check(&name, bytes, lang);
    if !checked.findings.is_empty() {
        let _guard = lock.lock();
        let _ = cx.quiet(|| {
            diagnostics::print(
                &name,
                &checked.text,
                &checked.findings,
                Format::Human,
                cx.ui,
            )
        });
    }
    if checked.roster().is_some() && checked.ok() {
        let _guard = lock.lock();
        cx.say(id::BATCH_ROSTER_SKIPPED, &[("path", &name)]);
        return Err(Outcome::Roster);
    }
    let doc_lang = checked.doc().map_or(Lang::Ky, |d| d.common.lang);
    let out = dir.join(format!("{}.{}.pdf", task.stem, doc_lang.code()));
    let pdf = produce(cx, &checked, &task.input, &out, opts).map_err(|e| {
        cx.report(e);
        Outcome::Failed
    })?;
    let warned = checked
        .findings
        .iter()
        .any(|f| f.severity == Severity::Warning);
    Ok((
        out,
        pdf,
        if warned {
            Outcome::Warned
        } else {
            Outcome::Rendered
        },
    ))
}
