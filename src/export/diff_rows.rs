//! `seam diff`'s tables: which row of the later version is which row of the earlier one.
//! Rows are matched by what identifies them — the fewest leading columns that tell the
//! rows apart (an estimate by its source, an agreement by provider and receiver, a
//! picture by who sees whom) — then a row whose name changed by what it still shares,
//! never by its position; so a removed, added or moved row reads as exactly that.
//! Steps, rounds and the session's lists are paired with the same two functions.

use std::collections::HashMap;

use crate::i18n::Words;
use crate::model::Language;

use super::diff_words::{Marks, change, likeness, shown};

pub const ADDED: Words = Words::new("neu", "added");
pub const REMOVED: Words = Words::new("entfernt", "removed");
const MOVED: Words = Words::new("verschoben", "moved");
const PLACE: Words = Words::new("von Platz", "from place");
const TO: Words = Words::new("auf", "to");

/// A table as the diff reads it: what one row is called, the columns' labels, and each
/// row's cells as shown.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// One row, as in "Schätzung", "Ziel".
    pub row: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<String>,
    /// The row in a few words where its kind knows better than its first cells (an
    /// agreement: `Marketing → Vertrieb: Leads`); empty where it does not.
    pub title: String,
}

/// How to write the lines of one comparison: the language, the marks, and what every
/// line starts with (`Schritt 1 „Markt“`).
#[derive(Debug, Clone, Copy)]
pub struct Say<'a> {
    pub l: Language,
    pub marks: Marks,
    pub heading: &'a str,
}

impl Say<'_> {
    pub fn line(&self, out: &mut Vec<String>, text: &str) {
        if self.heading.is_empty() {
            out.push(text.to_owned());
        } else {
            out.push(format!("{}: {text}", self.heading));
        }
    }
}

/// Keys numbered by their occurrence, so that two items with the same key stay two.
pub fn numbered(keys: Vec<String>) -> Vec<(String, usize)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    keys.into_iter()
        .map(|key| {
            let count = seen.entry(key.clone()).or_default();
            *count += 1;
            (key, *count)
        })
        .collect()
}

