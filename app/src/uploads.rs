//! Reading a multipart form with one file: its text fields, and the file, refused as soon as
//! it grows past a size cap (server only).

use std::collections::HashMap;

use leptos::server_fn::codec::MultipartData;

use crate::error::AppError;

/// An uploaded form: its text fields and its file (the field named `file`).
#[derive(Clone, Debug, Default)]
pub struct UploadedForm {
    fields: HashMap<String, String>,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl UploadedForm {
    /// The text field `name`, trimmed; empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", |v| v.trim())
    }
}

/// Reads `data`, refusing a file over `max_bytes` with the message under `too_large` and a
/// broken upload with the one under `broken`.
pub async fn read_form(
    data: MultipartData,
    max_bytes: usize,
    too_large: &str,
    broken: &str,
) -> Result<UploadedForm, AppError> {
    let refuse = |_| AppError::invalid(broken);
    let mut multipart = data.into_inner().ok_or_else(|| AppError::invalid(broken))?;
    let mut form = UploadedForm::default();
    while let Some(mut field) = multipart.next_field().await.map_err(refuse)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            form.file_name = field.file_name().unwrap_or_default().to_string();
            while let Some(chunk) = field.chunk().await.map_err(refuse)? {
                if form.bytes.len() + chunk.len() > max_bytes {
                    return Err(AppError::invalid(too_large));
                }
                form.bytes.extend_from_slice(&chunk);
            }
        } else {
            let value = field.text().await.map_err(refuse)?;
            form.fields.insert(name, value);
        }
    }
    Ok(form)
}
