//! The floors of `src/`: a module stands above what it uses and never imports from a
//! module above it, so no import circle can run through more than one module. Read from
//! the code's own `crate::…` paths (tests inside a file are left out: they may use what
//! they like). A new top-level module fails here until it is given its floor below.

use crate::common::rust_files;
use std::fs;
use std::path::Path;

/// Every top-level module of `src/` with its floor, lowest first. A module may use
/// modules on lower floors only.
const FLOORS: &[(&str, u8)] = &[
    // Words and numbers: plain text, then the workshop in domain words.
    ("text", 0),
    ("model", 1),
    ("i18n", 2),
    // How a kind writes its part of a handout; then the kinds' data, checks and forms.
    ("written", 3),
    ("exercises", 4),
    // The session file and the templates that hold the kinds' records.
    ("record", 5),
    ("store", 6),
    ("workshops", 7),
    ("sample", 8),
    // What acts on a session and what writes it out.
    ("app", 8),
    ("export", 8),
    // What draws, the one channel, the terminal's setup, the command line.
    ("ui", 9),
    ("inbox", 9),
    ("inbox_session_end", 9),
    ("terminal", 9),
    ("cli", 9),
    // The room for phones and the presenter, both started by the loop.
    ("room", 10),
    ("presenter", 10),
    ("tui", 11),
];

fn floor(module: &str) -> Option<u8> {
    FLOORS.iter().find(|(m, _)| *m == module).map(|(_, f)| *f)
}

/// The top-level module a file of `src/` belongs to (`app` for `src/app/round_flow.rs`).
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("under src");
    let first = relative
        .components()
        .next()
        .expect("a path")
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    first.trim_end_matches(".rs").to_owned()
}

/// The top-level modules a piece of code names through `crate::…`.
fn used_modules(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .map(|(at, found)| {
            code[at + found.len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .collect()
}

/// A file's code without its tests (`#[cfg(test)] mod tests { … }` runs to the end of a
/// file here, as everywhere in seam) and without comments.
fn code_of(file: &Path) -> String {
    let text = fs::read_to_string(file).expect("readable source");
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_module_uses_only_the_floors_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        // A module's tests may use what stands above it (examples, templates).
        let tests = file
            .file_stem()
            .is_some_and(|stem| stem.to_string_lossy().ends_with("_tests"));
        if matches!(module.as_str(), "lib" | "main") || tests {
            continue;
        }
        let Some(here) = floor(&module) else {
            panic!("src/{module} has no floor: give it one in tests/suite/floors.rs");
        };
        for used in used_modules(&code_of(file)) {
            if used == module {
                continue;
            }
            checked += 1;
            match floor(&used) {
                Some(there) if there < here => {}
                _ => wrong.push(format!(
                    "{} (floor {here}) uses crate::{used} (floor {:?})",
                    file.strip_prefix(&src).expect("under src").display(),
                    floor(&used)
                )),
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} uses found: is the reading broken?"
    );
    assert!(
        wrong.is_empty(),
        "uses that run up or sideways:\n{}",
        wrong.join("\n")
    );
}

/// The terminal's crates and the modules that may use them: crossterm only where the
/// terminal is set up or read (keys become seam's own `Chord` there), ratatui only where
/// something is drawn. The app keeps the text being typed in ratatui-textarea's editor
/// (its text and cursor, drawn by `ui`): that, and nothing else of either, below the
/// screen. Every other module uses none of them.
const TERMINAL_CRATES: &[(&str, &[&str])] = &[
    ("app", &["ratatui_textarea"]),
    ("ui", &["ratatui"]),
    ("inbox", &["crossterm"]),
    ("terminal", &["crossterm", "ratatui"]),
    ("presenter", &["crossterm", "ratatui", "ratatui_textarea"]),
    ("tui", &["crossterm", "ratatui"]),
];

/// Whether `code` names `word` as a whole word (`ratatui` is not in `ratatui_textarea`).
fn names(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(at, _)| {
        let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !word_char(code[..at].chars().next_back())
            && !word_char(code[at + word.len()..].chars().next())
    })
}

#[test]
fn only_what_draws_or_reads_the_terminal_knows_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut checked = 0;
    for file in files {
        let module = module_of(&src, &file);
        let allowed = TERMINAL_CRATES
            .iter()
            .find(|(m, _)| *m == module)
            .map(|(_, crates)| *crates)
            .unwrap_or_default();
        let code = code_of(&file);
        for terminal in ["ratatui", "crossterm", "ratatui_textarea"] {
            assert!(
                allowed.contains(&terminal) || !names(&code, terminal),
                "{} ({module}) uses {terminal}",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "checked only {checked}");
}

/// docs/ARCHITECTURE.md is where a newcomer finds their room: it names every folder and
/// every top-level module of `src/`.
#[test]
fn the_architecture_page_names_every_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = fs::read_to_string(root.join("docs/ARCHITECTURE.md")).expect("the page");
    for entry in fs::read_dir(root.join("src")).expect("src").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with("_tests.rs") {
            continue;
        }
        let shown = if entry.path().is_dir() {
            format!("{name}/")
        } else {
            name.clone()
        };
        assert!(
            page.contains(&shown),
            "docs/ARCHITECTURE.md does not name {shown}"
        );
    }
}

/// A file is read in one sitting: none of `src/` runs past about 600 lines (a file's
/// tests may stand beside it, as `*_tests.rs`).
#[test]
fn every_source_file_reads_in_one_sitting() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let lines = fs::read_to_string(file).ok()?.lines().count();
            (lines > 620).then(|| format!("{} ({lines} lines)", file.display()))
        })
        .collect();
    assert!(long.is_empty(), "too long to read in one sitting: {long:?}");
}

