//! Reading a multipart form with one file: its text fields, and the file — into memory for
//! small uploads, or spooled to a temporary file for large ones — refused as soon as it grows
//! past a size cap, so an oversize upload is never held whole (server only).

use std::{collections::HashMap, io::Write};

use leptos::server_fn::codec::MultipartData;
use tempfile::NamedTempFile;

use crate::error::AppError;

/// The multipart field that carries the uploaded file.
const FILE_FIELD: &str = "file";

/// The server functions that take a multipart form (a file upload). The server refuses any
/// other kind of body to them before they run, as their reader cannot take one.
pub const MULTIPART_ENDPOINTS: [&str; 5] = [
    "/api/import_draft",
    "/api/import_translation",
    "/api/import_recommendations",
    "/api/set_reference_document",
    "/api/upload_evidence",
];

/// The text fields of an uploaded form and the name of its file (the field named `file`).
#[derive(Clone, Debug, Default)]
pub struct FormFields {
    fields: HashMap<String, String>,
    pub file_name: String,
}

impl FormFields {
    /// The text field `name`, trimmed; empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", |v| v.trim())
    }
}

/// An uploaded form whose file is in memory.
#[derive(Clone, Debug, Default)]
pub struct UploadedForm {
    form: FormFields,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl UploadedForm {
    /// The text field `name`, trimmed; empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.form.field(name)
    }
}

/// An uploaded form whose file is in a temporary file (deleted when this is dropped).
#[derive(Debug)]
pub struct SpooledForm {
    pub form: FormFields,
    pub file: NamedTempFile,
    /// Bytes in the file.
    pub size: u64,
}

/// Where an upload's file goes.
trait Sink {
    fn take(&mut self, chunk: &[u8]) -> std::io::Result<()>;
}

impl Sink for Vec<u8> {
    fn take(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        self.extend_from_slice(chunk);
        Ok(())
    }
}

impl Sink for std::io::BufWriter<std::fs::File> {
    fn take(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        self.write_all(chunk)
    }
}

/// The messages of an upload's refusals.
pub struct Refusals<'a> {
    /// The file is over the cap.
    pub too_large: &'a str,
    /// The upload broke off or is not a multipart form.
    pub broken: &'a str,
}

/// Reads `data` into its fields, pouring the file into `sink`. Answers the fields and the
/// file's size.
async fn read_into(
    data: MultipartData,
    max_bytes: u64,
    refusals: &Refusals<'_>,
    sink: &mut impl Sink,
) -> Result<(FormFields, u64), AppError> {
    let refuse = |_| AppError::invalid(refusals.broken);
    let mut multipart = data
        .into_inner()
        .ok_or_else(|| AppError::invalid(refusals.broken))?;
    let mut form = FormFields::default();
    let mut size: u64 = 0;
    while let Some(mut field) = multipart.next_field().await.map_err(refuse)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == FILE_FIELD {
            form.file_name = field.file_name().unwrap_or_default().to_string();
            while let Some(chunk) = field.chunk().await.map_err(refuse)? {
                size += chunk.len() as u64;
                if size > max_bytes {
                    return Err(AppError::invalid(refusals.too_large));
                }
                sink.take(&chunk).map_err(|error| {
                    tracing::error!(%error, "writing an upload");
                    AppError::invalid(refusals.broken)
                })?;
            }
        } else {
            let value = field.text().await.map_err(refuse)?;
            form.fields.insert(name, value);
        }
    }
    Ok((form, size))
}

/// Reads `data` with its file in memory, refusing a file over `max_bytes` with the message
/// under `too_large` and a broken upload with the one under `broken`.
pub async fn read_form(
    data: MultipartData,
    max_bytes: usize,
    too_large: &str,
    broken: &str,
) -> Result<UploadedForm, AppError> {
    let mut bytes = Vec::new();
    let refusals = Refusals { too_large, broken };
    let (form, _) = read_into(data, max_bytes as u64, &refusals, &mut bytes).await?;
    Ok(UploadedForm {
        file_name: form.file_name.clone(),
        form,
        bytes,
    })
}

/// Reads `data` with its file spooled to a temporary file, refusing one over `max_bytes`.
pub async fn spool_form(
    data: MultipartData,
    max_bytes: u64,
    refusals: &Refusals<'_>,
) -> Result<SpooledForm, AppError> {
    let broken = |error: std::io::Error| {
        tracing::error!(%error, "spooling an upload");
        AppError::invalid(refusals.broken)
    };
    let file = NamedTempFile::new().map_err(broken)?;
    let mut writer = std::io::BufWriter::new(file.reopen().map_err(broken)?);
    let (form, size) = read_into(data, max_bytes, refusals, &mut writer).await?;
    writer.flush().map_err(broken)?;
    Ok(SpooledForm { form, file, size })
}
