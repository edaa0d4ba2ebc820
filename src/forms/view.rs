//! [`View`]: a document's values put into words in its language (dates,
//! periods, hours, signatures, the approval block, the page's common keys),
//! and the small helpers the forms' `data` share.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::{
    Approval, Attach, Common, Form, Meta, Page, PageOptions, Person, Section, Sheet, Signature,
    Table,
};
use crate::input::At;
use crate::locale::{Id, Lang, id, tr};

/// Puts a document's values into words in its language.
pub struct View {
    /// The language.
    pub(crate) lang: Lang,
    /// The university's short name, such as `ТалМУ`.
    pub(crate) univ_short: String,
    /// The university's full name.
    pub(crate) univ_name: String,
    /// The document's own date, if it has one.
    pub(crate) doc_date: Option<NaiveDate>,
}

impl View {
    pub(crate) fn new(c: &Common) -> View {
        View {
            lang: c.lang,
            univ_short: c
                .university
                .short
                .clone()
                .unwrap_or_else(|| tr(c.lang, id::UNIV_SHORT, &[])),
            univ_name: c
                .university
                .name
                .clone()
                .unwrap_or_else(|| tr(c.lang, id::UNIV_NAME, &[])),
            doc_date: day(&c.date),
        }
    }

    /// A form word or phrase.
    pub(crate) fn t(&self, id: Id<'_>) -> String {
        self.ta(id, &[])
    }

    /// A form phrase with arguments; `univ` is always available.
    pub(crate) fn ta(&self, id: Id<'_>, args: &[(&str, &str)]) -> String {
        let mut all: Vec<(&str, &str)> = vec![("univ", &self.univ_short)];
        all.extend_from_slice(args);
        // The user's own quotes inside the form's «…» are not doubled.
        crate::names::quotes::nest(&tr(self.lang, id, &all))
    }

    fn month(&self, form: &str, m: u32) -> String {
        self.t(Id::built(&format!("month-{form}-{m}")))
    }

    /// The date line of a signature or approval: «03» ноябрь 2025-ж., or blank.
    pub(crate) fn date_line(&self, d: Option<NaiveDate>) -> String {
        match d {
            Some(d) => self.ta(
                id::DATE_LINE,
                &[
                    ("day", &format!("{:02}", d.day())),
                    ("month", &self.month("line", d.month())),
                    ("year", &d.year().to_string()),
                ],
            ),
            None => self.t(id::DATE_LINE_BLANK),
        }
    }

