//! A file read whole, but never past a cap: at most one byte over it, so
//! the caller can tell "too large" from "exactly the cap".
//!
//! The buffer is sized once, from the file's length (a regular file) or
//! the cap (a device or a pipe, whose length is unknown), so it is never
//! grown by doubling: reading the 64 MiB a PDF may have takes 64 MiB, not
//! the 128 MiB of a doubled buffer plus the copy the allocator makes when
//! it moves one.

use std::fs::File;
use std::io::{self, Read};

/// The bytes of `file`, at most `cap + 1` of them.
pub fn read(file: File, cap: usize) -> io::Result<Vec<u8>> {
    let expected = match file.metadata() {
        Ok(meta) if meta.is_file() => usize::try_from(meta.len()).unwrap_or(usize::MAX),
        _ => cap,
    };
    let mut bytes = Vec::with_capacity(expected.min(cap).saturating_add(1));
    file.take(cap as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_of(name: &str, len: usize) -> File {
        let path =
            std::env::temp_dir().join(format!("tirkeme_capped_{}_{name}", std::process::id()));
        std::fs::write(&path, vec![b'x'; len]).unwrap();
        let file = File::open(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        file
    }

    #[test]
    fn reads_a_file_whole_in_one_buffer_of_its_size() {
        let bytes = read(file_of("small", 1000), 4096).unwrap();
        assert_eq!(bytes.len(), 1000);
        assert_eq!(bytes.capacity(), 1001, "sized from the file, not grown");
    }

    #[test]
    fn stops_one_byte_past_the_cap() {
        let bytes = read(file_of("large", 5000), 4096).unwrap();
        assert_eq!(bytes.len(), 4097);
        assert_eq!(bytes.capacity(), 4097);
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_device_is_read_to_the_cap_in_one_buffer() {
        let bytes = read(File::open("/dev/zero").unwrap(), 1 << 20).unwrap();
        assert_eq!(bytes.len(), (1 << 20) + 1);
        assert_eq!(bytes.capacity(), (1 << 20) + 1);
    }
}
