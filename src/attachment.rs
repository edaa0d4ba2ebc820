//! Reading back the YAML source a tirkeme PDF carries as an attachment.
//!
//! A PDF handed to `extract` may come from anywhere, so it is not parsed as
//! a whole: the embedded file's stream is found by its dictionary, which is
//! read with a small parser of bounded depth, and only that stream is
//! decoded, by at most one Flate filter (what tirkeme writes), to at most
//! the input limit. Time and memory grow with the file's size and nothing
//! else: no nesting, filter chain or compression ratio can make them grow
//! faster. The decoded bytes are checked against the recorded `/Size` and
//! the zlib checksum, so a damaged attachment is an error, never garbled YAML.

use crate::locale::id;
use std::io::Read;

use crate::yaml::MAX_INPUT_BYTES;

/// The largest PDF `extract` reads. Ours are well under a megabyte; the cap
/// only keeps a huge or endless file (`/dev/zero`) from filling memory.
pub const MAX_PDF_BYTES: usize = 64 * 1024 * 1024;
/// The deepest nesting of arrays and dictionaries read in the embedded
/// file's dictionary (ours has two levels).
pub(crate) const MAX_DICT_DEPTH: usize = 16;
/// How many places that look like an embedded file are examined.
const MAX_CANDIDATES: usize = 16;
/// How far before `/EmbeddedFile` the start of its object is looked for.
const MAX_DICT_BYTES: usize = 64 * 1024;

/// Why no source could be taken from a PDF. Its words are those of
/// [`ExtractError::msg`] (shown in English by `Display`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.msg("PDF").text(crate::locale::UiLang::En))]
pub enum ExtractError {
    /// The PDF carries no embedded file.
    None,
    /// The embedded file is damaged (its size or checksum does not match,
    /// or it cannot be decoded); the detail says which.
    Damaged(String),
    /// It would decode to more than the input limit.
    TooLarge,
    /// It is encoded in a way tirkeme never writes (named).
    Unsupported(String),
    /// The PDF carries attachments, none of them a tirkeme source (an
    /// invoice's XML, a spreadsheet): their types, as the PDF names them.
    Foreign(String),
}

impl ExtractError {
    /// What to tell the person about the PDF at `path`.
    pub fn msg(&self, path: &str) -> crate::locale::Msg {
        use crate::locale::Msg;
        let max = crate::yaml::MAX_INPUT_BYTES / 1024 / 1024;
        match self {
            ExtractError::None => Msg::new(id::EXTRACT_NONE).arg("path", path),
            ExtractError::Damaged(d) => Msg::new(id::EXTRACT_DAMAGED)
                .arg("path", path)
                .arg("detail", d),
            ExtractError::TooLarge => Msg::new(id::EXTRACT_TOO_LARGE)
                .arg("path", path)
                .arg("max", max),
            ExtractError::Unsupported(f) => Msg::new(id::EXTRACT_UNSUPPORTED)
                .arg("path", path)
                .arg("filter", f),
            ExtractError::Foreign(kinds) => Msg::new(id::EXTRACT_FOREIGN)
                .arg("path", path)
                .arg("kinds", kinds),
        }
    }
}

/// A PDF object, as far as the embedded file's dictionary needs one.
#[derive(Debug, Clone, PartialEq)]
enum Obj {
    Name(Vec<u8>),
    Int(i64),
    Ref(u64, u64),
    Dict(Vec<(Vec<u8>, Obj)>),
    Array(Vec<Obj>),
    Other,
}

