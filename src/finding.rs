//! Findings: what is wrong (or doubtful) in an input, where, under which
//! rule and clause of the regulation, in words chosen at print time.

use crate::locale::{Msg, UiLang};
use crate::yaml::Pos;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Nothing is wrong: how a value typed one way is printed another
    /// («кафедрасы» typed with a department, a name in lower case). Never
    /// fails a render nor changes the exit status.
    Info,
    /// The form is made, but someone should look.
    Warning,
    /// The form breaks the regulation or cannot be read: nothing is made.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A rule: of the regulation (with its clause), or of the input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    /// The id printed with every finding (`course-hours`).
    pub id: &'static str,
    /// Its usual severity.
    pub severity: Severity,
    /// The regulation's clause, `—` when the rule is of the format itself.
    pub clause: &'static str,
}

macro_rules! rules {
    (
        shared { $($name:ident = $id:literal, $sev:ident, $clause:literal;)* }
        last { $($lname:ident = $lid:literal, $lsev:ident, $lclause:literal;)* }
    ) => {
        /// The rules every form may break, in the order the spec lists
        /// them, then the format's own. A rule only one form checks is
        /// that form's (`Form::RULES`); `crate::forms::every_rule` lists
        /// them all.
        pub mod rule {
            use super::{Rule, Severity};
            $(
                #[doc = concat!("`", $id, "`, clause ", $clause)]
                pub(crate) const $name: Rule = Rule { id: $id, severity: Severity::$sev, clause: $clause };
            )*
            $(
                #[doc = concat!("`", $lid, "`, clause ", $lclause)]
                pub(crate) const $lname: Rule = Rule { id: $lid, severity: Severity::$lsev, clause: $lclause };
            )*
            /// The rules listed before the forms' own.
            pub const SHARED: &[Rule] = &[$($name),*];
            /// The rules listed after the forms' own: the folder's and the
            /// template's.
            pub const LAST: &[Rule] = &[$($lname),*];
        }
    };
}

rules! {
    shared {
        FIVE_YEARS = "five-years", Error, "1.5";
        COURSE_HOURS = "course-hours", Error, "1.5";
        INTERNSHIP_LENGTH = "internship-length", Error, "III";
        RETRAINING_HOURS = "retraining-hours", Error, "III";
        CREATIVE_LEAVE = "creative-leave", Error, "III (2.1)";
        HOST_EXTERNAL = "host-external", Error, "6.2";
        FOREIGN_FUNDING = "foreign-funding", Error, "6.4";
        REPORT_DEADLINE = "report-deadline", Warning, "6.6";
        DATES = "dates", Error, "—";
        ACADEMIC_YEAR = "academic-year", Error, "—";
        PLAN_HOURS = "plan-hours", Error, "—";
        CERTIFICATE = "certificate", Error, "3 item 6, 7.1";
        LOOKALIKE = "lookalike", Warning, "—";
        GENDER = "gender", Warning, "—";
        NAME = "name", Warning, "—";
        POSITION = "position", Warning, "—";
        UNIT = "unit", Info, "—";
        NAME_CASE = "name-case", Info, "—";
        NUMBER_SIGN = "number-sign", Info, "—";
        GLYPH = "glyph", Error, "—";
        COMBINING = "combining", Error, "—";
        BIDI = "bidi", Error, "—";
        INVISIBLE = "invisible", Warning, "—";
        IO = "io", Error, "—";
        SYNTAX = "syntax", Error, "—";
        UNKNOWN_KEY = "unknown-key", Error, "—";
        TYPE = "type", Error, "—";
        MISSING = "missing", Error, "—";
        UNKNOWN_FORM = "unknown-form", Error, "—";
        LIMIT = "limit", Error, "—";
        ROSTER_NAME = "roster-name", Warning, "—";
        PLAN_AGREEMENT = "plan-agreement", Warning, "4.2, 6.5";
        CERTIFICATE_HOURS = "certificate-hours", Error, "6.5";
    }
    last {
        PLAN_COPIES = "plan-copies", Warning, "4.1";
        TEMPLATE = "template", Error, "—";
        TEMPLATE_WARNING = "template-warning", Warning, "—";
    }
}

/// One problem found in an input.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule broken.
    pub rule: Rule,
    /// Its severity here (a rule may warn in one form and fail in another).
    pub severity: Severity,
    /// Where in the YAML.
    pub pos: Pos,
    /// What to say.
    pub(crate) msg: Msg,
    /// Further places the finding concerns, each with what to say about it
    /// (the first of two duplicate keys, the start of a period that ends
    /// before it, the annual plan's row a document disagrees with).
    pub(crate) labels: Vec<Label>,
}

/// A further place a finding concerns, shown with its own excerpt and words.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Label {
    /// Where.
    pub(crate) pos: Pos,
    /// What to say about this place.
    pub(crate) msg: Msg,
    /// The file it is in, when it is not the finding's own (the folder's
    /// annual plan a document disagrees with); `None` for the same file.
    pub(crate) file: Option<String>,
}

impl Label {
    /// A place in the finding's own file.
    pub(crate) fn new(pos: Pos, msg: Msg) -> Label {
        Label {
            pos,
            msg,
            file: None,
        }
    }

    /// A place in another file.
    pub(crate) fn in_file(file: &str, pos: Pos, msg: Msg) -> Label {
        Label {
            pos,
            msg,
            file: Some(file.to_owned()),
        }
    }
}

impl Finding {
    /// A finding with the rule's own severity.
    pub(crate) fn new(rule: Rule, pos: Pos, msg: Msg) -> Finding {
        Finding {
            rule,
            severity: rule.severity,
            pos,
            msg,
            labels: Vec::new(),
        }
    }

    /// Adds a further place to show, with what to say about it.
    pub(crate) fn with_label(mut self, label: Label) -> Finding {
        self.labels.push(label);
        self
    }

    /// The same finding as a warning.
    pub(crate) fn warning(mut self) -> Finding {
        self.severity = Severity::Warning;
        self
    }

    /// The same finding as information: what is printed for a value typed
    /// otherwise.
    pub(crate) fn info(mut self) -> Finding {
        self.severity = Severity::Info;
        self
    }

    /// The message in a language.
    pub fn message(&self, lang: UiLang) -> String {
        self.msg.text(lang)
    }
}

/// Whether any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}
