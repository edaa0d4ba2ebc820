//! Values as people type them, read the way the forms print them, each
//! change said in a note (an `info` finding): a name in lower case, a
//! number typed with its sign, a department or faculty typed with the word
//! the form prints itself.

use super::unit::{self, Case, Kind};
use crate::fields::Field;
use crate::finding::{Finding, rule};
use crate::forms::View;
use crate::input::{At, Ctx, Obj};
use crate::locale::{Msg, id};
use crate::yaml::{Node, Pos};

impl Ctx<'_> {
    /// A person's name as text, capitalised when typed in lower case (with
    /// a note showing the name printed).
    pub(crate) fn name_text(&mut self, node: &Node) -> Option<At<String>> {
        let mut name = self.text(node)?;
        if let Some(fixed) = super::capitalised(&name.v) {
            self.push(
                Finding::new(
                    rule::NAME_CASE,
                    name.pos,
                    Msg::new(id::NAME_CASE_PRINTED)
                        .arg("name", &name.v)
                        .arg("printed", &fixed),
                )
                .info(),
            );
            name.v = fixed;
        }
        Some(name)
    }

    /// A name under a field of a table row (plans, roster), as [`Ctx::name_text`].
    pub(crate) fn opt_name_text(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<String>> {
        obj.get(field).and_then(|n| self.name_text(n))
    }

    /// A document's number, without the sign the form prints itself
    /// («№ 0045127» typed: «0045127», with a note).
    pub(crate) fn opt_number(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<String>> {
        let mut n = self.opt_text(obj, field)?;
        if let Some(bare) = super::number::without_sign(&n.v) {
            self.push(
                Finding::new(
                    rule::NUMBER_SIGN,
                    n.pos,
                    Msg::new(id::NUMBER_SIGN_PRINTED)
                        .arg("number", &n.v)
                        .arg("printed", &bare),
                )
                .info(),
            );
            n.v = bare;
        }
        Some(n)
    }
}

/// A note when a unit was typed with the word the form prints beside it:
/// what is printed instead («Кыргыз тили жана адабияты кафедрасынын»).
pub(crate) fn unit_note(
    v: &View,
    typed: &str,
    kind: Kind,
    case: Case,
    at: Option<Pos>,
) -> Option<Finding> {
    let at = at?;
    let u = unit::read(typed, kind);
    if !u.had_word() {
        return None;
    }
    // Russian words around the unit's word («кафедра английского языка»,
    // «Физико-математический факультет») in a Kyrgyz form: the Kyrgyz word
    // is put after Russian ones, which reads wrong; a warning asks for the
    // Kyrgyz name. Otherwise a note.
    let russian = v.lang == crate::locale::Lang::Ky && u.shape != unit::Shape::Name;
    let msg = match (kind, russian) {
        (Kind::Department, false) => id::UNIT_DEPARTMENT_PRINTED,
        (Kind::Faculty, false) => id::UNIT_FACULTY_PRINTED,
        (Kind::Department, true) => id::UNIT_DEPARTMENT_RUSSIAN,
        (Kind::Faculty, true) => id::UNIT_FACULTY_RUSSIAN,
    };
    let f = Finding::new(
        rule::UNIT,
        at,
        Msg::new(msg)
            .arg("typed", typed)
            .arg("printed", v.unit(typed, kind, case)),
    );
    Some(if russian { f.warning() } else { f.info() })
}
