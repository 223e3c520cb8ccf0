//! Editing an exported .docx as a counterpart's Word would: the package unzipped, its
//! `word/document.xml` changed as text (a phrase changed without tracking, a tracked deletion
//! and insertion with an author, a comment with its part, relationship and content type), and
//! zipped again. Shared by the tests of a counterpart's copy (each includes this file as a
//! module).

#![allow(dead_code)]

use std::io::{Cursor, Read, Write};

/// A .docx package's parts, in their order.
pub(crate) struct Package {
    parts: Vec<(String, Vec<u8>)>,
}

const DOCUMENT: &str = "word/document.xml";

impl Package {
    /// Unzips a package.
    pub(crate) fn open(bytes: &[u8]) -> Package {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
        let mut parts = Vec::new();
        for i in 0..archive.len() {
            let mut part = archive.by_index(i).expect("a part");
            let mut data = Vec::new();
            part.read_to_end(&mut data).expect("readable");
            parts.push((part.name().to_owned(), data));
        }
        Package { parts }
    }

    /// A part as text.
    pub(crate) fn part(&self, name: &str) -> Option<String> {
        self.parts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| String::from_utf8(d.clone()).expect("UTF-8"))
    }

    /// Sets (or adds) a part.
    pub(crate) fn set(&mut self, name: &str, text: &str) {
        match self.parts.iter_mut().find(|(n, _)| n == name) {
            Some((_, d)) => *d = text.as_bytes().to_vec(),
            None => self.parts.push((name.to_owned(), text.as_bytes().to_vec())),
        }
    }

    /// Zips the package again.
    pub(crate) fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut w = zip::ZipWriter::new(Cursor::new(&mut out));
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, data) in &self.parts {
                w.start_file(name.as_str(), opts).expect("a part");
                w.write_all(data).expect("written");
            }
            w.finish().expect("finished");
        }
        out
    }

    fn document(&self) -> String {
        self.part(DOCUMENT).expect("a document part")
    }

    /// Where `text` stands in the document's XML: it must stand there once.
    fn once(xml: &str, text: &str) -> usize {
        assert_eq!(
            xml.matches(text).count(),
            1,
            "«{text}» should stand once in the document's XML"
        );
        xml.find(text).expect("found")
    }

    /// Changes a phrase without tracking it, as an editor with tracking off does.
    pub(crate) fn replace_phrase(&mut self, old: &str, new: &str) {
        let xml = self.document();
        Self::once(&xml, old);
        self.set(DOCUMENT, &xml.replacen(old, new, 1));
    }

    /// Deletes `deleted` (where it follows `before` in one run) and inserts `inserted` in its
    /// place, both tracked as `author`'s.
    pub(crate) fn track_replace(
        &mut self,
        before: &str,
        deleted: &str,
        inserted: &str,
        author: &str,
    ) {
        let xml = self.document();
        let at = Self::once(&xml, &format!("{before}{deleted}")) + before.len();
        // The run's text element keeps its spaces, now that it ends where the change starts.
        let t_start = xml[..at].rfind("<w:t").expect("a text element");
        let t_end = t_start + xml[t_start..].find('>').expect("its tag ends") + 1;
        let date = "2026-12-01T10:00:00Z";
        let change = format!(
            "</w:t></w:r>\
             <w:del w:id=\"9001\" w:author=\"{author}\" w:date=\"{date}\"><w:r><w:delText xml:space=\"preserve\">{deleted}</w:delText></w:r></w:del>\
             <w:ins w:id=\"9002\" w:author=\"{author}\" w:date=\"{date}\"><w:r><w:t xml:space=\"preserve\">{inserted}</w:t></w:r></w:ins>\
             <w:r><w:t xml:space=\"preserve\">"
        );
        let edited = format!(
            "{}<w:t xml:space=\"preserve\">{}{change}{}",
            &xml[..t_start],
            &xml[t_end..at],
            &xml[at + deleted.len()..]
        );
        self.set(DOCUMENT, &edited);
    }

    /// A comment by `author` on the run holding `anchor`, with the comments part, its
    /// relationship and its content type.
    pub(crate) fn comment(&mut self, anchor: &str, author: &str, text: &str) {
        let id = 7;
        let xml = self.document();
        let at = Self::once(&xml, anchor);
        let run_start = xml[..at]
            .rfind("<w:r>")
            .into_iter()
            .chain(xml[..at].rfind("<w:r "))
            .max()
            .expect("a run");
        let run_end = at + xml[at..].find("</w:r>").expect("the run ends") + "</w:r>".len();
        let edited = format!(
            "{}<w:commentRangeStart w:id=\"{id}\"/>{}<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:commentReference w:id=\"{id}\"/></w:r>{}",
            &xml[..run_start],
            &xml[run_start..run_end],
            &xml[run_end..]
        );
        self.set(DOCUMENT, &edited);
        let comments = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
             <w:comment w:id=\"{id}\" w:author=\"{author}\" w:date=\"2026-12-01T11:00:00Z\" w:initials=\"X\">\
             <w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:comment></w:comments>"
        );
        self.set("word/comments.xml", &comments);
        let rels_name = "word/_rels/document.xml.rels";
        let rels = self.part(rels_name).expect("the document's relationships");
        if !rels.contains("comments.xml") {
            let rel = "<Relationship Id=\"rIdAvtaleComments\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>";
            self.set(rels_name, &rels.replacen("</Relationships>", rel, 1));
        }
        let types_name = "[Content_Types].xml";
        let types = self.part(types_name).expect("the content types");
        if !types.contains("/word/comments.xml") {
            let over = "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>";
            self.set(types_name, &types.replacen("</Types>", over, 1));
        }
    }

    /// The stamp's agreement id replaced (empty: no stamp).
    pub(crate) fn set_agreement_id(&mut self, from: &str, to: &str) {
        let name = "docProps/custom.xml";
        let custom = self.part(name).expect("custom properties");
        let old = format!(">{from}<");
        Self::once(&custom, &old);
        self.set(name, &custom.replacen(&old, &format!(">{to}<"), 1));
    }
}
