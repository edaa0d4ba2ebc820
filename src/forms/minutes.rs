//! The extract from the minutes of a department meeting («Кафедранын
//! отурумунун протоколунан көчүрмө» / «Выписка из протокола заседания
//! кафедры»): not one of the regulation's appendices, but the paper by which
//! the department approves the plans (4.1), each internship programme
//! (6.3), each teacher's report — or returns it for revision (5.2, 7.1) —
//! and each internship's results (6.6); it goes to the cadre department
//! with the certificate and the report (6.6).
//!
//! Its rules: no more present than members (`attendance`); a meeting
//! decides with more than half of its members present (`quorum`); one
//! meeting does not both approve and return the same report (`decision`,
//! 7.1). Which decisions name which kind of document is the folder's
//! business (`crate::year`).

use chrono::NaiveDate;
use serde::Serialize;

use super::{Common, Examples, Person, Sheet, Signature, View};
use crate::fields::{self, COUNT, Field, Ty};
use crate::finding::{Finding, Label, Rule, Severity};
use crate::input::{At, Ctx, Obj};
use crate::locale::{Msg, id};
use crate::yaml::Pos;

/// The minutes' own rules (`tirkeme rules` lists them after the shared
/// ones).
pub(crate) mod rule {
    use super::{Rule, Severity};

    /// `attendance`: no more present than members.
    pub(crate) const ATTENDANCE: Rule = Rule {
        id: "attendance",
        severity: Severity::Error,
        clause: "—",
    };
    /// `quorum`: a meeting decides with more than half of its members present.
    pub(crate) const QUORUM: Rule = Rule {
        id: "quorum",
        severity: Severity::Error,
        clause: "—",
    };
    /// `decision`, clause 7.1: a report approved or returned, not both.
    pub(crate) const DECISION: Rule = Rule {
        id: "decision",
        severity: Severity::Error,
        clause: "7.1",
    };
    /// `minutes-documents`: the documents an item names are in the folder
    /// and of the kind its decision decides on (checked with the folder,
    /// `crate::year`).
    pub(crate) const MINUTES_DOCUMENTS: Rule = Rule {
        id: "minutes-documents",
        severity: Severity::Warning,
        clause: "—",
    };
}

/// The decisions an item may record, with the clause that asks for each.
pub(crate) const DECISIONS: &[&str] = &[
    "approve-plan",
    "approve-program",
    "approve-report",
    "return-report",
    "approve-internship",
];

const HEARD: Field = Field::opt("heard", Ty::Text).desc(id::FIELD_MINUTES_HEARD);
const SPOKE: Field = Field::opt("spoke", Ty::List(&Ty::Text)).desc(id::FIELD_MINUTES_SPOKE);
const DECIDED: Field = Field::opt("decided", Ty::Text).desc(id::FIELD_MINUTES_DECIDED);
const DECISION: Field =
    Field::opt("decision", Ty::Choice(DECISIONS)).desc(id::FIELD_MINUTES_DECISION);
const DOCUMENTS: Field =
    Field::opt("documents", Ty::List(&Ty::Text)).desc(id::FIELD_MINUTES_DOCUMENTS);
/// Keys of an item of the agenda.
const ITEM: &[Field] = &[HEARD, SPOKE, DECIDED, DECISION, DOCUMENTS];

const FACULTY: Field = Field::opt("faculty", Ty::Text);
const DEPARTMENT: Field = Field::opt("department", Ty::Text);
const NUMBER: Field = Field::opt("number", Ty::Text).desc(id::FIELD_MINUTES_NUMBER);
const MEMBERS: Field = Field::opt("members", COUNT).desc(id::FIELD_MINUTES_MEMBERS);
const PRESENT: Field = Field::opt("present", COUNT).desc(id::FIELD_MINUTES_PRESENT);
const CHAIR: Field =
    Field::opt("chair", Ty::Person(fields::WITH_POSITION)).desc(id::FIELD_MINUTES_CHAIR);
const SECRETARY: Field =
    Field::opt("secretary", Ty::Person(fields::WITH_POSITION)).desc(id::FIELD_MINUTES_SECRETARY);
