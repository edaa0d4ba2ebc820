//! The built-in examples: one commented, valid input per form and language,
//! printed by `new` and rendered by `demo`.

use crate::forms::FormId;
use crate::locale::Lang;

macro_rules! examples {
    ($($form:ident => $file:literal),*) => {
        /// The example of a form in a language.
        pub fn get(form: FormId, lang: Lang) -> &'static str {
            match (form, lang) {
                $(
                    (FormId::$form, Lang::Ky) => include_str!(concat!("../examples/ky/", $file, ".yaml")),
                    (FormId::$form, Lang::Ru) => include_str!(concat!("../examples/ru/", $file, ".yaml")),
                )*
            }
        }
    };
}

examples! {
    PerspectivePlan => "perspective-plan",
    AnnualPlan => "annual-plan",
    Report => "report",
    Application => "application",
    InternshipProgram => "internship-program",
    InternshipCertificate => "internship-certificate"
}
