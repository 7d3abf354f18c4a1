//! `seam diff`'s values: `old → new` for a figure or a name, and for a text the new
//! text with only its changed words marked — `[-alt-]{+neu+}`, or in colour on a
//! terminal — so that one word changed in a long paragraph is one mark, not two
//! paragraphs side by side. Every text passes `one_line` first: nothing typed reaches a
//! terminal raw, and the colours are added after.

use crate::i18n::Words;
use crate::model::Language;
use crate::text::one_line;

const EMPTY: Words = Words::new("(leer)", "(empty)");

/// How changed words are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Marks {
    /// `[-removed-]{+added+}`, as `git diff --word-diff` writes them: for a pipe, a file,
    /// a test, `NO_COLOR`.
    #[default]
    Plain,
    /// Red for what went, green for what came, as `git diff --color-words` shows them.
    Colour,
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const RESET: &str = "\x1b[0m";

impl Marks {
    fn removed(self, text: &str) -> String {
        match self {
            Marks::Plain => format!("[-{text}-]"),
            Marks::Colour => format!("{RED}{text}{RESET}"),
        }
    }

    fn added(self, text: &str) -> String {
        match self {
            Marks::Plain => format!("{{+{text}+}}"),
            Marks::Colour => format!("{GREEN}{text}{RESET}"),
        }
    }

    /// `old → new`, each whole, coloured on a terminal.
    fn replaced(self, before: &str, after: &str) -> String {
        match self {
            Marks::Plain => format!("{before} → {after}"),
            Marks::Colour => format!("{RED}{before}{RESET} → {GREEN}{after}{RESET}"),
        }
    }
}

/// One value of the session as a line: sanitised and trimmed.
pub fn shown(text: &str) -> String {
    one_line(text.trim()).into_owned()
}

/// How one value changed: the new text with its changed words marked where both are
/// texts of some words that share most of them; else `old → new`, `(empty)` for nothing.
pub fn change(before: &str, after: &str, l: Language, marks: Marks) -> String {
    let (before, after) = (shown(before), shown(after));
    if let Some(marked) = marked(&before, &after, marks) {
        return marked;
    }
    let or_empty = |text: String| {
        if text.is_empty() {
            EMPTY.get(l).to_owned()
        } else {
            text
        }
    };
    marks.replaced(&or_empty(before), &or_empty(after))
}

/// A text with fewer words is a figure, a name or a date: it reads best as `old → new`.
const WORDS_OF_A_TEXT: usize = 4;
/// Beyond this many word pairs the comparison costs more than it tells.
const MOST_PAIRS: usize = 250_000;

/// The new text with the changed words marked, when marking reads better than both
/// texts whole: each has some words and at least half of the shorter one stayed.
fn marked(before: &str, after: &str, marks: Marks) -> Option<String> {
    let (old, new): (Vec<&str>, Vec<&str>) = (
        before.split_whitespace().collect(),
        after.split_whitespace().collect(),
    );
    if old.len().max(new.len()) < WORDS_OF_A_TEXT
        || old.is_empty()
        || new.is_empty()
        || old.len() * new.len() > MOST_PAIRS
    {
        return None;
    }
    let steps = word_steps(&old, &new);
    let kept = steps.iter().filter(|s| matches!(s, Step::Kept(_))).count();
    if kept * 2 < old.len().min(new.len()) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let (mut gone, mut came): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let flush = |out: &mut Vec<String>, gone: &mut Vec<&str>, came: &mut Vec<&str>| {
        let mut run = String::new();
        if !gone.is_empty() {
            run.push_str(&marks.removed(&gone.join(" ")));
        }
        if !came.is_empty() {
            run.push_str(&marks.added(&came.join(" ")));
        }
        if !run.is_empty() {
            out.push(run);
        }
        gone.clear();
        came.clear();
    };
    for step in steps {
        match step {
            Step::Kept(word) => {
                flush(&mut out, &mut gone, &mut came);
                out.push(word.to_owned());
            }
            Step::Gone(word) => gone.push(word),
            Step::Came(word) => came.push(word),
        }
    }
    flush(&mut out, &mut gone, &mut came);
    Some(out.join(" "))
}

enum Step<'a> {
    Kept(&'a str),
    Gone(&'a str),
    Came(&'a str),
}

/// The words of `old` and `new` along their longest common subsequence, in order;
/// within a change what went comes before what came.
fn word_steps<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Step<'a>> {
    // common[i][j]: the longest common subsequence of old[i..] and new[j..].
    let mut common = vec![vec![0_usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut steps = Vec::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            steps.push(Step::Kept(old[i]));
            i += 1;
            j += 1;
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            steps.push(Step::Gone(old[i]));
            i += 1;
        } else {
            steps.push(Step::Came(new[j]));
            j += 1;
        }
    }
    steps
}

/// How alike two values are, from 0 (nothing shared) to 1 (the same): the share of
/// their words that both have. What pairs a renamed row with the row it was.
pub fn likeness(a: &str, b: &str) -> f64 {
    let (a, b) = (a.trim(), b.trim());
    if a == b {
        return if a.is_empty() { 0.0 } else { 1.0 };
    }
    let words =
        |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_lowercase).collect() };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut rest = b.clone();
    let mut shared = 0_usize;
    for word in &a {
        if let Some(at) = rest.iter().position(|w| w == word) {
            rest.swap_remove(at);
            shared += 1;
        }
    }
    // Counts are far below 2^52: exact as floats.
    #[allow(clippy::cast_precision_loss)]
    let share = (2 * shared) as f64 / (a.len() + b.len()) as f64;
    share
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_changed_in_a_long_text_is_one_mark() {
        let before = "Finanzen: 62 % des Deckungsbeitrags kommen aus Etiketten und Farbbändern.";
        let after = "Finanzen: 62 % des Umsatzes kommen aus Etiketten und Farbbändern.";
        assert_eq!(
            change(before, after, Language::De, Marks::Plain),
            "Finanzen: 62 % des [-Deckungsbeitrags-]{+Umsatzes+} kommen aus Etiketten und Farbbändern."
        );
        assert_eq!(
            change(
                "eins zwei drei vier",
                "eins zwei drei vier fünf",
                Language::De,
                Marks::Plain
            ),
            "eins zwei drei vier {+fünf+}"
        );
    }

    #[test]
    fn figures_names_and_different_texts_read_old_to_new() {
        let l = Language::En;
        assert_eq!(change("60", "65", l, Marks::Plain), "60 → 65");
        assert_eq!(change("", "Anna", l, Marks::Plain), "(empty) → Anna");
        assert_eq!(
            change("a b c d", "w x y z", l, Marks::Plain),
            "a b c d → w x y z"
        );
        assert_eq!(
            change("60", "65", l, Marks::Colour),
            "\x1b[31m60\x1b[0m → \x1b[32m65\x1b[0m"
        );
    }

    #[test]
    fn likeness_counts_shared_words() {
        assert!((likeness("Mehr Leads", "Mehr Leads") - 1.0).abs() < f64::EPSILON);
        assert!(likeness("", "") < f64::EPSILON);
        assert!(likeness("Mehr gute Leads", "Mehr Leads") > 0.7);
        assert!(likeness("Vertrieb", "Marketing") < f64::EPSILON);
    }
}
