//! The promise of `exercises/`: an exercise kind lives in one folder, and its screen in
//! one file a floor up (`ui/kinds/KIND.rs`) — or, for a kind that is one table, in one
//! file (`exercises/KIND.rs`, its columns declared there and drawn by
//! `ui/kinds/table_kind_view.rs`). Its types (the ones its `mod.rs` re-exports, or the table
//! kind's structs) may be named outside its folder or file only in its view, in the two
//! registries (the kinds', and the one that ties kinds to their views) and in the
//! generated sample sessions — so adding a kind touches its folder (or file), its view,
//! one line of each registry, a template, and (for benchmarks) the sample.

use crate::common::rust_files;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Where a kind's types may appear besides its own folder and its view.
const ALLOWED: [&str; 3] = [
    "src/exercises/mod.rs",
    "src/ui/kinds/mod.rs",
    "src/sample.rs",
];

/// The structs a table kind's file declares: `pub struct Decision {`.
fn table_kind_types(file: &str) -> Vec<String> {
    file.lines()
        .filter_map(|line| line.strip_prefix("pub struct "))
        .filter_map(|rest| rest.split([' ', '{', '(', ';']).next())
        .map(str::to_owned)
        .collect()
}

/// The type names a kind re-exports: `pub use model::{Estimate, Market, …};`.
fn kind_types(mod_rs: &str) -> Vec<String> {
    mod_rs
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("pub use ")?;
            let (module, names) = rest.split_once("::")?;
            module.ends_with("_model").then_some(names)
        })
        .flat_map(|rest| {
            rest.trim_matches(|c| matches!(c, '{' | '}' | ';'))
                .split(',')
                .map(|name| name.trim().to_owned())
                .filter(|name| name.chars().next().is_some_and(char::is_uppercase))
                .filter(|name| name != "Finding" && !name.chars().all(|c| !c.is_lowercase()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        boundary(before) && boundary(after)
    })
}

fn file_is(files: &BTreeSet<String>, path: &str) -> bool {
    files.contains(path)
}

#[test]
fn each_kind_is_named_only_in_its_folder_its_view_and_the_registries() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut kinds = 0;
    for entry in fs::read_dir(root.join("src/exercises"))
        .expect("exercises")
        .flatten()
    {
        let folder = entry.path();
        let types = if let Ok(mod_rs) = fs::read_to_string(folder.join("mod.rs")) {
            kind_types(&mod_rs)
        } else {
            match fs::read_to_string(&folder) {
                Ok(file) if file.contains("impl TableKind for") => table_kind_types(&file),
                _ => continue,
            }
        };
        kinds += 1;
        assert!(
            !types.is_empty(),
            "{} re-exports no types",
            folder.display()
        );
        let mut outside = BTreeSet::new();
        for file in files.iter().filter(|f| !f.starts_with(&folder)) {
            // Code only: a comment may mention a kind as an example.
            let text: String = fs::read_to_string(file)
                .expect("readable source")
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            if types.iter().any(|t| names_word(&text, t)) {
                let relative = file.strip_prefix(root).expect("under the crate");
                outside.insert(relative.to_string_lossy().replace('\\', "/"));
            }
        }
        println!("{}: {types:?} outside in {outside:?}", folder.display());
        assert!(
            outside.len() <= 5,
            "{} is spread over {outside:?}",
            folder.display()
        );
        let name = folder
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let view = format!("src/ui/kinds/{name}.rs");
        // The follow-up reads a whole earlier session: its carrying stands a floor up,
        // on the record's (record/follow.rs).
        let session_level = name == "follow_up" && file_is(&outside, "src/record/follow.rs");
        for file in &outside {
            assert!(
                ALLOWED.contains(&file.as_str())
                    || *file == view
                    || (session_level && file == "src/record/follow.rs"),
                "{} names {types:?} in {file}",
                folder.display()
            );
        }
    }
    assert!(kinds >= 14, "found only {kinds} exercise kinds");
}

#[test]
fn the_model_parts_know_no_terminal() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/model"), &mut files);
    rust_files(&root.join("src/exercises"), &mut files);
    // Every file of both: a kind's screen lives a floor up, in ui/kinds/.
    assert!(files.len() > 10, "found only {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source");
        for terminal in ["ratatui", "crossterm"] {
            assert!(
                !text.contains(terminal),
                "{} uses {terminal}",
                file.display()
            );
        }
    }
}
