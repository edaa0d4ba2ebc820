//! How a few values are printed in each language beyond what the messages
//! say: a range of academic years takes a hyphen in Kyrgyz, where a case
//! ending follows it («2025-2026-окуу жылы»), and an en dash in Russian
//! («2025–2026 учебный год»).

use super::View;
use crate::locale::Lang;

impl View {
    /// The academic years from `first` to `last`: «2025-2026» / «2025–2026».
    pub(crate) fn years(&self, first: i32, last: i32) -> String {
        match self.lang {
            Lang::Ky => format!("{first}-{last}"),
            Lang::Ru => format!("{first}–{last}"),
        }
    }
}
