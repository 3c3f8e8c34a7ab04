//! The import structure of `app/src`: the layers that `app/src/lib.rs` lists for the crate's
//! modules, and `recommendations/mod.rs` for its sub-features, are the real ones. A module
//! imports only from its own layer and those below it, and no import cycle joins two modules.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

use crate::{paths::workspace_root, workspace::rust_files};

/// An identifier at the start of `text`.
fn ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The paths a use tree at the start of `text` names, as segments: `a::b::{c, d::e}` gives
/// `a::b::c` and `a::b::d::e`; a glob or `self` ends a path where it stands.
fn expand(text: &str) -> Vec<Vec<String>> {
    let mut prefix = Vec::new();
    let mut rest = text;
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            let mut paths = Vec::new();
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        paths.extend(expand(group[start..i].trim_start()));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        paths.extend(expand(group[start..i].trim_start()));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            return paths
                .into_iter()
                .map(|path| prefix.iter().cloned().chain(path).collect())
                .collect();
        }
        let name = ident(rest);
        if name.is_empty() || name == "self" {
            return vec![prefix];
        }
        prefix.push(name.to_string());
        match rest[name.len()..].strip_prefix("::") {
            Some(next) => rest = next,
            None => return vec![prefix],
        }
    }
}

/// The module a file under `app/src` defines, as segments: `a/b/c.rs` is `a::b::c`, and
/// `a/b/mod.rs` is `a::b`; `lib.rs` is the crate root.
fn module_of(relative: &Path) -> Vec<String> {
    let mut segments: Vec<String> = relative
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let file = segments.pop().unwrap_or_default();
    let stem = file.strip_suffix(".rs").unwrap_or(&file);
    if !matches!(stem, "mod" | "lib") {
        segments.push(stem.to_string());
    }
    segments
}

/// Every path from the crate root that `source`, the text of `module`, names: `crate::a::b`
/// and, from module `x::y`, `super::c` (which is `x::c`). Inline modules are read as part of
/// their file.
fn crate_paths(module: &[String], source: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = source[at..].find(['c', 's']) {
        let start = at + offset;
        at = start + 1;
        let before = source[..start].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &source[start..];
        let (base, path) = if let Some(path) = rest.strip_prefix("crate::") {
            (Vec::new(), path)
        } else if rest.starts_with("super::") {
            let mut path = rest;
            let mut up = 0;
            while let Some(next) = path.strip_prefix("super::") {
                path = next;
                up += 1;
            }
            let Some(kept) = module.len().checked_sub(up) else {
                continue;
            };
            (module[..kept].to_vec(), path)
        } else {
            continue;
        };
        found.extend(
            expand(path)
                .into_iter()
                .map(|tail| base.iter().cloned().chain(tail).collect()),
        );
    }
    found
}

/// The layers a module comment lists, top first: lines `//! 1. name: a, b, c`, continued on
/// indented lines.
fn layers(doc: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(doc).expect("readable module");
    let mut layers: Vec<Vec<String>> = Vec::new();
    let mut continued = false;
    for line in text.lines() {
        let Some(item) = line.strip_prefix("//! ") else {
            continued = false;
            continue;
        };
        let modules = if let Some(more) = item.strip_prefix("   ").filter(|_| continued) {
            more
        } else if let Some((_, modules)) = item
            .split_once(". ")
            .filter(|(number, _)| number.parse::<usize>().is_ok())
            .and_then(|(_, rest)| rest.split_once(": "))
        {
            layers.push(Vec::new());
            modules
        } else {
            continued = false;
            continue;
        };
        continued = true;
        let layer = layers.last_mut().expect("a layer was started");
        layer.extend(
            modules
                .split(',')
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(str::to_string),
        );
    }
    layers
}

/// The modules directly inside folder `dir` (folders and files).
fn child_modules(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("readable folder")
        .filter_map(|entry| {
            let path = entry.expect("directory entry").path();
            let name = path.file_name()?.to_str()?.to_string();
            if path.is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".rs")
                    .filter(|stem| !matches!(*stem, "lib" | "mod"))
                    .map(str::to_string)
            }
        })
        .collect()
}

