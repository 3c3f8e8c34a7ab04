//! What an uploaded evidence file really is, from its first bytes (and, for zip-based office
//! files, its parts), and whether that agrees with its name. Only documents, images, audio
//! and video that readers open safely are accepted (server only).

use std::io::Cursor;

/// A kind of file accepted as evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Webp,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Text,
    Csv,
    Mp3,
    Mp4,
}

impl FileKind {
    /// The MIME type files of this kind are served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Webp => "image/webp",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileKind::Text => "text/plain; charset=utf-8",
            FileKind::Csv => "text/csv; charset=utf-8",
            FileKind::Mp3 => "audio/mpeg",
            FileKind::Mp4 => "video/mp4",
        }
    }

    /// The kinds a file name's extension promises.
    fn for_extension(extension: &str) -> &'static [FileKind] {
        match extension {
            "pdf" => &[FileKind::Pdf],
            "png" => &[FileKind::Png],
            "jpg" | "jpeg" => &[FileKind::Jpeg],
            "webp" => &[FileKind::Webp],
            "docx" => &[FileKind::Docx],
            "xlsx" => &[FileKind::Xlsx],
            "pptx" => &[FileKind::Pptx],
            "odt" => &[FileKind::Odt],
            "ods" => &[FileKind::Ods],
            "txt" | "md" => &[FileKind::Text],
            "csv" => &[FileKind::Csv, FileKind::Text],
            "mp3" => &[FileKind::Mp3],
            "mp4" | "m4a" | "mov" => &[FileKind::Mp4],
            _ => &[],
        }
    }
}

/// Why a file is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileTypeError {
    /// Its name's extension is not one of the accepted kinds.
    #[error("files named .{0} are not accepted")]
    Extension(String),
    /// Its content is not what its name says.
    #[error("the content is not a .{0} file")]
    Mismatch(String),
}

/// The kind of `bytes`, if it is one of the accepted ones.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(FileKind::Png);
    }
    if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return Some(FileKind::Jpeg);
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(FileKind::Webp);
    }
    if bytes.starts_with(b"ID3") || bytes.starts_with(&[0xff, 0xfb]) {
        return Some(FileKind::Mp3);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some(FileKind::Mp4);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return office_kind(bytes);
    }
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if !text.contains(&0) && std::str::from_utf8(text).is_ok() && !looks_like_markup(text) {
        return Some(FileKind::Text);
    }
    None
}

/// HTML or SVG would run scripts if a browser ever rendered it: never accepted as text.
fn looks_like_markup(text: &[u8]) -> bool {
    let start: String = String::from_utf8_lossy(&text[..text.len().min(512)])
        .trim_start()
        .to_lowercase();
    ["<!doctype", "<html", "<svg", "<?xml", "<script"]
        .iter()
        .any(|tag| start.starts_with(tag))
}

/// An Office Open XML or OpenDocument file, told apart by its parts.
fn office_kind(bytes: &[u8]) -> Option<FileKind> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if let Ok(mut mimetype) = archive.by_name("mimetype") {
        let mut name = String::new();
        std::io::Read::read_to_string(&mut mimetype, &mut name).ok()?;
        return match name.trim() {
            "application/vnd.oasis.opendocument.text" => Some(FileKind::Odt),
            "application/vnd.oasis.opendocument.spreadsheet" => Some(FileKind::Ods),
            _ => None,
        };
    }
    archive.by_name("[Content_Types].xml").ok()?;
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    let has = |part: &str| names.iter().any(|n| n == part);
    if has("word/document.xml") {
        Some(FileKind::Docx)
    } else if has("xl/workbook.xml") {
        Some(FileKind::Xlsx)
    } else if has("ppt/presentation.xml") {
        Some(FileKind::Pptx)
    } else {
        None
    }
}

/// The kind of the file `name` with content `bytes`, when the two agree.
pub fn check(name: &str, bytes: &[u8]) -> Result<FileKind, FileTypeError> {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    let promised = FileKind::for_extension(&extension);
    if promised.is_empty() {
        return Err(FileTypeError::Extension(extension));
    }
    match sniff(bytes) {
        Some(kind) if promised.contains(&kind) => Ok(if extension == "csv" {
            FileKind::Csv
        } else {
            kind
        }),
        _ => Err(FileTypeError::Mismatch(extension)),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zip_with(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut out);
        for (name, content) in parts {
            writer
                .start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            writer.write_all(content.as_bytes()).unwrap();
        }
        writer.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn documents_and_images_are_recognised_by_their_content() {
        assert_eq!(check("report.pdf", b"%PDF-1.7\n..."), Ok(FileKind::Pdf));
        assert_eq!(
            check("photo.JPG", &[0xff, 0xd8, 0xff, 0xe0, 0, 0]),
            Ok(FileKind::Jpeg)
        );
        assert_eq!(
            check("scan.png", b"\x89PNG\r\n\x1a\n\0\0"),
            Ok(FileKind::Png)
        );
        assert_eq!(
            check("notes.txt", "Протокол заседания".as_bytes()),
            Ok(FileKind::Text)
        );
        assert_eq!(check("cases.csv", b"a,b\n1,2\n"), Ok(FileKind::Csv));
        let docx = zip_with(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w/>"),
        ]);
        assert_eq!(check("letter.docx", &docx), Ok(FileKind::Docx));
        let odt = zip_with(&[("mimetype", "application/vnd.oasis.opendocument.text")]);
        assert_eq!(check("letter.odt", &odt), Ok(FileKind::Odt));
    }

    #[test]
    fn a_name_that_lies_about_the_content_is_refused() {
        assert_eq!(
            check("report.pdf", b"MZ\x90\0 executable"),
            Err(FileTypeError::Mismatch("pdf".into()))
        );
        let xlsx = zip_with(&[
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", "<w/>"),
        ]);
        assert_eq!(
            check("letter.docx", &xlsx),
            Err(FileTypeError::Mismatch("docx".into()))
        );
        assert_eq!(
            check("page.txt", b"<!DOCTYPE html><script>alert(1)</script>"),
            Err(FileTypeError::Mismatch("txt".into()))
        );
        assert_eq!(
            check("logo.svg", b"<svg/>"),
            Err(FileTypeError::Extension("svg".into()))
        );
        assert_eq!(
            check("tool.exe", b"MZ"),
            Err(FileTypeError::Extension("exe".into()))
        );
        assert_eq!(
            check("noextension", b"%PDF-"),
            Err(FileTypeError::Extension(String::new()))
        );
        let plain_zip = zip_with(&[("a.txt", "x")]);
        assert!(check("archive.docx", &plain_zip).is_err());
    }
}
