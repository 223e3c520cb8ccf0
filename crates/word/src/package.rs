//! The one way into a .docx file's bytes. Before the Word reader sees a package it is measured:
//! the bytes must be a zip (not the binary container of an old .doc or of a password-protected
//! document), hold a Word document, and inflate to no more than [`MAX_INFLATED`] in all, counted
//! while actually inflating (a zip bomb may lie in its headers). The reader then runs guarded:
//! a panic inside it becomes [`WordError::Unreadable`].

use std::io::{Cursor, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::WordError;

/// The most a package may inflate to, all parts together (a 5,000-paragraph agreement with
/// its styles inflates to a few MiB).
pub const MAX_INFLATED: u64 = 128 * 1024 * 1024;

/// The most parts a package may hold.
pub const MAX_PARTS: usize = 5_000;

/// The compound-file signature of the old .doc format and of encrypted Office documents.
const CFB_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads a .docx package into docx-rs's document, after the checks above.
pub fn read(bytes: &[u8]) -> Result<docx_rs::Docx, WordError> {
    measure(bytes)?;
    well_formed_parts(bytes)?;
    let read = catch_unwind(AssertUnwindSafe(|| docx_rs::read_docx(bytes)));
    match read {
        Ok(Ok(docx)) => Ok(docx),
        Ok(Err(err)) => Err(WordError::Unreadable {
            detail: err.to_string(),
        }),
        Err(_) => Err(WordError::Unreadable {
            detail: "the Word reader stopped on this document".to_owned(),
        }),
    }
}

/// Checks that the bytes are a Word package of a size Avtale reads, without keeping what it
/// inflates.
pub fn measure(bytes: &[u8]) -> Result<(), WordError> {
    if bytes.starts_with(&CFB_SIGNATURE) {
        return Err(if contains_utf16(bytes, "EncryptedPackage") {
            WordError::Encrypted
        } else {
            WordError::OldFormat
        });
    }
    if !bytes.starts_with(b"PK") {
        return Err(WordError::NotZip);
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| WordError::NotZip)?;
    if archive.len() > MAX_PARTS {
        return Err(WordError::TooLarge {
            limit_mib: MAX_INFLATED >> 20,
        });
    }
    let mut total: u64 = 0;
    let mut has_document = false;
    let mut has_types = false;
    let mut sink = [0u8; 64 * 1024];
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(|e| unreadable(&e))?;
        if part.encrypted() {
            return Err(WordError::Encrypted);
        }
        let name = part.name().to_owned();
        has_document |= name == "word/document.xml" || name.ends_with("/document.xml");
        has_types |= name == "[Content_Types].xml";
        loop {
            let n = part.read(&mut sink).map_err(|e| unreadable(&e))?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > MAX_INFLATED {
                return Err(WordError::TooLarge {
                    limit_mib: MAX_INFLATED >> 20,
                });
            }
        }
    }
    if !(has_document && has_types) {
        return Err(WordError::NotWord);
    }
    Ok(())
}

/// The title in a package's core properties (`docProps/core.xml`), which docx-rs does not
/// read; none when the package has none or is not one [`measure`] accepts.
pub fn core_title(bytes: &[u8]) -> Option<String> {
    measure(bytes).ok()?;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let part = archive.by_name("docProps/core.xml").ok()?;
    let mut xml = String::new();
    part.take(1 << 20).read_to_string(&mut xml).ok()?;
    let start = xml.find("<dc:title>")? + "<dc:title>".len();
    let end = start + xml[start..].find("</dc:title>")?;
    let title = xml[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    let title = title.trim();
    (!title.is_empty()).then(|| title.to_owned())
}

/// Checks that every XML part of the package is well-formed: each element closed in order,
/// attributes and entity references valid, one root. docx-rs's reader waits for an element's
/// end in loops that never end when the XML stops early (a truncated or damaged part), so
/// such a package must not reach it.
fn well_formed_parts(bytes: &[u8]) -> Result<(), WordError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| WordError::NotZip)?;
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(|e| unreadable(&e))?;
        let name = part.name().to_owned();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut data = Vec::new();
        (&mut part)
            .take(MAX_INFLATED)
            .read_to_end(&mut data)
            .map_err(|e| unreadable(&e))?;
        well_formed(&data).map_err(|detail| WordError::Unreadable {
            detail: format!("{name}: {detail}"),
        })?;
    }
    Ok(())
}

