//! `tirkeme forms`: the forms of the registry.

use tirkeme::forms::FormId;
use tirkeme::locale::{Id, Lang, id, tr};

use super::{Cx, Result, write_stdout};

/// `tirkeme forms`.
pub(crate) fn forms(cx: &Cx) -> Result<()> {
    let mut out = format!("{}\n", tr(cx.ui, id::FORMS_HEADER, &[]));
    for f in FormId::ALL {
        let title = |l: Lang| tr(l, Id::built(&format!("form-{}", f.id())), &[]);
        let page = if f.landscape() { "A4 ↔" } else { "A4 ↕" };
        out += &format!(
            "  {:<24} {} {}  {}  |  {}\n",
            f.id(),
            f.appendix()
                .map_or_else(|| "–".to_owned(), |n| n.to_string()),
            page,
            title(Lang::Ky),
            title(Lang::Ru)
        );
    }
    write_stdout(out.as_bytes())
}
