//! Stored states and roles are enums (`entities/states`): no string literal of one is left in
//! the application or the server outside its definition, so a misspelt state does not compile
//! and a new one is found by the compiler rather than by grep.

use std::path::Path;

use app::states::every_variant;

use crate::{paths::workspace_root, workspace::rust_files};

/// The stored names of every enum of `entities/states`.
fn stored_names() -> Vec<&'static str> {
    let mut all: Vec<_> = every_variant()
        .into_iter()
        .map(|(name, _)| name)
        // Undecided is stored empty: an empty string names nothing in particular.
        .filter(|name| !name.is_empty())
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Stored names that are also everyday words of the code (a form field `file`, a Fluent
/// argument `coalition`, a CSV column `state`, the interface locales' language codes): these
/// count only where a value is compared or stored (`== "state"`, `.eq("state")`,
/// `Set("file")`, `"ngo" =>`, `is_in(["state"])`).
const COMMON_WORDS: &[&str] = &[
    "ar",
    "coalition",
    "committee",
    "create",
    "custom",
    "document",
    "en",
    "es",
    "file",
    "fr",
    "kk",
    "link",
    "ngo",
    "nhri",
    "other",
    "private",
    "public",
    "recommendation",
    "ru",
    "state",
    "update",
    "zh",
];

/// Whether the literal at `at` in `line` is compared or stored.
fn compared_or_stored(line: &str, at: usize, literal: &str) -> bool {
    let before = line[..at].trim_end();
    let after = line[at + literal.len()..].trim_start();
    ["==", "!=", ".eq(", ".ne(", "Set("]
        .iter()
        .any(|p| before.ends_with(p))
        || after.starts_with("=>")
        || line[..at].contains("is_in(")
}

/// `file:line: text` for every quoted stored name in `source`, except the values of HTML
/// attributes in views other than `value`, which may share a word with a state
/// (`class="editor"`, `id="review"`: written with no space around `=`, unlike Rust), and Rust
/// attributes (`#[arg(long = "final")]`).
fn spelled_out(file: &Path, source: &str, names: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    // Unit tests at the end of a file feed stored names to parsers as a form would.
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    for (number, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("#[") {
            continue;
        }
        for name in names {
            let literal = format!("\"{name}\"");
            for (at, _) in line.match_indices(&literal) {
                if COMMON_WORDS.contains(name) && !compared_or_stored(line, at, &literal) {
                    continue;
                }
                // A form value is a stored name sent to the server: it counts.
                let before = line[..at].strip_suffix('=').unwrap_or_default();
                let html_attribute = !before.ends_with("value")
                    && before
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if !html_attribute {
                    found.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn no_stored_state_or_role_is_spelled_out_as_a_string() {
    let names = stored_names();
    let root = workspace_root();
    let mut found = Vec::new();
    for dir in ["app/src", "server/src"] {
        for file in rust_files(&root.join(dir)) {
            let source = std::fs::read_to_string(&file).expect("readable source");
            found.extend(spelled_out(&file, &source, &names));
        }
    }
    assert!(
        found.is_empty(),
        "use the enum variants instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_spelled_out_state_but_not_an_html_attribute() {
    let names = stored_names();
    let source = "if role == \"editor\" {}\n<div class=\"editor\" id=\"review\">\nlet r = Role::Editor;\n\
                  #[arg(long = \"final\")]\nstatus: Set(\"not_started\".into()),\n\
                  <input name=\"status\" value=\"submitted\" />\n\
                  if name == \"file\" {}\n(\"coalition\", text(&coalition)),\n\
                  .filter(A::Assessor.is_in([\"coalition\", \"state\"]))\n\
                  #[cfg(test)]\nassert_eq!(role, \"editor\");\n";
    let found = spelled_out(Path::new("x.rs"), source, &names);
    assert_eq!(
        found,
        [
            "x.rs:1: if role == \"editor\" {}",
            "x.rs:5: status: Set(\"not_started\".into()),",
            "x.rs:6: <input name=\"status\" value=\"submitted\" />",
            "x.rs:7: if name == \"file\" {}",
            "x.rs:9: .filter(A::Assessor.is_in([\"coalition\", \"state\"]))",
            "x.rs:9: .filter(A::Assessor.is_in([\"coalition\", \"state\"]))",
        ]
    );
}