const ITEMS: Field = Field::opt("items", Ty::List(&Ty::Obj(ITEM))).desc(id::FIELD_MINUTES_ITEMS);

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[
    FACULTY, DEPARTMENT, NUMBER, MEMBERS, PRESENT, CHAIR, SECRETARY, ITEMS,
];

/// One item of the meeting.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Item {
    /// Who reported, on what.
    pub(crate) heard: Option<String>,
    /// Who spoke, each as written.
    pub(crate) spoke: Vec<String>,
    /// What was decided, as the minutes word it.
    pub(crate) decided: Option<String>,
    /// The decision's kind, when given.
    pub(crate) decision: Option<At<&'static str>>,
    /// The names of the folder's documents the item is about.
    pub(crate) documents: Vec<At<String>>,
}

/// The extract from a department meeting's minutes.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Minutes {
    /// Faculty.
    pub(crate) faculty: Option<String>,
    /// Department.
    pub(crate) department: Option<String>,
    /// The minutes' number.
    pub(crate) number: Option<String>,
    /// Members of the department.
    pub(crate) members: Option<At<i64>>,
    /// Members present.
    pub(crate) present: Option<At<i64>>,
    /// Who chaired (the head of department).
    pub(crate) chair: Option<Person>,
    /// The secretary.
    pub(crate) secretary: Option<Person>,
    /// The items, in order.
    pub(crate) items: Vec<Item>,
}

/// What `forms/minutes.typ` receives besides the common keys.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct MinutesData {
    /// The university's full name, top centre.
    pub(crate) university: String,
    /// The faculty's line, with a line to write the name on when none.
    pub(crate) faculty: String,
    /// The title's lines, in order; the one that is `strong` is the
    /// document's word («КӨЧҮРМӨ» / «ВЫПИСКА»).
    pub(crate) heading: Vec<TitleLine>,
    /// The meeting's date in words, or a blank date line.
    pub(crate) date: String,
    /// Members and present.
    pub(crate) attendance: String,
    /// The chair and the secretary of the meeting.
    pub(crate) officers: Vec<String>,
    /// The items.
    pub(crate) items: Vec<ItemData>,
    /// «Көчүрмө туура» / «Выписка верна».
    pub(crate) certified: String,
    /// The secretary's signature under it, with a date line.
    pub(crate) certifier: Signature,
}

/// A line of the title.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct TitleLine {
    /// Its text.
    pub(crate) text: String,
    /// Whether it is the document's word, set large and bold.
    pub(crate) strong: bool,
}

/// An item as printed.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ItemData {
    /// «1.».
    pub(crate) n: String,
    /// «УГУЛДУ:» / «СЛУШАЛИ:».
    pub(crate) heard_label: String,
    /// Who reported on what (empty: a line to fill).
    pub(crate) heard: String,
    /// «СӨЗ СҮЙЛӨДҮ:» / «ВЫСТУПИЛИ:».
    pub(crate) spoke_label: String,
    /// Who spoke (none: the label is left out, unless the form is blank).
    pub(crate) spoke: Vec<String>,
    /// «ТОКТОМ:» / «ПОСТАНОВИЛИ:».
    pub(crate) decided_label: String,
    /// What was decided (empty: a line to fill).
    pub(crate) decided: String,
}

impl Item {
    fn read(ctx: &mut Ctx<'_>, n: &crate::yaml::Node) -> Option<Item> {
        let o = ctx.obj(n, ITEM)?;
        let documents = match o.get(&DOCUMENTS) {
            Some(d) => ctx.list(d).iter().filter_map(|i| ctx.text(i)).collect(),
            None => Vec::new(),
        };
        Some(Item {
            heard: ctx.opt_text(&o, &HEARD).map(|t| t.v),
            spoke: ctx.text_list(&o, &SPOKE),
            decided: ctx.opt_text(&o, &DECIDED).map(|t| t.v),
            decision: ctx.opt_choice(&o, &DECISION),
            documents,
        })
    }
}