impl Obj {
    fn get(&self, key: &[u8]) -> Option<&Obj> {
        match self {
            Obj::Dict(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// The media type tirkeme gives its source attachment (the embedded
/// file's `/Subtype`, written by Typst's `pdf.attach` as
/// `/application#2Fyaml`).
const SOURCE_TYPE: &[u8] = b"application/yaml";

/// The bytes of the YAML source tirkeme attached to a PDF: the embedded
/// file whose type is `application/yaml`. Any other attachment (a
/// factur-x invoice's XML, a spreadsheet) is not taken for it.
pub fn embedded_source(pdf: &[u8]) -> Result<Vec<u8>, ExtractError> {
    let mut last_error = ExtractError::None;
    let mut foreign: Vec<String> = Vec::new();
    let mut from = 0;
    for _ in 0..MAX_CANDIDATES {
        let Some(at) = find(&pdf[from..], b"/EmbeddedFile").map(|i| i + from) else {
            break;
        };
        from = at + 1;
        match candidate(pdf, at) {
            Ok(Some(bytes)) => return Ok(bytes),
            Ok(None) => {}
            Err(ExtractError::Foreign(kind)) => {
                if !foreign.contains(&kind) {
                    foreign.push(kind);
                }
            }
            Err(e) => last_error = e,
        }
    }
    if last_error == ExtractError::None && !foreign.is_empty() {
        return Err(ExtractError::Foreign(foreign.join(", ")));
    }
    Err(last_error)
}

/// A PDF name with its `#xx` escapes decoded (`application#2Fyaml`).
fn decoded_name(name: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len());
    let mut i = 0;
    while i < name.len() {
        let hex = name
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (name[i], hex) {
            (b'#', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// The stream whose dictionary holds the `/EmbeddedFile` at `at`, if it is one.
fn candidate(pdf: &[u8], at: usize) -> Result<Option<Vec<u8>>, ExtractError> {
    let window = at.saturating_sub(MAX_DICT_BYTES);
    let Some(obj) = rfind(&pdf[window..at], b"obj").map(|i| i + window + 3) else {
        return Ok(None);
    };
    let mut p = Parser { src: pdf, at: obj };
    p.skip_space();
    if !pdf[p.at..].starts_with(b"<<") {
        return Ok(None);
    }
    let Some(dict) = p.object(0) else {
        return Ok(None);
    };
    if dict.get(b"Type") != Some(&Obj::Name(b"EmbeddedFile".to_vec())) {
        return Ok(None);
    }
    // Only tirkeme's own source: what another program attached is not
    // handed back as "the YAML".
    let kind = match dict.get(b"Subtype") {
        Some(Obj::Name(n)) => decoded_name(n),
        _ => Vec::new(),
    };
    if kind != SOURCE_TYPE {
        let shown = if kind.is_empty() {
            "?".to_owned()
        } else {
            crate::diagnostics::visible(&String::from_utf8_lossy(&kind))
        };
        return Err(ExtractError::Foreign(shown));
    }
    p.skip_space();
    if !pdf[p.at..].starts_with(b"stream") {
        return Ok(None);
    }
    p.at += 6;
    if pdf[p.at..].starts_with(b"\r\n") {
        p.at += 2;
    } else if pdf[p.at..].starts_with(b"\n") || pdf[p.at..].starts_with(b"\r") {
        p.at += 1;
    }
    let damaged = |what: &str| ExtractError::Damaged(what.to_owned());
    let length = dict
        .get(b"Length")
        .and_then(|l| int(pdf, l))
        .and_then(|l| usize::try_from(l).ok())
        .ok_or_else(|| damaged("no /Length"))?;
    let raw = pdf
        .get(p.at..p.at.saturating_add(length))
        .ok_or_else(|| damaged("the stream is cut short"))?;
    let filters: Vec<&Obj> = match dict.get(b"Filter") {
        None => Vec::new(),
        Some(Obj::Array(items)) => items.iter().collect(),
        Some(f) => vec![f],
    };
    if dict.get(b"DecodeParms").is_some() || dict.get(b"F").is_some() {
        return Err(ExtractError::Unsupported("/DecodeParms".into()));
    }
    let decoded = match filters.as_slice() {
        [] if raw.len() > MAX_INPUT_BYTES => return Err(ExtractError::TooLarge),
        [] => raw.to_vec(),
        [Obj::Name(n)] if n == b"FlateDecode" => inflate(raw)?,
        other => {
            let names: Vec<String> = other
                .iter()
                .map(|f| match f {
                    Obj::Name(n) => format!("/{}", String::from_utf8_lossy(n)),
                    _ => "?".into(),
                })
                .collect();
            return Err(ExtractError::Unsupported(names.join(" ")));
        }
    };
    let size = dict
        .get(b"Params")
        .map(|p| resolve(pdf, p))
        .and_then(|p| p.get(b"Size").cloned())
        .and_then(|s| int(pdf, &s));
    match size {
        Some(s) if usize::try_from(s).ok() != Some(decoded.len()) => Err(ExtractError::Damaged(
            format!("/Size {s}, {} bytes found", decoded.len()),
        )),
        _ => Ok(Some(decoded)),
    }
}

/// Flate-decodes at most the input limit, checking the zlib checksum.
fn inflate(raw: &[u8]) -> Result<Vec<u8>, ExtractError> {
    let mut out = Vec::new();
    let mut decoder = flate2::read::ZlibDecoder::new(raw).take(MAX_INPUT_BYTES as u64 + 1);
    decoder
        .read_to_end(&mut out)
        .map_err(|e| ExtractError::Damaged(e.to_string()))?;
    if out.len() > MAX_INPUT_BYTES {
        return Err(ExtractError::TooLarge);
    }
    Ok(out)
}

/// A whole number, direct or through one indirect reference.
fn int(pdf: &[u8], o: &Obj) -> Option<i64> {
    match resolve(pdf, o) {
        Obj::Int(i) => Some(i),
        _ => None,
    }
}

/// Follows an indirect reference `N G R` to its object (one step, so a
/// cycle cannot loop); any other object is itself.
fn resolve(pdf: &[u8], o: &Obj) -> Obj {
    let Obj::Ref(n, g) = o else {
        return o.clone();
    };
    let header = format!("{n} {g} obj");
    let mut from = 0;
    while let Some(i) = find(&pdf[from..], header.as_bytes()).map(|i| i + from) {
        from = i + 1;
        if i > 0 && !pdf[i - 1].is_ascii_whitespace() {
            continue;
        }
        let mut p = Parser {
            src: pdf,
            at: i + header.len(),
        };
        p.skip_space();
        return match p.object(0) {
            Some(Obj::Ref(..)) | None => Obj::Other,
            Some(obj) => obj,
        };
    }
    Obj::Other
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

/// A reader of PDF objects at a place in the file, to a bounded depth.
struct Parser<'a> {
    src: &'a [u8],
    at: usize,
}

fn is_delimiter(b: u8) -> bool {
    b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b)
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if b.is_ascii_whitespace() || b == 0 {
                self.at += 1;
            } else if b == b'%' {
                while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    fn token(&mut self) -> &[u8] {
        let start = self.at;
        while self.peek().is_some_and(|b| !is_delimiter(b)) {
            self.at += 1;
        }
        &self.src[start..self.at]
    }

    /// One object; `None` when it is malformed or nested deeper than
    /// [`MAX_DICT_DEPTH`].
    fn object(&mut self, depth: usize) -> Option<Obj> {
        if depth > MAX_DICT_DEPTH {
            return None;
        }
        self.skip_space();
        let rest = self.src.get(self.at..)?;
        if rest.starts_with(b"<<") {
            self.at += 2;
            let mut entries = Vec::new();
            loop {
                self.skip_space();
                if self.src.get(self.at..)?.starts_with(b">>") {
                    self.at += 2;
                    return Some(Obj::Dict(entries));
                }
                let Obj::Name(key) = self.object(depth + 1)? else {
                    return None;
                };
                let value = self.object(depth + 1)?;
                entries.push((key, value));
            }
        }
        match *rest.first()? {
            b'/' => {
                self.at += 1;
                Some(Obj::Name(self.token().to_vec()))
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.peek()? == b']' {
                        self.at += 1;
                        return Some(Obj::Array(items));
                    }
                    items.push(self.object(depth + 1)?);
                }
            }
            b'(' => {
                let mut level = 0usize;
                while let Some(b) = self.peek() {
                    self.at += 1;
                    match b {
                        b'\\' => self.at += 1,
                        b'(' => level += 1,
                        b')' => {
                            level -= 1;
                            if level == 0 {
                                return Some(Obj::Other);
                            }
                        }
                        _ => {}
                    }
                }
                None
            }
            b'<' => {
                let end = self.src[self.at..].iter().position(|b| *b == b'>')?;
                self.at += end + 1;
                Some(Obj::Other)
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => {
                let word = self.token();
                let Ok(n) = std::str::from_utf8(word).unwrap_or("x").parse::<i64>() else {
                    return Some(Obj::Other);
                };
                // `N G R`: look ahead without consuming when it is not one.
                let save = self.at;
                self.skip_space();
                let g = std::str::from_utf8(self.token())
                    .ok()
                    .and_then(|g| g.parse::<u64>().ok());
                self.skip_space();
                if let (Some(g), Ok(n), true) = (g, u64::try_from(n), self.peek() == Some(b'R')) {
                    self.at += 1;
                    return Some(Obj::Ref(n, g));
                }
                self.at = save;
                Some(Obj::Int(n))
            }
            _ => {
                if self.token().is_empty() {
                    return None;
                }
                Some(Obj::Other)
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    #[test]
    fn an_error_says_the_locale_files_words() {
        let e = super::ExtractError::TooLarge;
        assert_eq!(
            e.msg("a.pdf").text(crate::locale::UiLang::Ru),
            crate::locale::tr(
                crate::locale::UiLang::Ru,
                id::EXTRACT_TOO_LARGE,
                &[("path", "a.pdf"), ("max", "4")]
            )
        );
        assert!(
            e.to_string().starts_with("the source attached to PDF"),
            "{e}"
        );
    }

    use super::*;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn pdf(dict_extra: &str, filter: &str, body: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "%PDF-1.7\n1 0 obj\n<</Length {}/Type/EmbeddedFile/Subtype/application#2Fyaml{filter}{dict_extra}>>\nstream\n",
            body.len()
        )
        .into_bytes();
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        out
    }

    #[test]
    fn reads_a_flate_stream_and_checks_its_size() {
        let yaml = b"form: application\n";
        let good = pdf("/Params<</Size 18>>", "/Filter/FlateDecode", &zlib(yaml));
        assert_eq!(embedded_source(&good).unwrap(), yaml);
        let wrong = pdf("/Params<</Size 19>>", "/Filter/FlateDecode", &zlib(yaml));
        assert!(matches!(
            embedded_source(&wrong),
            Err(ExtractError::Damaged(_))
        ));
    }

    #[test]
    fn a_flipped_byte_is_an_error() {
        let yaml = "form: application\napplicant: Асанов Бакыт Жумабекович\n".repeat(20);
        let mut z = zlib(yaml.as_bytes());
        let mid = z.len() / 2;
        z[mid] ^= 0x01;
        let bad = pdf("", "/Filter/FlateDecode", &z);
        assert!(
            matches!(embedded_source(&bad), Err(ExtractError::Damaged(_))),
            "{:?}",
            embedded_source(&bad)
        );
    }

    #[test]
    fn bombs_and_chains_are_refused() {
        let zeros = vec![0u8; MAX_INPUT_BYTES + 10];
        let bomb = pdf("", "/Filter/FlateDecode", &zlib(&zeros));
        assert_eq!(embedded_source(&bomb), Err(ExtractError::TooLarge));
        let twice = pdf(
            "",
            "/Filter[/FlateDecode/FlateDecode]",
            &zlib(&zlib(b"form: x\n")),
        );
        assert!(matches!(
            embedded_source(&twice),
            Err(ExtractError::Unsupported(_))
        ));
    }

    #[test]
    fn deep_nesting_is_cut_short() {
        let deep = format!(
            "1 0 obj\n<</Type/EmbeddedFile/Subtype/application#2Fyaml/X {}>>\nstream\n",
            "[".repeat(200_000)
        );
        assert_eq!(embedded_source(deep.as_bytes()), Err(ExtractError::None));
        let dicts = format!(
            "1 0 obj\n<</Type/EmbeddedFile/Subtype/application#2Fyaml/X {}>>\nstream\n",
            "<</A ".repeat(100_000)
        );
        assert_eq!(embedded_source(dicts.as_bytes()), Err(ExtractError::None));
    }

    #[test]
    fn another_programs_attachment_is_not_the_source() {
        let xml = b"<rsm:CrossIndustryInvoice/>";
        let invoice = format!(
            "%PDF-1.7\n1 0 obj\n<</Length {}/Type/EmbeddedFile/Subtype/text#2Fxml>>\nstream\n",
            xml.len()
        );
        let mut out = invoice.into_bytes();
        out.extend_from_slice(xml);
        out.extend_from_slice(b"\nendstream\nendobj\n");
        assert_eq!(
            embedded_source(&out),
            Err(ExtractError::Foreign("text/xml".into()))
        );
        // Beside tirkeme's own source, the invoice is passed over.
        out.extend_from_slice(&pdf("", "", b"form: report\n"));
        assert_eq!(embedded_source(&out).unwrap(), b"form: report\n");
    }

    #[test]
    fn an_indirect_length_is_followed() {
        let yaml = b"form: report\n";
        let z = zlib(yaml);
        let mut out =
            b"%PDF-1.7\n1 0 obj\n<</Length 2 0 R/Type/EmbeddedFile/Subtype/application#2Fyaml/Filter/FlateDecode>>\nstream\n"
                .to_vec();
        out.extend_from_slice(&z);
        out.extend_from_slice(
            format!("\nendstream\nendobj\n2 0 obj\n{}\nendobj\n", z.len()).as_bytes(),
        );
        assert_eq!(embedded_source(&out).unwrap(), yaml);
    }
}