/// For each new item, the old item it is: first by equal keys, then — among what is
/// left — by `alike` (0 to 1) where it reaches one half, the most alike first.
pub fn pair<K: Eq + std::hash::Hash>(
    old: &[K],
    new: &[K],
    alike: impl Fn(usize, usize) -> f64,
) -> Vec<Option<usize>> {
    let by_key: HashMap<&K, usize> = old.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let mut taken = vec![false; old.len()];
    let mut pairs: Vec<Option<usize>> = new
        .iter()
        .map(|key| {
            let found = by_key.get(key).copied();
            if let Some(i) = found {
                taken[i] = true;
            }
            found
        })
        .collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (n, _) in pairs.iter().enumerate().filter(|(_, p)| p.is_none()) {
        for (o, _) in taken.iter().enumerate().filter(|(_, t)| !**t) {
            let score = alike(o, n);
            if score >= 0.5 {
                candidates.push((score, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, o, n) in candidates {
        if !taken[o] && pairs[n].is_none() {
            taken[o] = true;
            pairs[n] = Some(o);
        }
    }
    pairs
}

/// Which paired new items changed their order against the others: all but the longest
/// run that kept its order (so one row moved to the top is one move, not all others).
pub fn moved(pairs: &[Option<usize>]) -> Vec<bool> {
    let placed: Vec<(usize, usize)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(n, o)| o.map(|o| (n, o)))
        .collect();
    // The longest increasing run of old places, in the new order (O(n²): tables are short).
    let mut best = vec![1_usize; placed.len()];
    let mut before: Vec<Option<usize>> = vec![None; placed.len()];
    for i in 0..placed.len() {
        for j in 0..i {
            if placed[j].1 < placed[i].1 && best[j] + 1 > best[i] {
                best[i] = best[j] + 1;
                before[i] = Some(j);
            }
        }
    }
    let mut kept = vec![false; placed.len()];
    let mut at = (0..placed.len()).max_by_key(|i| (best[*i], std::cmp::Reverse(*i)));
    while let Some(i) = at {
        kept[i] = true;
        at = before[i];
    }
    let mut out = vec![false; pairs.len()];
    for (i, (n, _)) in placed.iter().enumerate() {
        out[*n] = !kept[i];
    }
    out
}

/// `verschoben: … (von Platz 1 auf 3)`.
pub fn move_line(name: &str, from: usize, to: usize, l: Language) -> String {
    format!(
        "{}: {name} ({} {} {} {})",
        MOVED.get(l),
        PLACE.get(l),
        from + 1,
        TO.get(l),
        to + 1
    )
}

impl Grid {
    /// How many leading cells tell the rows apart in both versions (rows still empty
    /// there aside); all of them where nothing does.
    fn key_width(old: &Grid, new: &Grid) -> usize {
        let columns = old.columns.len().max(new.columns.len()).max(1);
        (1..=columns)
            .find(|&width| old.unique(width) && new.unique(width))
            .unwrap_or(columns)
    }

    fn unique(&self, width: usize) -> bool {
        let mut seen = std::collections::HashSet::new();
        self.rows
            .iter()
            .map(|row| row.key(width))
            .filter(|key| !key.iter().all(String::is_empty))
            .all(|key| seen.insert(key))
    }

    fn name(&self, row: &Row, width: usize, index: usize) -> String {
        let first = row.cells.first().map(|c| shown(c)).unwrap_or_default();
        let title = shown(&row.title);
        let name = if !title.is_empty() && title != first {
            title
        } else {
            let key: Vec<String> = row
                .key(width)
                .into_iter()
                .filter(|k| !k.is_empty())
                .collect();
            key.join(" · ")
        };
        if name.is_empty() {
            format!("{} {}", self.row, index + 1)
        } else {
            format!("{} „{name}“", self.row)
        }
    }
}

impl Row {
    fn key(&self, width: usize) -> Vec<String> {
        (0..width)
            .map(|c| self.cells.get(c).map(|t| shown(t)).unwrap_or_default())
            .collect()
    }

    fn cell(&self, column: usize) -> String {
        self.cells.get(column).map(|t| shown(t)).unwrap_or_default()
    }

    /// How alike two rows are: their cells' likeness over the cells either has.
    fn alike(&self, other: &Row) -> f64 {
        let columns = self.cells.len().max(other.cells.len());
        let (mut score, mut filled) = (0.0, 0_u32);
        for column in 0..columns {
            let (a, b) = (self.cell(column), other.cell(column));
            if a.is_empty() && b.is_empty() {
                continue;
            }
            filled += 1;
            score += likeness(&a, &b);
        }
        if filled == 0 {
            0.0
        } else {
            score / f64::from(filled)
        }
    }
}

/// The changes from `old` to `new`: each changed cell of a row that stayed, each row
/// that came (with what it says), went or moved — in the later version's order, a
/// removed row where it stood.
pub fn compare(out: &mut Vec<String>, say: Say, old: &Grid, new: &Grid) {
    let width = Grid::key_width(old, new);
    let keys = |grid: &Grid| {
        numbered(
            grid.rows
                .iter()
                .map(|r| r.key(width).join("\u{1f}"))
                .collect(),
        )
    };
    let pairs = pair(&keys(old), &keys(new), |o, n| {
        old.rows[o].alike(&new.rows[n])
    });
    let moves = moved(&pairs);
    let mut gone: Vec<usize> = (0..old.rows.len())
        .filter(|o| !pairs.contains(&Some(*o)))
        .collect();
    gone.reverse();
    let l = say.l;
    let removed = |out: &mut Vec<String>, gone: &mut Vec<usize>, upto: usize| {
        while gone.last().is_some_and(|o| *o < upto) {
            let o = gone.pop().unwrap_or_default();
            let text = format!("{}: {}", REMOVED.get(l), old.name(&old.rows[o], width, o));
            say.line(out, &text);
        }
    };
    for (n, row) in new.rows.iter().enumerate() {
        let name = new.name(row, width, n);
        let Some(o) = pairs[n] else {
            let mut text = format!("{}: {name}", ADDED.get(l));
            let said: Vec<String> = (width..new.columns.len())
                .map(|c| (c, row.cell(c)))
                .filter(|(_, v)| !v.is_empty() && !shown(&row.title).contains(v.as_str()))
                .map(|(c, v)| format!("{}: {v}", new.columns[c]))
                .collect();
            if !said.is_empty() {
                text.push_str(&format!(": {}", said.join(" · ")));
            }
            say.line(out, &text);
            continue;
        };
        removed(out, &mut gone, o);
        let before = &old.rows[o];
        if moves[n] {
            say.line(out, &move_line(&name, o, n, l));
        }
        for (c, label) in new.columns.iter().enumerate() {
            let (a, b) = (before.cell(c), row.cell(c));
            if a != b {
                let text = format!("{name}: {label}: {}", change(&a, &b, l, say.marks));
                say.line(out, &text);
            }
        }
    }
    removed(out, &mut gone, usize::MAX);
}

/// The entries of a plain list (participants, the parking lot) that came, went or
/// changed a few words: `Themenspeicher: neu: Messebudget`.
pub fn list(out: &mut Vec<String>, say: Say, old: &[String], new: &[String]) {
    let show = |items: &[String]| -> Vec<String> { items.iter().map(|i| shown(i)).collect() };
    let (old, new) = (show(old), show(new));
    let pairs = pair(&numbered(old.clone()), &numbered(new.clone()), |o, n| {
        likeness(&old[o], &new[n])
    });
    for (o, item) in old.iter().enumerate() {
        if !pairs.contains(&Some(o)) {
            say.line(out, &format!("{}: {item}", REMOVED.get(say.l)));
        }
    }
    for (n, item) in new.iter().enumerate() {
        match pairs[n] {
            None => say.line(out, &format!("{}: {item}", ADDED.get(say.l))),
            Some(o) if old[o] != *item => say.line(out, &change(&old[o], item, say.l, say.marks)),
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            row: "Schätzung".into(),
            columns: vec!["Quelle".into(), "Euro".into(), "Stück".into()],
            rows: rows
                .iter()
                .map(|cells| Row {
                    cells: cells.iter().map(|c| (*c).to_owned()).collect(),
                    title: String::new(),
                })
                .collect(),
        }
    }

    fn lines(old: &Grid, new: &Grid) -> Vec<String> {
        let mut out = Vec::new();
        let say = Say {
            l: Language::De,
            marks: Marks::Plain,
            heading: "S",
        };
        compare(&mut out, say, old, new);
        out
    }

    #[test]
    fn rows_are_matched_by_what_they_are() {
        let old = grid(&[
            &["Vertrieb", "1", "2"],
            &["Marketing", "3", "4"],
            &["Service", "5", "6"],
        ]);
        let removed = grid(&[&["Marketing", "3", "4"], &["Service", "5", "6"]]);
        assert_eq!(lines(&old, &removed), ["S: entfernt: Schätzung „Vertrieb“"]);
        let moved = grid(&[
            &["Service", "5", "6"],
            &["Vertrieb", "1", "2"],
            &["Marketing", "3", "4"],
        ]);
        assert_eq!(
            lines(&old, &moved),
            ["S: verschoben: Schätzung „Service“ (von Platz 3 auf 1)"]
        );
        let renamed = grid(&[
            &["Vertrieb DACH", "1", "2"],
            &["Marketing", "3", "4"],
            &["Service", "5", "6"],
        ]);
        assert_eq!(
            lines(&old, &renamed),
            ["S: Schätzung „Vertrieb DACH“: Quelle: Vertrieb → Vertrieb DACH"]
        );
        let added = grid(&[
            &["Vertrieb", "1", "2"],
            &["Einkauf", "7", ""],
            &["Marketing", "3", "4"],
            &["Service", "5", "6"],
        ]);
        assert_eq!(
            lines(&old, &added),
            ["S: neu: Schätzung „Einkauf“: Euro: 7"]
        );
    }

    #[test]
    fn a_duplicate_first_cell_takes_the_next_into_the_key() {
        let old = grid(&[
            &["Marketing", "Vertrieb", "1"],
            &["Marketing", "Service", "2"],
        ]);
        let new = grid(&[&["Marketing", "Service", "3"]]);
        assert_eq!(
            lines(&old, &new),
            [
                "S: entfernt: Schätzung „Marketing · Vertrieb“",
                "S: Schätzung „Marketing · Service“: Stück: 2 → 3"
            ]
        );
    }
}
