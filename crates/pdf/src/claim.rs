//! The revision a PDF shows, carried machine-readably in its metadata, and read back.
//!
//! A print of a committed revision gets one more document keyword,
//! `avtale-revisjon:N:HASH:ID` (revision number, the revision's full SHA-256 in lowercase hex,
//! the agreement's `meta.id` with every byte outside `A–Z a–z 0–9 . _ ~ -` written as `%XX`).
//! Typst puts the keywords into the PDF's document information and its XMP metadata packet,
//! which PDF/A keeps as plain XML text: reading it back needs no PDF parser, only the packet
//! scan the XMP specification describes for this purpose (`<?xpacket begin=` … `<?xpacket
//! end=`). The token has no characters that XML or the keyword list (", ") would change.

use std::fmt::Write;

use avtale_core::lang::Locale;
use avtale_core::messages;

/// What starts the keyword that names the printed revision.
const PREFIX: &str = "avtale-revisjon:";

/// The revision of an agreement a PDF shows, as its metadata names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedRevision {
    /// The agreement's `meta.id`.
    pub agreement: String,
    /// The revision's number.
    pub number: u32,
    /// The revision's full hash, lowercase hex.
    pub hash: String,
}

impl PrintedRevision {
    /// The document keyword that carries it.
    pub fn keyword(&self) -> String {
        let mut id = String::new();
        for byte in self.agreement.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~' | b'-') {
                id.push(char::from(byte));
            } else {
                let _ = write!(id, "%{byte:02X}");
            }
        }
        format!("{PREFIX}{}:{}:{id}", self.number, self.hash)
    }

    /// Reads a keyword made by [`PrintedRevision::keyword`]; None when it is not one.
    fn parse(token: &str) -> Option<PrintedRevision> {
        let rest = token.strip_prefix(PREFIX)?;
        let mut parts = rest.splitn(3, ':');
        let number = parts.next()?.parse::<u32>().ok()?;
        let hash = parts.next()?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let agreement = percent_decode(parts.next()?)?;
        Some(PrintedRevision {
            agreement,
            number,
            hash: hash.to_ascii_lowercase(),
        })
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(b) = input.next() {
        if b == b'%' {
            let hex = [input.next()?, input.next()?];
            let hex = std::str::from_utf8(&hex).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok()
}

/// Why the revision a PDF shows could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The bytes are not a PDF file.
    #[error("not a PDF file")]
    NotPdf,
    /// The PDF has no XMP metadata packet that can be read as text.
    #[error("no readable XMP metadata in the PDF")]
    NoMetadata,
    /// The metadata names more than one revision (it was edited afterwards).
    #[error("the PDF's metadata names more than one revision")]
    Ambiguous,
}

impl ReadError {
    /// The message for users.
    pub fn report(&self, locale: Locale) -> String {
        match self {
            ReadError::NotPdf => messages::pdf_not_a_pdf(locale),
            ReadError::NoMetadata => messages::pdf_no_metadata(locale),
            ReadError::Ambiguous => messages::pdf_claims_several(locale),
        }
    }
}

/// The revision a PDF made by Avtale shows, read from its XMP metadata. `Ok(None)` when the
/// PDF names none: it was printed from changes not saved as a revision, or not by Avtale.
pub fn printed_revision(pdf: &[u8]) -> Result<Option<PrintedRevision>, ReadError> {
    if !pdf.starts_with(b"%PDF-") {
        return Err(ReadError::NotPdf);
    }
    let packets = xmp_packets(pdf);
    if packets.is_empty() {
        return Err(ReadError::NoMetadata);
    }
    let mut found: Option<PrintedRevision> = None;
    for packet in packets {
        let text = String::from_utf8_lossy(packet);
        for (at, _) in text.match_indices(PREFIX) {
            let token: String = text[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || ":._~%-".contains(*c))
                .collect();
            let Some(claim) = PrintedRevision::parse(&token) else {
                continue;
            };
            match &found {
                Some(earlier) if *earlier != claim => return Err(ReadError::Ambiguous),
                Some(_) => {}
                None => found = Some(claim),
            }
        }
    }
    Ok(found)
}

/// The XMP packets in a file: from `<?xpacket begin=` to `<?xpacket end=`.
fn xmp_packets(bytes: &[u8]) -> Vec<&[u8]> {
    const BEGIN: &[u8] = b"<?xpacket begin=";
    const END: &[u8] = b"<?xpacket end=";
    let mut packets = Vec::new();
    let mut from = 0;
    while let Some(start) = find(&bytes[from..], BEGIN).map(|i| from + i) {
        let body = start + BEGIN.len();
        let Some(end) = find(&bytes[body..], END).map(|i| body + i) else {
            break;
        };
        packets.push(&bytes[body..end]);
        from = end + END.len();
    }
    packets
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(id: &str) -> PrintedRevision {
        PrintedRevision {
            agreement: id.into(),
            number: 3,
            hash: "ab".repeat(32),
        }
    }

    fn pdf_with(xmp: &str) -> Vec<u8> {
        format!(
            "%PDF-1.7\n1 0 obj\n<< /Type /Metadata >>\nstream\n<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta>{xmp}</x:xmpmeta><?xpacket end=\"r\"?>\nendstream\n"
        )
        .into_bytes()
    }

    #[test]
    fn a_keyword_reads_back_whatever_the_id_holds() {
        for id in [
            "53f29eaa-e8b9-4532-ade9-f2f35f6c3687",
            "test",
            "a:b, c<d>&%æ",
        ] {
            let keyword = claim(id).keyword();
            assert!(
                keyword
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || ":._~%-".contains(c)),
                "{keyword}"
            );
            let pdf = pdf_with(&format!(
                "<pdf:Keywords>NAV, {keyword}, Agder</pdf:Keywords>"
            ));
            assert_eq!(printed_revision(&pdf), Ok(Some(claim(id))));
        }
    }

    #[test]
    fn what_is_not_a_claim_is_told_apart() {
        assert_eq!(printed_revision(b"hello"), Err(ReadError::NotPdf));
        assert_eq!(
            printed_revision(b"%PDF-1.7\nno metadata"),
            Err(ReadError::NoMetadata)
        );
        assert_eq!(printed_revision(&pdf_with("NAV, Agder")), Ok(None));
        let short = pdf_with("avtale-revisjon:3:abcd:test");
        assert_eq!(
            printed_revision(&short),
            Ok(None),
            "a short hash is no claim"
        );
        let two = pdf_with(&format!(
            "{} {}",
            claim("a").keyword(),
            claim("b").keyword()
        ));
        assert_eq!(printed_revision(&two), Err(ReadError::Ambiguous));
        let twice = pdf_with(&format!(
            "{} {}",
            claim("a").keyword(),
            claim("a").keyword()
        ));
        assert_eq!(printed_revision(&twice), Ok(Some(claim("a"))));
    }
}
