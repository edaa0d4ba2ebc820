//! `tirkeme check`: inputs checked without rendering; with a roster among
//! them, against the roster and each other too.

use std::path::PathBuf;

use tirkeme::diagnostics::{self, Format, Stream};
use tirkeme::finding::Severity;
use tirkeme::locale::{id, tr};
use tirkeme::pipeline::{self};

use super::args::FormatArg;
use super::{Cx, Status, check_file_on, collect, write_stdout};

/// `tirkeme check`.
pub(crate) fn check(cx: &Cx, files: &[PathBuf], format: FormatArg) -> Status {
    let format = match format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
    };
    let (files, mut status) = collect(cx, files, format);
    if files.is_empty() {
        return status;
    }
    let (mut errors, mut warnings) = (0usize, 0usize);
    let mut read = Vec::new();
    for file in &files {
        // The findings are what `check` produces: standard output, so that
        // `tirkeme check x.yaml | less` shows them.
        match check_file_on(cx, file, None, format, Stream::Stdout) {
            Ok(c) => {
                errors += c
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .count();
                warnings += c
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Warning)
                    .count();
                if !c.ok() {
                    status = status.max(Status::Invalid);
                }
                read.push(c);
            }
            Err(e) => status = status.max(cx.report(e)),
        }
    }
    // With a roster among them, the documents are checked against it and
    // against each other too.
    let together = pipeline::check_together(&read);
    if !together.is_empty() {
        // Every file's text, for the labels that point into another file.
        let texts: Vec<(&str, &str)> = read
            .iter()
            .map(|c| (c.name.as_str(), c.text.as_str()))
            .collect();
        for (i, findings) in &together {
            let c = &read[*i];
            for f in findings {
                match f.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                    Severity::Info => {}
                }
            }
            if tirkeme::finding::has_errors(findings) {
                status = status.max(Status::Invalid);
            }
            let _ = diagnostics::print_among(
                Stream::Stdout,
                (&c.name, &c.text),
                &texts,
                findings,
                format,
                cx.ui,
            );
        }
    }
    if format == Format::Human {
        let summary = tr(
            cx.ui,
            id::SUMMARY_CHECK,
            &[
                ("files", &files.len().to_string()),
                ("errors", &errors.to_string()),
                ("warnings", &warnings.to_string()),
            ],
        );
        if let Err(e) = write_stdout(format!("{summary}\n").as_bytes()) {
            status = status.max(cx.report(e));
        }
    }
    status
}
