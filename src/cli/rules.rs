//! `tirkeme rules`: the rules checked, with their clauses.

use tirkeme::forms::every_rule;
use tirkeme::locale::{Id, id, tr};

use super::{Cx, Result, write_stdout};

/// `tirkeme rules`.
pub(crate) fn rules(cx: &Cx) -> Result<()> {
    let mut out = format!("{}\n", tr(cx.ui, id::RULES_HEADER, &[]));
    for r in every_rule() {
        let sev = tr(
            cx.ui,
            Id::built(&format!("severity-{}", r.severity.as_str())),
            &[],
        );
        out += &format!(
            "  {:<18} {:<10} {:<14} {}\n",
            r.id,
            sev,
            r.clause,
            tr(cx.ui, Id::built(&format!("rule-{}", r.id)), &[])
        );
    }
    write_stdout(out.as_bytes())
}
