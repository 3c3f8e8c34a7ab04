//! The form data of a file-upload form, for the server functions that take multipart input
//! (the preview-then-apply imports).

use leptos::{html::Form, prelude::*, web_sys::FormData};

/// The fields of `form`, its file included, with `apply=true` added when `apply`; `None`
/// before the form is in the page.
pub fn form_data(form: NodeRef<Form>, apply: bool) -> Option<FormData> {
    let element = form.get()?;
    let data = FormData::new_with_form(&element).ok()?;
    if apply {
        data.append_with_str("apply", "true").ok()?;
    }
    Some(data)
}
