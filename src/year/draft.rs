//! The minutes of the next department meeting drafted from the folder
//! (`tirkeme draft minutes DIR`, SPEC §13): an item for every document that
//! waits for the department's decision — the plans (4.1), the internship
//! programmes (6.3), the teachers' reports (5.2, 7.1) and the internships'
//! results (6.6) — that no earlier minutes in the folder names in its
//! `documents`. Each item says what was heard and the decision's usual
//! wording, in the folder's language; the secretary adds who spoke and
//! changes a decision where the meeting decided otherwise (a report
//! returned: `decision: return-report` and its wording).
//!
//! What the folder cannot know (members, present, the secretary) is left
//! out, so the extract prints lines to fill; the draft renders as it is.

use chrono::NaiveDate;
use serde::Serialize;
use serde_saphyr::SerializeError;

use super::Folder;
use super::plans::{Plan, Relation, relation};
use crate::forms::annual_plan::AnnualPlan;
use crate::forms::internship_certificate::InternshipCertificate;
use crate::forms::internship_program::InternshipProgram;
use crate::forms::minutes::Minutes;
use crate::forms::perspective_plan::PerspectivePlan;
use crate::forms::report::Report;
use crate::forms::{Document, Form, Person, day};
use crate::locale::{Lang, id, tr};
use crate::yaml::Text;

/// The drafted minutes, key by key as the examples write them.
#[derive(Serialize)]
struct Draft {
    form: &'static str,
    lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    faculty: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    department: Option<Text<String>>,
    number: Number,
    date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    members: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chair: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    secretary: Option<Text<String>>,
    items: Vec<Item>,
}

/// The protocol's number as the secretary typed it: `7` bare, as the
/// examples write it (not the quoted `"7"` a text would be), `7/2` as text.
struct Number(String);

impl Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.parse::<u32>() {
            Ok(n) if n.to_string() == self.0 => s.serialize_u32(n),
            _ => Text(self.0.as_str()).serialize(s),
        }
    }
}

/// A drafted item.
#[derive(Serialize)]
struct Item {
    heard: Text<String>,
    decided: Text<String>,
    decision: &'static str,
    documents: Vec<Text<String>>,
}

/// What a drafted item is about, before it is put into words.
struct Pending<'a> {
    name: &'a str,
    doc: &'a Document,
}

/// The folder's language: its plan's, else its first document's, else Kyrgyz.
fn language(folder: &Folder) -> Lang {
    folder
        .docs()
        .find(|(_, d)| d.model::<AnnualPlan>().is_some())
        .or_else(|| folder.docs().next())
        .map_or(Lang::Ky, |(_, d)| d.common.lang)
}

/// The teacher as heard: full name, then position, as the document has them.
fn who(p: Option<&Person>) -> String {
    let Some(p) = p else { return String::new() };
    let mut s = p.full_name();
    if let Some(pos) = p.position.as_ref().filter(|p| !p.trim().is_empty()) {
        s = format!("{s}, {pos}");
    }
    s
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    let f = |d: Option<NaiveDate>| d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string());
    match (start, end) {
        (None, None) => String::new(),
        _ => format!(" ({} – {})", f(start), f(end)),
    }
}

/// The teacher as the decision names them, in the genitive: «Б.Ж.
/// Асановдун» (Kyrgyz), «Б.Ж. Асанова» (Russian); empty without a name.
fn whose(lang: Lang, p: Option<&Person>) -> String {
    let Some(p) = p else { return String::new() };
    let short = p.short_name();
    if short.trim().is_empty() {
        return String::new();
    }
    match lang {
        Lang::Ru => crate::names::ru_case_g(&short, p.gender(), crate::names::Case::From),
        _ => ky_genitive(&short),
    }
}

/// A Kyrgyz name in the genitive (-нын/-дын/-тын by the last sound, its
/// vowel by four-way harmony): «Асановдун», «Сатыбалдиеванын»,
/// «Бакыттын», «Тургунбек уулунун».
fn ky_genitive(name: &str) -> String {
    let Some((class, last)) = crate::names::ky_sound(name) else {
        return name.to_owned();
    };
    let consonant = if "аыяеиэоуёюөү".contains(last) {
        'н'
    } else if "пткфсшщчцх".contains(last) {
        'т'
    } else {
        'д'
    };
    format!("{name}{consonant}{}", ["ын", "ин", "ун", "үн"][class])
}

