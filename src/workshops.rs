//! The built-in workshop templates and the example session, compiled into the binary,
//! plus the user's own templates from `<data dir>/workshops/`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::record::Template;
use crate::record::session::Session;
use crate::store::{self, StoreError};

/// (file name, text) of every built-in template.
pub const BUILT_IN: [(&str, &str); 4] = [
    ("core.ron", include_str!("../workshops/core.ron")),
    ("full.ron", include_str!("../workshops/full.ron")),
    (
        "agreements.ron",
        include_str!("../workshops/agreements.ron"),
    ),
    ("follow-up.ron", include_str!("../workshops/follow-up.ron")),
];

pub const EXAMPLE_NAME: &str = "examples/kessler.ron";
pub const EXAMPLE: &str = include_str!("../workshops/examples/kessler.ron");
pub const EXAMPLE_FULL_NAME: &str = "examples/full-day.ron";
pub const EXAMPLE_FULL: &str = include_str!("../workshops/examples/full-day.ron");

/// Where a template came from, for `seam templates`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    User(PathBuf),
}

#[derive(Debug, Default)]
pub struct Catalog {
    pub templates: Vec<(Template, Origin)>,
    /// User templates that could not be read; they are skipped, not fatal.
    pub problems: Vec<StoreError>,
}

impl Catalog {
    /// Built-ins first, then user templates; a user template with a built-in's id
    /// replaces it in place.
    pub fn load(user_dir: Option<&Path>) -> Catalog {
        let mut catalog = Catalog::default();
        for (name, text) in BUILT_IN {
            match store::parse_ron::<Template>(text, Path::new(name)) {
                Ok(template) => catalog.templates.push((template, Origin::BuiltIn)),
                Err(error) => catalog.problems.push(error),
            }
        }
        let Some(dir) = user_dir else {
            return catalog;
        };
        let mut paths: Vec<PathBuf> = fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|e| e == "ron"));
        paths.sort();
        for path in paths {
            match store::read_template(&path) {
                Ok(template) => catalog.add(template, Origin::User(path)),
                Err(error) => catalog.problems.push(error),
            }
        }
        catalog
    }

    fn add(&mut self, template: Template, origin: Origin) {
        match self.templates.iter_mut().find(|(t, _)| t.id == template.id) {
            Some(slot) => *slot = (template, origin),
            None => self.templates.push((template, origin)),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Template> {
        self.templates.iter().map(|(t, _)| t).find(|t| t.id == id)
    }

    /// Gives each step of `session` its template's hints for the facilitator, as they
    /// read today: a session file keeps none (they are the facilitator's, and keys
    /// change). The n-th step of a kind gets the hints of the template's n-th step of
    /// it, since a session may leave out steps its template has gained since. A session
    /// whose template is not here keeps what it has.
    pub fn lend_hints(&self, session: &mut Session) {
        let Some(template) = self.get(&session.template) else {
            return;
        };
        let mut used = vec![false; template.steps.len()];
        for step in session.steps.iter_mut() {
            let kind = step.result.kind();
            let from = template
                .steps
                .iter()
                .enumerate()
                .find(|(index, from)| from.kind == kind && !used[*index]);
            if let Some((index, from)) = from {
                used[index] = true;
                step.hints.clone_from(&from.hints);
            }
        }
    }
}

/// The example session, fresh: for `seam demo`.
pub fn example_session() -> Result<Session, StoreError> {
    store::parse_session(EXAMPLE, Path::new(EXAMPLE_NAME))
}

/// The whole day filled in, every exercise of the full-day template: for `seam demo --full`.
pub fn full_day_example() -> Result<Session, StoreError> {
    store::parse_session(EXAMPLE_FULL, Path::new(EXAMPLE_FULL_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_template_parses_and_passes_its_checks() {
        let catalog = Catalog::load(None);
        assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
        assert_eq!(catalog.templates.len(), BUILT_IN.len());
        for (template, _) in &catalog.templates {
            assert_eq!(template.problems(), vec![], "template {}", template.id);
            assert_eq!(
                template.languages().len(),
                2,
                "template {} needs de and en",
                template.id
            );
        }
    }

    #[test]
    fn the_core_workshop_takes_about_half_a_day() {
        let catalog = Catalog::load(None);
        let core = catalog.get("core").expect("core is built in");
        let minutes = core.total_minutes();
        assert!((180..=270).contains(&minutes), "{minutes} minutes");
        assert_eq!(core.steps.len(), 6);
    }

    /// Not only declared in both languages: every step says its title and its question
    /// in German and in English.
    #[test]
    fn every_built_in_step_reads_in_both_languages() {
        let catalog = Catalog::load(None);
        for (template, _) in &catalog.templates {
            for step in &template.steps {
                for language in crate::model::Language::ALL {
                    assert!(
                        !step.title.get(language).trim().is_empty()
                            && !step.question.get(language).trim().is_empty(),
                        "template {}: a step without its {language:?} words",
                        template.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_example_session_is_complete_and_in_german() {
        let session = example_session().expect("example parses");
        assert_eq!(session.language, crate::model::Language::De);
        assert_eq!(session.steps.len(), 4);
        assert!(session.steps.iter().all(|s| s.result.is_started()));
    }

    #[test]
    fn the_full_day_example_fills_every_step_of_the_full_template() {
        let session = full_day_example().expect("full-day example parses");
        let catalog = Catalog::load(None);
        let template = catalog.get(&session.template).expect("its template");
        assert_eq!(template.id, "full");
        let kinds: Vec<_> = session.steps.iter().map(|s| s.result.kind()).collect();
        let expected: Vec<_> = template.steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, expected);
        assert!(
            session.steps.iter().all(|s| s.result.is_started()),
            "every exercise has content"
        );
    }

    #[test]
    fn a_user_template_with_a_built_in_id_replaces_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let custom = BUILT_IN[0].1.replace("Nahtstellen:", "Unsere Nahtstellen:");
        fs::write(dir.path().join("mine.ron"), custom).expect("write");
        fs::write(dir.path().join("broken.ron"), "(id: ").expect("write");
        let catalog = Catalog::load(Some(dir.path()));
        assert_eq!(
            catalog.templates.len(),
            BUILT_IN.len(),
            "replaced, not added"
        );
        let (core, origin) = catalog
            .templates
            .iter()
            .find(|(t, _)| t.id == "core")
            .expect("core");
        assert!(core.title.de.starts_with("Unsere"));
        assert!(matches!(origin, Origin::User(_)));
        assert_eq!(catalog.problems.len(), 1);
        assert!(
            catalog.problems[0].to_string().contains("broken.ron:1:"),
            "{}",
            catalog.problems[0]
        );
    }
}
