//! `tirkeme demo`: every built-in example in both languages.

use std::path::Path;

use tirkeme::diagnostics::{self, Format};
use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, id};
use tirkeme::pipeline::{self};

use super::{Cx, Status, output_dir, render_checked, store};

/// `tirkeme demo`: every built-in example in both languages, with its YAML beside it.
pub(crate) fn demo(cx: &Cx, dir: &Path) -> Status {
    let opts = cx.archival();
    if let Err(e) = output_dir(dir) {
        return cx.report(e);
    }
    let mut status = Status::Ok;
    let mut count = 0;
    for form in FormId::ALL {
        for lang in Lang::ALL {
            let stem = format!("{}.{}", form.id(), lang.code());
            let yaml_path = dir.join(format!("{stem}.yaml"));
            let src = form.example(lang).as_bytes().to_vec();
            if let Err(e) = store(cx, &yaml_path, &src) {
                return cx.report(e);
            }
            let checked = pipeline::check(&yaml_path.display().to_string(), src, Some(lang));
            let _ = diagnostics::print(
                &checked.name,
                &checked.text,
                &checked.findings,
                Format::Human,
                cx.ui,
            );
            match render_checked(
                cx,
                &checked,
                &yaml_path,
                &dir.join(format!("{stem}.pdf")),
                opts,
            ) {
                Ok(()) => count += 1,
                Err(e) => status = status.max(cx.report(e)),
            }
        }
    }
    cx.say(
        id::DEMO_DONE,
        &[
            ("count", &count.to_string()),
            ("dir", &dir.display().to_string()),
        ],
    );
    status
}