/// Whether one XML text is well-formed, with why not.
fn well_formed(xml: &[u8]) -> Result<(), String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    let mut depth: usize = 0;
    let mut roots = 0;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                if depth == 0 {
                    roots += 1;
                }
                if matches!(event, Event::Start(_)) {
                    depth += 1;
                }
                for attr in e.attributes() {
                    let attr = attr.map_err(|e| e.to_string())?;
                    let value = String::from_utf8_lossy(&attr.value);
                    quick_xml::escape::unescape(&value).map_err(|e| e.to_string())?;
                }
            }
            Event::End(_) => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| "an end tag without a start".to_owned())?;
            }
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(r);
                let known = matches!(name.as_ref(), "lt" | "gt" | "amp" | "apos" | "quot");
                if !known && r.resolve_char_ref().ok().flatten().is_none() {
                    return Err(format!("an unknown entity &{name};"));
                }
            }
            Event::Text(t) => {
                std::str::from_utf8(t).map_err(|e| e.to_string())?;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if depth != 0 || roots != 1 {
        return Err("the XML ends before its elements are closed".to_owned());
    }
    Ok(())
}

fn unreadable(err: &dyn std::fmt::Display) -> WordError {
    WordError::Unreadable {
        detail: err.to_string(),
    }
}

/// Whether `text` occurs in the bytes as UTF-16LE (names in a compound file's directory).
fn contains_utf16(bytes: &[u8], text: &str) -> bool {
    let needle: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut w = zip::ZipWriter::new(Cursor::new(&mut out));
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, data) in parts {
                w.start_file(*name, opts).unwrap();
                w.write_all(data).unwrap();
            }
            w.finish().unwrap();
        }
        out
    }

    #[test]
    fn plain_text_is_not_a_zip() {
        assert_eq!(read(b"Samarbeidsavtale").unwrap_err(), WordError::NotZip);
        assert_eq!(read(b"").unwrap_err(), WordError::NotZip);
        assert_eq!(read(b"PK\x03\x04broken").unwrap_err(), WordError::NotZip);
    }

    #[test]
    fn a_zip_without_a_document_is_not_word() {
        let z = zip_of(&[("notes.txt", b"hei")]);
        assert_eq!(read(&z).unwrap_err(), WordError::NotWord);
    }

    #[test]
    fn compound_files_are_old_or_encrypted() {
        let mut doc = CFB_SIGNATURE.to_vec();
        doc.extend_from_slice(&[0; 100]);
        assert_eq!(read(&doc).unwrap_err(), WordError::OldFormat);
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        doc.extend_from_slice(&name);
        assert_eq!(read(&doc).unwrap_err(), WordError::Encrypted);
    }

    #[test]
    fn a_zip_bomb_is_refused_while_inflating() {
        let zeros = vec![0u8; 1024 * 1024];
        let parts: Vec<(String, &[u8])> = (0..130)
            .map(|i| (format!("word/media/z{i}.bin"), zeros.as_slice()))
            .collect();
        let mut named: Vec<(&str, &[u8])> = parts.iter().map(|(n, d)| (n.as_str(), *d)).collect();
        named.push(("[Content_Types].xml", b"<Types/>"));
        named.push(("word/document.xml", b"<w:document/>"));
        let z = zip_of(&named);
        assert!(z.len() < 2 * 1024 * 1024, "the bomb is small: {}", z.len());
        assert_eq!(
            read(&z).unwrap_err(),
            WordError::TooLarge { limit_mib: 128 }
        );
    }

    #[test]
    fn a_damaged_document_is_unreadable_not_a_panic() {
        let z = zip_of(&[
            ("[Content_Types].xml", b"<Types"),
            ("word/document.xml", b"<w:document><w:body><w:p>"),
        ]);
        assert!(matches!(
            read(&z).unwrap_err(),
            WordError::Unreadable { .. }
        ));
    }

    /// Broke before: a document part cut short inside a picture made docx-rs's reader loop
    /// forever.
    #[test]
    fn xml_that_ends_early_is_unreadable_not_a_hang() {
        let z = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            (
                "word/document.xml",
                b"<w:document><w:body><w:p><w:r><w:drawing><wp:inline><a:graphic>",
            ),
        ]);
        assert!(matches!(
            read(&z).unwrap_err(),
            WordError::Unreadable { .. }
        ));
        assert!(well_formed(b"<a x=\"1 &amp; 2\"><b/>t&#229;</a>").is_ok());
        assert!(well_formed(b"<a><b></a></b>").is_err());
        assert!(well_formed(b"<a>&nbsp;</a>").is_err());
        assert!(well_formed(b"<a/><b/>").is_err());
    }
}