    /// A date in running text: «2025-жылдын 3-ноябры» / «3 ноября 2025 г.».
    pub(crate) fn date_text(&self, d: NaiveDate) -> String {
        self.ta(
            id::DATE_TEXT,
            &[
                ("day", &d.day().to_string()),
                ("month", &self.month("text", d.month())),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// A period in running text: «2025-жылдын 3-ноябрынан 16-ноябрына чейин»,
    /// «с 3 по 16 ноября 2025 г.»; an open end prints as from or until.
    pub(crate) fn period(&self, start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
        let mut args: Vec<(&str, String)> = Vec::new();
        if let Some(s) = start {
            args.extend([
                ("d1", s.day().to_string()),
                ("m1", self.month("from", s.month())),
                ("y1", s.year().to_string()),
            ]);
        }
        if let Some(e) = end {
            args.extend([
                ("d2", e.day().to_string()),
                ("m2", self.month("to", e.month())),
                ("y2", e.year().to_string()),
            ]);
        }
        let id = match (start, end) {
            (Some(s), Some(e)) if s.year() == e.year() && s.month() == e.month() => {
                id::PERIOD_SAME_MONTH
            }
            (Some(s), Some(e)) if s.year() == e.year() => id::PERIOD_SAME_YEAR,
            (Some(_), Some(_)) => id::PERIOD,
            (Some(_), None) => id::PERIOD_FROM,
            (None, Some(_)) => id::PERIOD_TO,
            (None, None) => id::PERIOD_BLANK,
        };
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.ta(id, &args)
    }

    /// A compact period for table cells: «03.11.2025 – 16.11.2025».
    pub(crate) fn period_short(&self, start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
        let f =
            |d: Option<NaiveDate>| d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string());
        match (start, end) {
            (None, None) => String::new(),
            // No space before an open start: the cell starts with the dash.
            (None, Some(_)) => format!("– {}", f(end)),
            _ => format!("{} – {}", f(start), f(end)),
        }
    }

    /// «…университети, Казакстан»: a place and its country's name in the
    /// form's language (the code itself when CLDR has no name for it).
    pub(crate) fn with_country(&self, place: &str, code: &str) -> String {
        let country = crate::country::name(code, self.lang).unwrap_or(code);
        if place.is_empty() {
            country.to_owned()
        } else {
            format!("{place}, {country}")
        }
    }

    /// «72 саат» / «72 ч.».
    pub(crate) fn hours(&self, h: i64) -> String {
        self.ta(id::HOURS, &[("n", &h.to_string())])
    }

    /// The whole page of the form `F`: its sheet and the common keys.
    pub(super) fn page<F: Form>(&self, sheet: Sheet<F::Data>, opts: PageOptions) -> Page<F::Data> {
        let appendix = F::APPENDIX.map(|n| n.to_string());
        let subject = match &appendix {
            Some(n) => self.ta(id::META_SUBJECT, &[("n", n)]),
            None => self.t(id::META_SUBJECT_DOCUMENT),
        };
        let mut meta = Meta {
            title: sheet.title.split_whitespace().collect::<Vec<_>>().join(" "),
            author: self.univ_name.clone(),
            subject,
            keywords: vec![F::ID.to_owned(), "tirkeme".to_owned()],
        };
        let draft = opts.draft.then(|| tr(self.lang, id::DRAFT_MARK, &[]));
        if let Some(word) = &draft {
            meta.title = format!("{word}: {}", meta.title);
            meta.keywords.extend(["draft".to_owned(), word.clone()]);
        }
        Page {
            lang: self.lang.code(),
            appendix: appendix.map(|n| self.ta(id::APPENDIX, &[("n", &n)])),
            meta,
            attach: opts.attach.then(|| Attach {
                name: format!("{}.yaml", F::ID),
                description: tr(self.lang, id::ATTACH_DESCRIPTION, &[]),
            }),
            draft,
            sheet,
        }
    }

    /// The approval block: БЕКИТЕМИН, the position, the name, the date.
    pub(crate) fn approval(&self, default_position: String, p: Option<&Person>) -> Approval {
        Approval {
            word: self.t(id::APPROVE),
            position: p
                .and_then(|p| p.position.clone())
                .unwrap_or(default_position),
            name: p.map(Person::short_name).unwrap_or_default(),
            date: self.date_line(p.and_then(|p| p.date.as_ref()).map(|d| d.v)),
        }
    }

    /// A signature line: the role, a line, the name, optionally a date.
    pub(crate) fn signature(
        &self,
        role: String,
        p: Option<&Person>,
        date: Option<String>,
    ) -> Signature {
        Signature {
            role,
            name: p.map(Person::short_name).unwrap_or_default(),
            sign_caption: self.t(id::CAPTION_SIGN),
            name_caption: self.t(id::CAPTION_NAME),
            date,
        }
    }

    /// «Асанов Бакыт Жумабекович, доцент, Информатика кафедрасы»: who the
    /// teacher is, as far as the data tells.
    pub(crate) fn person_line(&self, p: &Person) -> String {
        let department = p.department.as_ref().map(|d| {
            use crate::names::unit::{Case, Kind};
            self.unit(d, Kind::Department, Case::Nominative)
        });
        join_some(&[&Some(p.full_name()), &p.position, &department])
    }

    /// The position of a person, or the form's default wording.
    pub(crate) fn position_or(
        &self,
        p: Option<&Person>,
        default_id: Id<'_>,
        args: &[(&str, &str)],
    ) -> String {
        p.and_then(|p| p.position.clone())
            .unwrap_or_else(|| self.ta(default_id, args))
    }
}

/// A section of a report or program: a numbered heading and its content.
pub(crate) fn section(
    n: usize,
    heading: String,
    body: Vec<String>,
    list: Vec<String>,
    table: Option<Table>,
) -> Section {
    Section {
        n: format!("{n}."),
        heading,
        body,
        list,
        table,
    }
}

/// Reads a date, or `None`, from an optional `At`.
pub(crate) fn day(d: &Option<At<NaiveDate>>) -> Option<NaiveDate> {
    d.as_ref().map(|d| d.v)
}

/// The cells both plans print first for a teacher (row number, name,
/// position and subject, degree, the years of the last courses); each
/// plan's row adds its own (`#[serde(flatten)]`).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct TeacherCells {
    /// «1».
    pub(crate) n: String,
    /// The full name.
    pub(crate) name: String,
    /// Position and subject.
    pub(crate) position: String,
    /// Academic degree.
    pub(crate) degree: String,
    /// The years of the last courses.
    pub(crate) last_courses: String,
}

impl TeacherCells {
    /// The cells of the `i`-th row (from 0).
    pub(crate) fn new(
        i: usize,
        name: &Option<At<String>>,
        position: [&Option<String>; 2],
        degree: &Option<String>,
        last_courses: &[At<i64>],
    ) -> TeacherCells {
        TeacherCells {
            n: (i + 1).to_string(),
            name: name.as_ref().map(|n| n.v.clone()).unwrap_or_default(),
            position: join_some(&position),
            degree: degree.clone().unwrap_or_default(),
            last_courses: last_courses
                .iter()
                .map(|c| c.v.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The given parts, joined by commas: «доцент, Программалоо».
pub(crate) fn join_some(parts: &[&Option<String>]) -> String {
    parts
        .iter()
        .filter_map(|p| p.as_deref())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The date a person signed or approved on, if given.
pub(crate) fn signed(p: &Option<Person>) -> Option<NaiveDate> {
    p.as_ref().and_then(|p| day(&p.date))
}

/// The first of September of an academic year starting in `y`.
pub(crate) fn september(y: &Option<At<i32>>) -> Option<NaiveDate> {
    y.as_ref().and_then(|y| NaiveDate::from_ymd_opt(y.v, 9, 1))
}