/// Every `(importer, imported)` pair of distinct modules directly inside module `parent`.
fn imports_within(parent: &[&str]) -> BTreeSet<(String, String)> {
    let src = workspace_root().join("app/src");
    let dir = parent.iter().fold(src.clone(), |dir, p| dir.join(p));
    let children = child_modules(&dir);
    let mut edges = BTreeSet::new();
    for file in rust_files(&dir) {
        let module = module_of(file.strip_prefix(&src).expect("under app/src"));
        let Some(importer) = module.get(parent.len()).filter(|m| children.contains(*m)) else {
            continue;
        };
        let source = std::fs::read_to_string(&file).expect("readable source");
        for path in crate_paths(&module, &source) {
            let inside = path.len() > parent.len()
                && path.iter().zip(parent).all(|(segment, p)| segment == p);
            if !inside {
                continue;
            }
            let imported = &path[parent.len()];
            if imported != importer && children.contains(imported) {
                edges.insert((importer.clone(), imported.clone()));
            }
        }
    }
    edges
}

/// The groups of modules that `edges` join in a cycle (each reaches every other).
fn cycles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges {
        next.entry(a).or_default().push(b);
    }
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(m) = todo.pop() {
            for &to in next.get(m).into_iter().flatten() {
                if seen.insert(to) {
                    todo.push(to);
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&str, BTreeSet<&str>> = next.keys().map(|&m| (m, reach(m))).collect();
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (&m, from_m) in &reached {
        let group: Vec<String> = from_m
            .iter()
            .filter(|&&other| reached.get(other).is_some_and(|r| r.contains(m)))
            .map(|other| other.to_string())
            .collect();
        if !group.is_empty() && !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups
}

/// Checks the modules inside `parent` against the layers listed in `doc`.
fn check_layers(parent: &[&str], doc: &str) {
    let src = workspace_root().join("app/src");
    let listed = layers(&src.join(doc));
    assert!(listed.len() > 1, "{doc} lists its layers");
    let layer_of: BTreeMap<&str, usize> = listed
        .iter()
        .enumerate()
        .flat_map(|(i, layer)| layer.iter().map(move |m| (m.as_str(), i)))
        .collect();
    let dir = parent.iter().fold(src.clone(), |dir, p| dir.join(p));
    let children = child_modules(&dir);
    let unlisted: Vec<_> = children
        .iter()
        .filter(|m| !layer_of.contains_key(m.as_str()))
        .collect();
    let missing: Vec<_> = layer_of
        .keys()
        .filter(|m| !children.contains(**m))
        .collect();
    assert!(
        unlisted.is_empty() && missing.is_empty(),
        "{doc}: list every module in one layer; not listed: {unlisted:?}, no such module: {missing:?}"
    );
    let edges = imports_within(parent);
    let upward: Vec<_> = edges
        .iter()
        .filter(|(a, b)| layer_of[a.as_str()] > layer_of[b.as_str()])
        .collect();
    assert!(
        upward.is_empty(),
        "{doc}: these modules import from a higher layer: {upward:?}"
    );
    let cycles = cycles(&edges);
    assert!(
        cycles.is_empty(),
        "{doc}: these modules import from each other; move what they share below them: {cycles:?}"
    );
}

#[test]
fn the_crate_keeps_its_layers() {
    check_layers(&[], "lib.rs");
}

#[test]
fn recommendations_keep_their_layers() {
    check_layers(&["recommendations"], "recommendations/mod.rs");
}

#[test]
fn imports_are_read_from_plain_grouped_and_relative_paths() {
    let module = ["a".to_string(), "b".to_string(), "c".to_string()];
    let source = "use crate::{a::b, c::{d, e::f}, g};\nlet x = crate::h::i();\n\
                  use super::super::{j::k, self};\nuse super::*;\nlet y = my_super::z;\n";
    let paths: Vec<String> = crate_paths(&module, source)
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        paths,
        [
            "a::b", "c::d", "c::e::f", "g", "h::i", "a::j::k", "a", "a::b"
        ]
    );
}

#[test]
fn an_upward_import_and_a_cycle_are_found() {
    let edges: BTreeSet<(String, String)> = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(cycles(&edges), [vec!["a", "b", "c"]]);
    let acyclic: BTreeSet<_> = edges.into_iter().filter(|(a, _)| a != "c").collect();
    assert!(cycles(&acyclic).is_empty());
}
