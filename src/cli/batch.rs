//! `tirkeme batch` and `tirkeme package`: many documents in one process,
//! the engine built once, a worker pool sized to the cores, and a bad input
//! reported and skipped, never stopping the run.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use tirkeme::locale::{Id, id};

use tirkeme::diagnostics::{self, Format};
use tirkeme::finding::{Severity, has_errors};
use tirkeme::forms::annual_plan::AnnualPlan;
use tirkeme::locale::Lang;
use tirkeme::output::{is_yaml, safe_stem};
use tirkeme::package::RowApplication;
use tirkeme::pipeline;
use tirkeme::pipeline::RenderOptions;

use crate::{BatchArgs, PackageArgs};

use super::{Cx, Status, check_file, io_error, produce, read_input, render_checked, store};

/// `арыз.yaml.txt`, `арыз.yml.txt`: a YAML file Notepad saved with `.txt`;
/// gives the name it should have.
pub(crate) fn yaml_txt(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let lower = name.to_lowercase();
    (lower.ends_with(".yaml.txt") || lower.ends_with(".yml.txt"))
        .then(|| path.with_file_name(&name[..name.len() - 4]))
}

/// Collects `*.yaml` / `*.yml` files (any case) from files and folders,
/// recursively, sorted. A folder's `*.yaml.txt` files are named with how to
/// rename them; a `.yaml.txt` named on the command line is read, with a
/// note. What cannot be read (a missing input, a locked folder) and what is
/// not a regular file inside a folder (a FIFO, a device: opening one could
/// block forever) is reported and skipped; the status says whether anything
/// was (SPEC 4: go on, exit 2 at the end). When no file at all is found,
/// says so.
pub(crate) fn collect(cx: &Cx, inputs: &[PathBuf], format: Format) -> (Vec<PathBuf>, Status) {
    let (mut files, status) = collect_files(cx, inputs, format);
    if files.is_empty() {
        // Unless what was given was already reported as missing or unreadable.
        if status == Status::Ok {
            let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
            cx.say(id::INPUTS_NONE, &[("paths", &names.join(", "))]);
        }
        return (files, Status::Io);
    }
    for f in &files {
        if let Some(fixed) = yaml_txt(f) {
            cx.say(
                id::YAML_TXT_READ,
                &[
                    ("path", &f.display().to_string()),
                    ("fixed", &fixed.display().to_string()),
                ],
            );
        }
    }
    files.sort();
    files.dedup();
    (files, status)
}

fn collect_files(cx: &Cx, inputs: &[PathBuf], format: Format) -> (Vec<PathBuf>, Status) {
    let mut files = Vec::new();
    let mut status = Status::Ok;
    // `id` is the message, `None` for an input that does not exist (its
    // own message, with the nearest names).
    let mut problem = |path: &Path, id: Option<Id<'static>>, e: Option<std::io::Error>| {
        status = Status::Io;
        let detail = e.map(|e| super::os_error(cx.ui, &e)).unwrap_or_default();
        if let Some(id) = id {
            cx.say(
                id,
                &[("path", &path.display().to_string()), ("detail", &detail)],
            );
        } else {
            not_found(cx, path);
        }
        if format == Format::Json {
            let name = path.display().to_string();
            let id = id.unwrap_or(id::IO_READ);
            let line = diagnostics::io_json_line(&name, id, &detail, cx.ui);
            let _ = super::write_stdout(cx, format!("{line}\n").as_bytes());
        }
    };
    for input in inputs {
        if input.is_dir() {
            let mut stack = vec![input.clone()];
            while let Some(dir) = stack.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(e) => {
                        problem(&dir, Some(id::IO_READ), Some(e));
                        continue;
                    }
                };
                for entry in entries.flatten() {
                    let path = entry.path();
                    let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
                    if is_dir {
                        stack.push(path);
                    } else if is_yaml(&path) {
                        // `stat`, not `open`: a FIFO is seen without blocking.
                        match std::fs::metadata(&path) {
                            Ok(m) if m.is_file() => files.push(path),
                            Ok(_) => problem(&path, Some(id::IO_SKIPPED), None),
                            Err(e) => problem(&path, Some(id::IO_READ), Some(e)),
                        }
                    } else if let Some(fixed) = yaml_txt(&path) {
                        cx.say(
                            id::YAML_TXT_SKIPPED,
                            &[
                                ("path", &path.display().to_string()),
                                ("fixed", &fixed.display().to_string()),
                            ],
                        );
                    }
                }
            }
        } else if input.exists() {
            files.push(input.clone());
        } else {
            problem(input, None, Some(std::io::ErrorKind::NotFound.into()));
        }
    }
    (files, status)
}

/// Says that `path` does not exist, or, when `path.txt` does, that Notepad
/// added `.txt` to its name.
pub(crate) fn not_found(cx: &Cx, path: &Path) -> Status {
    let mut twin = path.as_os_str().to_owned();
    twin.push(".txt");
    let twin = PathBuf::from(twin);
    if twin.is_file() {
        cx.say(
            id::YAML_TXT_TWIN,
            &[
                ("path", &path.display().to_string()),
                ("twin", &twin.display().to_string()),
            ],
        );
        return Status::Io;
    }
    io_error(cx, id::IO_READ, path, std::io::ErrorKind::NotFound.into())
}