/// A file's name says whose it is: no two files of `src/` share a name (`mod.rs` and a
/// file's `*_tests.rs` aside), so a name in an editor's tab or a stack trace finds one file.
#[test]
fn no_two_source_files_share_a_name() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut seen: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for file in &files {
        let name = file
            .file_name()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        if name == "mod.rs" {
            continue;
        }
        let relative = file.strip_prefix(&src).expect("under src");
        seen.entry(name)
            .or_default()
            .push(relative.to_string_lossy().replace('\\', "/"));
    }
    let shared: Vec<_> = seen
        .into_iter()
        .filter(|(_, paths)| paths.len() > 1)
        .collect();
    assert!(shared.is_empty(), "files that share a name: {shared:?}");
}

/// Inside a folder, too, files stand on each other without circles: a file that uses a
/// sibling (`super::page::esc`, `crate::room::page::Typed`) stands above it. The one
/// exception is a kind's own folder (`src/exercises/KIND/`), whose record and words
/// may name each other. `mod.rs` is a folder's face and is left out.
#[test]
fn no_circle_between_the_files_of_a_folder() {
    use std::collections::{BTreeMap, BTreeSet};
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    // Each folder's files by stem, and the module path that names the folder.
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(folder) = file.parent() else {
            continue;
        };
        let stem = file
            .file_stem()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        if folder == src || stem == "mod" || stem.ends_with("_tests") {
            continue;
        }
        let relative = folder.strip_prefix(&src).expect("under src");
        let module = relative.to_string_lossy().replace(['/', '\\'], "::");
        if module.starts_with("exercises::") {
            continue;
        }
        let code = code_of(file);
        let named = |prefix: &str| -> BTreeSet<String> {
            code.match_indices(prefix)
                .flat_map(|(at, found)| first_segments(&code[at + found.len()..]))
                .filter(|sibling| *sibling != stem && folder.join(format!("{sibling}.rs")).exists())
                .collect()
        };
        let mut siblings = named("super::");
        siblings.extend(named(&format!("crate::{module}::")));
        let key = |name: &str| format!("{module}::{name}");
        uses.insert(key(&stem), siblings.iter().map(|s| key(s)).collect());
    }
    // A circle is a file that can reach itself.
    let mut circles = Vec::new();
    for start in uses.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&String> = uses[start].iter().collect();
        while let Some(next) = todo.pop() {
            if next == start {
                circles.push(start.clone());
                break;
            }
            if seen.insert(next.clone()) {
                todo.extend(uses.get(next).into_iter().flatten());
            }
        }
    }
    assert!(
        circles.is_empty(),
        "files that use themselves through siblings: {circles:?}"
    );
}

/// The first name of each path after `super::` or `crate::x::`: `page` of `page::esc`,
/// and `live`, `page` of `{live, page}`.
fn first_segments(after: &str) -> Vec<String> {
    let word = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let Some(group) = after.strip_prefix('{') else {
        return vec![word(after)];
    };
    let mut depth = 0;
    let mut items = vec![String::new()];
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => items.push(String::new()),
            _ => {}
        }
        if let Some(item) = items.last_mut()
            && c != ','
        {
            item.push(c);
        }
    }
    items.iter().map(|item| word(item)).collect()
}
