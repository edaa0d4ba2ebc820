//! Reading back the YAML source a tirkeme PDF carries as an attachment.

use hayro_syntax::Pdf;
use hayro_syntax::object::{Name, Object};

/// The bytes of the first embedded file of a PDF, if it has one.
pub fn embedded_source(pdf: &[u8]) -> Option<Vec<u8>> {
    let pdf = Pdf::new(pdf.to_vec()).ok()?;
    for object in pdf.objects() {
        if let Object::Stream(stream) = object {
            let is_file = stream
                .dict()
                .get::<Name<'_>>("Type")
                .is_some_and(|n| n.as_str() == "EmbeddedFile");
            if is_file {
                return stream.decoded().ok().map(|d| d.into_owned());
            }
        }
    }
    None
}