/// Makes sure the output folder exists and is a folder.
pub(crate) fn output_dir(cx: &Cx, dir: &Path) -> Result<(), Status> {
    if let Err(e) = std::fs::create_dir_all(dir) {
        return Err(io_error(cx, id::IO_WRITE, dir, e));
    }
    if !dir.is_dir() {
        cx.say(id::IO_NOT_DIR, &[("path", &dir.display().to_string())]);
        return Err(Status::Io);
    }
    Ok(())
}

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
    if let Err(s) = output_dir(cx, dir) {
        return s;
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
                let status = store(run, &out, &pdf);
                if status == Status::Ok && !progress {
                    let _guard = print_lock.lock();
                    run.say(id::RENDERED, &[("path", &out.display().to_string())]);
                }
                finish(
                    &input,
                    if status == Status::Ok {
                        outcome
                    } else {
                        Outcome::IoFailed
                    },
                );
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
    let bytes = read_input(cx, &task.input).map_err(|_| Outcome::IoFailed)?;
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
    if checked.roster.is_some() && checked.ok() {
        let _guard = lock.lock();
        cx.say(id::BATCH_ROSTER_SKIPPED, &[("path", &name)]);
        return Err(Outcome::Roster);
    }
    let doc_lang = checked.doc.as_ref().map_or(Lang::Ky, |d| d.common.lang);
    let out = dir.join(format!("{}.{}.pdf", task.stem, doc_lang.code()));
    let pdf = produce(cx, &checked, &task.input, &out, opts).map_err(|_| Outcome::Failed)?;
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

/// `tirkeme package`: the annual plan and, for every row that sends a
/// teacher away, that teacher's application, made as YAML (kept beside the
/// PDFs, to edit and re-render) and rendered through the same checks as a
/// hand-written one.
pub(crate) fn package(cx: &Cx, args: &PackageArgs) -> Status {
    let (plan_path, dir, lang) = (args.plan.as_path(), args.output.as_path(), args.lang.get());
    // PDF/A: a package has no `--plain`.
    let opts = cx.archival();
    let checked = match check_file(cx, plan_path, lang, Format::Human) {
        Ok(c) => c,
        Err(s) => return s,
    };
    let Some(doc) = checked
        .doc
        .as_ref()
        .filter(|_| !has_errors(&checked.findings))
    else {
        cx.say(
            id::NOT_RENDERED,
            &[("path", &plan_path.display().to_string())],
        );
        return Status::Invalid;
    };
    let Some(plan) = doc.model::<AnnualPlan>() else {
        cx.say(
            id::PACKAGE_NOT_PLAN,
            &[("path", &plan_path.display().to_string())],
        );
        return Status::Io;
    };
    if let Err(s) = output_dir(cx, dir) {
        return s;
    }
    let lang = doc.common.lang;
    let stem = safe_stem(plan_path);
    let plan_out = dir.join(format!("{stem}.{}.pdf", lang.code()));
    let mut status = render_checked(cx, &checked, plan_path, &plan_out, opts);
    if status == Status::Ok {
        cx.say(id::RENDERED, &[("path", &plan_out.display().to_string())]);
    }
    // Teachers the plan does not send away, and applications not made:
    // named in the summary, never silently left out.
    let (mut skipped, mut failed, mut made) = (Vec::new(), Vec::new(), 0usize);
    for (row, app) in tirkeme::package::applications(plan, &plan_path.display().to_string(), lang) {
        let name = tirkeme::package::teacher(row);
        let (row_stem, y) = match app {
            RowApplication::Made { stem, yaml } => (stem, yaml),
            RowApplication::Skipped => {
                skipped.push(format!(
                    "{} ({})",
                    if name.is_empty() { "—" } else { &name },
                    row.kind().unwrap_or("—")
                ));
                continue;
            }
            RowApplication::Failed(e) => {
                failed.push(format!("{name}: {e}"));
                continue;
            }
        };
        let app_stem = format!("{stem}-{row_stem}");
        let yaml_path = dir.join(format!("{app_stem}.yaml"));
        if store(cx, &yaml_path, y.as_bytes()) != Status::Ok {
            failed.push(yaml_path.display().to_string());
            package_summary(cx, plan_path, made, &skipped, &failed);
            return Status::Io;
        }
        let app = pipeline::check(&yaml_path.display().to_string(), y.into_bytes(), Some(lang));
        let _ = diagnostics::print(&app.name, &app.text, &app.findings, Format::Human, cx.ui);
        let out = dir.join(format!("{app_stem}.{}.pdf", lang.code()));
        let s = render_checked(cx, &app, &yaml_path, &out, opts);
        if s == Status::Ok {
            cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
            made += 1;
        } else {
            failed.push(yaml_path.display().to_string());
        }
        status = status.max(s);
    }
    package_summary(cx, plan_path, made, &skipped, &failed);
    status
}

/// What `package` made, whom it skipped and what failed.
fn package_summary(cx: &Cx, plan: &Path, made: usize, skipped: &[String], failed: &[String]) {
    cx.say(
        id::PACKAGE_SUMMARY,
        &[
            ("plan", &plan.display().to_string()),
            ("made", &made.to_string()),
        ],
    );
    if !skipped.is_empty() {
        cx.say(id::PACKAGE_SKIPPED, &[("names", &skipped.join(", "))]);
    }
    if !failed.is_empty() {
        cx.say(id::PACKAGE_FAILED, &[("files", &failed.join(", "))]);
    }
}