/// The item of one waiting document, or `None` when the department does
/// not decide on that kind of document (an application, a roster).
fn item(lang: Lang, head: &str, p: &Pending<'_>) -> Option<Item> {
    let doc = p.doc;
    let teacher = who(doc.teacher());
    let whose = whose(lang, doc.teacher());
    let (heard, decided, decision) = if let Some(plan) = doc.model::<AnnualPlan>() {
        let year = plan.year.as_ref().map_or_else(
            || "20__-20__".to_owned(),
            |y| format!("{}-{}", y.v, y.v + 1),
        );
        let args = [("year", year.as_str()), ("head", head)];
        (
            tr(lang, id::DRAFT_MINUTES_ANNUAL_HEARD, &args),
            tr(lang, id::DRAFT_MINUTES_ANNUAL_DECIDED, &args),
            "approve-plan",
        )
    } else if let Some(plan) = doc.model::<PerspectivePlan>() {
        // The plan covers three academic years from its first.
        let years = plan.years.as_ref().map_or_else(
            || "20__-20__".to_owned(),
            |y| format!("{}-{}", y.v, y.v + 3),
        );
        let args = [("years", years.as_str()), ("head", head)];
        (
            tr(lang, id::DRAFT_MINUTES_PERSPECTIVE_HEARD, &args),
            tr(lang, id::DRAFT_MINUTES_PERSPECTIVE_DECIDED, &args),
            "approve-plan",
        )
    } else if let Some(pr) = doc.model::<InternshipProgram>() {
        let dates = period(day(&pr.start), day(&pr.end));
        let args = [
            ("teacher", teacher.as_str()),
            ("period", dates.as_str()),
            ("whose", whose.as_str()),
        ];
        (
            tr(lang, id::DRAFT_MINUTES_PROGRAM_HEARD, &args),
            tr(lang, id::DRAFT_MINUTES_PROGRAM_DECIDED, &args),
            "approve-program",
        )
    } else if let Some(r) = doc.model::<Report>() {
        let dates = period(day(&r.start), day(&r.end));
        let args = [
            ("teacher", teacher.as_str()),
            ("period", dates.as_str()),
            ("whose", whose.as_str()),
        ];
        (
            tr(lang, id::DRAFT_MINUTES_REPORT_HEARD, &args),
            tr(lang, id::DRAFT_MINUTES_REPORT_DECIDED, &args),
            "approve-report",
        )
    } else if let Some(c) = doc.model::<InternshipCertificate>() {
        let dates = period(day(&c.start), day(&c.end));
        let args = [
            ("teacher", teacher.as_str()),
            ("period", dates.as_str()),
            ("whose", whose.as_str()),
        ];
        (
            tr(lang, id::DRAFT_MINUTES_INTERNSHIP_HEARD, &args),
            tr(lang, id::DRAFT_MINUTES_INTERNSHIP_DECIDED, &args),
            "approve-internship",
        )
    } else {
        return None;
    };
    Some(Item {
        heard: Text(heard),
        decided: Text(decided),
        decision,
        documents: vec![Text(p.name.to_owned())],
    })
}

/// How many documents of `folder` wait for the department's decision: the
/// items the next drafted minutes would have.
pub fn waiting(folder: &Folder) -> usize {
    let lang = language(folder);
    undecided(folder)
        .iter()
        .filter_map(|(p, _)| item(lang, "", p))
        .count()
}