impl super::Form for Minutes {
    const ID: &str = "minutes";
    const APPENDIX: Option<u8> = None;
    const LANDSCAPE: bool = false;
    const TEMPLATE: &str = include_str!("../../forms/minutes.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/minutes.yaml"),
        ru: include_str!("../../examples/ru/minutes.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    const RULES: &[Rule] = &[
        rule::ATTENDANCE,
        rule::QUORUM,
        rule::DECISION,
        rule::MINUTES_DOCUMENTS,
    ];
    type Data = MinutesData;

    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> Minutes {
        let items = match o.get(&ITEMS) {
            Some(n) => ctx
                .list(n)
                .iter()
                .filter_map(|i| Item::read(ctx, i))
                .collect(),
            None => Vec::new(),
        };
        Minutes {
            faculty: ctx.opt_text(o, &FACULTY).map(|t| t.v),
            department: ctx.opt_text(o, &DEPARTMENT).map(|t| t.v),
            number: ctx.opt_text(o, &NUMBER).map(|t| t.v),
            members: ctx.opt_count(o, &MEMBERS),
            present: ctx.opt_count(o, &PRESENT),
            chair: ctx.opt_person(o, &CHAIR),
            secretary: ctx.opt_person(o, &SECRETARY),
            items,
        }
    }

    fn check(&self, _common: &Common, out: &mut Vec<Finding>) {
        out.extend(self.attendance());
        out.extend(self.contradictions());
    }

    fn data(&self, v: &View) -> Sheet<MinutesData> {
        self.view(v)
    }

    fn date(&self) -> Option<NaiveDate> {
        None
    }

    fn named(&self) -> Vec<&At<String>> {
        [&self.chair, &self.secretary]
            .into_iter()
            .flatten()
            .filter_map(|p| p.name.as_ref())
            .collect()
    }
}

impl Minutes {
    /// `attendance`: no more present than members; `quorum`: more than
    /// half of the members present.
    fn attendance(&self) -> Option<Finding> {
        let (m, p) = (self.members.as_ref()?, self.present.as_ref()?);
        if p.v > m.v {
            return Some(
                Finding::new(
                    rule::ATTENDANCE,
                    p.pos,
                    Msg::new(id::MINUTES_PRESENT_ABOVE_MEMBERS)
                        .arg("present", p.v)
                        .arg("members", m.v),
                )
                .with_label(Label::new(m.pos, Msg::new(id::LABEL_MINUTES_MEMBERS))),
            );
        }
        (p.v * 2 <= m.v).then(|| {
            Finding::new(
                rule::QUORUM,
                p.pos,
                Msg::new(id::MINUTES_NO_QUORUM)
                    .arg("present", p.v)
                    .arg("members", m.v)
                    .arg("need", m.v / 2 + 1),
            )
            .with_label(Label::new(m.pos, Msg::new(id::LABEL_MINUTES_MEMBERS)))
        })
    }

    /// `decision`: a report both approved and returned by one meeting.
    fn contradictions(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        let named = |wanted: &str| -> Vec<(&At<String>, Pos)> {
            self.items
                .iter()
                .filter(|i| i.decision.as_ref().is_some_and(|d| d.v == wanted))
                .flat_map(|i| {
                    let pos = i.decision.as_ref().map_or(Pos::default(), |d| d.pos);
                    i.documents.iter().map(move |d| (d, pos))
                })
                .collect()
        };
        let approved = named("approve-report");
        for (doc, pos) in named("return-report") {
            let key = crate::year::doc_key(&doc.v);
            if let Some((_, other)) = approved
                .iter()
                .find(|(a, _)| crate::year::doc_key(&a.v) == key)
            {
                out.push(
                    Finding::new(
                        rule::DECISION,
                        doc.pos,
                        Msg::new(id::MINUTES_APPROVED_AND_RETURNED).arg("document", &doc.v),
                    )
                    .with_label(Label::new(*other, Msg::new(id::LABEL_MINUTES_APPROVED)))
                    .with_label(Label::new(pos, Msg::new(id::LABEL_MINUTES_RETURNED))),
                );
            }
        }
        out
    }

