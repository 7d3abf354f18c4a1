//! What of an anonymous round may be seen before its reveal, and when: the
//! facilitator's screening list, which catches up only in threes, and what came or
//! changed since the room last saw a re-opened round's answers.

use super::round::{Reply, Round};

impl Round {
    /// How many of an anonymous round's answers came or changed since the facilitator's
    /// list last caught up: the answers that match none of the list's (each list entry
    /// matching one answer at most).
    pub fn unscreened(&self) -> usize {
        if !self.anonymous || !self.is_open() {
            return 0;
        }
        unmatched(self.answers.iter().map(|a| &a.reply), &self.screened)
    }

    /// The answers the facilitator may screen now, lowest first where anonymous, each
    /// with whether it is held back: a named round's and a revealed round's all, an
    /// anonymous round's that collects as its list last caught up (`screened`).
    pub fn screen(&self) -> Vec<(Reply, bool)> {
        if !self.anonymous || !self.is_open() {
            return self
                .answers
                .iter()
                .map(|a| (a.reply.clone(), a.held_back))
                .collect();
        }
        self.screened
            .iter()
            .map(|reply| {
                let held = self
                    .answers
                    .iter()
                    .any(|a| a.held_back && a.reply == *reply);
                (reply.clone(), held)
            })
            .collect()
    }

    /// How many answers came or changed since the room last saw them (0 for a round
    /// never revealed): those matching none of `shown_before`, each matching one.
    pub fn changed_since_shown(&self) -> usize {
        if self.shown_before.is_empty() {
            return 0;
        }
        unmatched(self.answers.iter().map(|a| &a.reply), &self.shown_before)
    }

    /// Asks an anonymous round that has too few answers to be revealed again with names,
    /// as the room agreed: the answers given anonymously are dropped — none ever gets a
    /// name — and who gave them answers again. How many were dropped; `None` where the
    /// round is not such a round (named, revealed, or with enough answers).
    pub fn ask_by_name(&mut self) -> Option<usize> {
        if !self.is_open() || !self.too_few_to_reveal() {
            return None;
        }
        let dropped = self.answers.len();
        self.anonymous = false;
        self.answers.clear();
        self.answered.clear();
        self.screened.clear();
        self.shown_before.clear();
        Some(dropped)
    }
}

/// How many of `answers` match none of `seen` (each entry of `seen` matching one answer
/// at most): what came or changed since.
fn unmatched<'a>(answers: impl Iterator<Item = &'a Reply>, seen: &[Reply]) -> usize {
    let mut left: Vec<Option<&Reply>> = seen.iter().map(Some).collect();
    answers
        .filter(|reply| {
            match left
                .iter_mut()
                .find(|entry| entry.is_some_and(|seen| seen == *reply))
            {
                Some(entry) => {
                    *entry = None;
                    false
                }
                None => true,
            }
        })
        .count()
}