/// The documents of `folder` no minutes decided on yet, each with the
/// files that are its language copies: a plan filed in Kyrgyz and in
/// Russian is one plan (`super::plans`), decided by one item that names
/// both files; a copy of a plan already decided waits for nothing.
fn undecided(folder: &Folder) -> Vec<(Pending<'_>, Vec<&str>)> {
    let decisions = super::decisions(folder);
    let mut out: Vec<(Pending<'_>, Vec<&str>)> = Vec::new();
    // The plans met so far: where in `out` (none when decided), the plan.
    let mut plans: Vec<(Option<usize>, Plan)> = Vec::new();
    for (name, doc) in folder.docs() {
        let decided = decisions.decided(name);
        if let Some(plan) = Plan::of(doc, &|n| folder.teacher_key(n)) {
            let copy_of = plans
                .iter()
                .find(|(_, p)| relation(p, &plan, true) == Relation::Copies)
                .map(|(at, _)| *at);
            match copy_of {
                Some(Some(at)) if !decided => {
                    out[at].1.push(name);
                    continue;
                }
                Some(_) => continue,
                None => {}
            }
            plans.push(((!decided).then_some(out.len()), plan));
        }
        if !decided {
            out.push((Pending { name, doc }, Vec::new()));
        }
    }
    out
}

/// The number the next minutes of `folder` are likely to have: one more
/// than the latest meeting's (by date; `7` after `6`), none when the latest
/// minutes have no plain number. The latest, not the highest: numbering
/// starts again with an academic year.
pub fn next_number(folder: &Folder) -> Option<u32> {
    let (_, latest) = folder
        .docs()
        .filter_map(|(_, d)| Some((d.common.date.as_ref().map(|x| x.v), d.model::<Minutes>()?)))
        .max_by_key(|(when, _)| *when)?;
    let n = latest.number.as_ref()?.trim().parse::<u32>().ok()?;
    Some(n.saturating_add(1))
}

/// The YAML of the minutes of meeting `number` held on `date`, drafted
/// from `folder`; `None` when nothing in it waits for a decision.
pub fn minutes(
    folder: &Folder,
    number: &str,
    date: NaiveDate,
) -> Result<Option<String>, SerializeError> {
    let lang = language(folder);
    let plan = folder.docs().find_map(|(_, d)| d.model::<AnnualPlan>());
    let roster = folder.roster();
    let head_person = plan
        .and_then(|p| p.head.as_ref())
        .or_else(|| roster.and_then(|r| r.head.as_ref()));
    let head = head_person.map(Person::short_name).unwrap_or_default();
    // The latest minutes of the folder (by the meeting's date).
    let last = folder
        .docs()
        .filter_map(|(_, d)| Some((d.common.date.as_ref().map(|x| x.v), d.model::<Minutes>()?)))
        .max_by_key(|(when, _)| *when)
        .map(|(_, m)| m);
    let mut items: Vec<Item> = undecided(folder)
        .iter()
        .filter_map(|(p, copies)| {
            let mut i = item(lang, &head, p)?;
            i.documents
                .extend(copies.iter().map(|c| Text((*c).to_owned())));
            Some(i)
        })
        .collect();
    // As a meeting goes: the plans first (4.1), then the programs of the
    // internships to come (6.3), then the results heard, in the folder's
    // order (a teacher's certificate and report side by side).
    items.sort_by_key(|i| match i.decision {
        "approve-plan" => 0,
        "approve-program" => 1,
        _ => 2,
    });
    if items.is_empty() {
        return Ok(None);
    }
    let draft = Draft {
        form: Minutes::ID,
        lang: lang.code(),
        faculty: plan
            .and_then(|p| p.faculty.clone())
            .or_else(|| roster.and_then(|r| r.faculty.clone()))
            .map(Text),
        department: plan
            .and_then(|p| p.department.clone())
            .or_else(|| roster.and_then(|r| r.department.clone()))
            .map(Text),
        number: Number(number.trim().to_owned()),
        date,
        // The roster counts the members; else the last meeting did.
        members: roster.map(|r| r.teachers.len()).or_else(|| {
            last.and_then(|m| m.members.as_ref())
                .and_then(|m| usize::try_from(m.v).ok())
        }),
        chair: head_person.map(|p| Text(p.full_name())),
        // The department's secretary is usually the last meeting's.
        secretary: last
            .and_then(|m| m.secretary.as_ref())
            .map(Person::full_name)
            .filter(|n| !n.trim().is_empty())
            .map(Text),
        items,
    };
    crate::yaml::to_string(&draft).map(Some)
}