    /// The template data.
    fn view(&self, v: &View) -> Sheet<MinutesData> {
        let blank = v.t(id::BLANK_SHORT);
        let number = self.number.clone().unwrap_or_else(|| blank.clone());
        // Short enough for ««____» кафедрасынын отурумунун №___
        // протоколунан» to stay on one line of the blank.
        let department = self
            .department
            .clone()
            .unwrap_or_else(|| format!("{blank}{blank}"));
        let heading = vec![
            TitleLine {
                text: v.ta(
                    id::MINUTES_HEADING_BEFORE,
                    &[("number", &number), ("department", &department)],
                ),
                strong: false,
            },
            TitleLine {
                text: v.t(id::MINUTES_WORD),
                strong: true,
            },
            TitleLine {
                text: v.ta(
                    id::MINUTES_HEADING_AFTER,
                    &[("number", &number), ("department", &department)],
                ),
                strong: false,
            },
        ]
        .into_iter()
        .filter(|l| !l.text.trim().is_empty())
        .collect();
        let count = |c: &Option<At<i64>>| {
            c.as_ref()
                .map_or_else(|| blank.clone(), |c| c.v.to_string())
        };
        let name = |p: &Option<Person>| {
            p.as_ref()
                .map(Person::short_name)
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| v.t(id::BLANK))
        };
        let mut items: Vec<ItemData> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| ItemData {
                n: format!("{}.", i + 1),
                heard_label: v.t(id::MINUTES_HEARD),
                heard: it.heard.clone().unwrap_or_default(),
                spoke_label: v.t(id::MINUTES_SPOKE),
                spoke: it.spoke.clone(),
                decided_label: v.t(id::MINUTES_DECIDED),
                decided: it.decided.clone().unwrap_or_default(),
            })
            .collect();
        if items.is_empty() {
            // A blank extract: one item with lines to fill, «СӨЗ
            // СҮЙЛӨДҮ» with a line too (it may be struck out by hand).
            items.push(ItemData {
                n: "1.".to_owned(),
                heard_label: v.t(id::MINUTES_HEARD),
                heard: String::new(),
                spoke_label: v.t(id::MINUTES_SPOKE),
                spoke: vec![String::new()],
                decided_label: v.t(id::MINUTES_DECIDED),
                decided: String::new(),
            });
        }
        let chair_role = v.position_or(self.chair.as_ref(), id::MINUTES_CHAIR_ROLE, &[]);
        let secretary_role =
            v.position_or(self.secretary.as_ref(), id::MINUTES_SECRETARY_ROLE, &[]);
        Sheet {
            title: v.ta(
                id::MINUTES_TITLE,
                &[("number", &number), ("department", &department)],
            ),
            approval: None,
            signatures: vec![
                v.signature(chair_role, self.chair.as_ref(), None),
                v.signature(secretary_role.clone(), self.secretary.as_ref(), None),
            ],
            seal: None,
            body: MinutesData {
                university: v.univ_name.clone(),
                // Without one, a line to write it on: the extract is the
                // faculty's as much as the department's.
                faculty: v.ta(
                    id::MINUTES_FACULTY,
                    &[(
                        "faculty",
                        self.faculty
                            .as_deref()
                            .unwrap_or(&format!("{blank}{blank}")),
                    )],
                ),
                heading,
                date: match v.doc_date {
                    Some(d) => v.ta(id::MINUTES_DATE, &[("date", &v.date_text(d))]),
                    None => v.t(id::DATE_LINE_BLANK),
                },
                attendance: v.ta(
                    id::MINUTES_ATTENDANCE,
                    &[
                        ("members", &count(&self.members)),
                        ("present", &count(&self.present)),
                    ],
                ),
                officers: vec![
                    v.ta(id::MINUTES_CHAIR, &[("name", &name(&self.chair))]),
                    v.ta(id::MINUTES_SECRETARY, &[("name", &name(&self.secretary))]),
                ],
                items,
                certified: v.t(id::MINUTES_CERTIFIED),
                certifier: v.signature(
                    secretary_role,
                    self.secretary.as_ref(),
                    Some(v.date_line(None)),
                ),
            },
        }
    }
}
