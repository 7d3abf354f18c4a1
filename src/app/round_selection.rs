//! Who is selected in a round's list: never somebody the round does not ask, so that
//! what the room types at the shared keyboard always lands in an answer.

use super::Workshop;

/// Whether the person selected in the round's list is asked (a round about their own
/// department is not theirs to answer).
pub(super) fn selected_is_asked(w: &Workshop) -> bool {
    let person = w.session.participants.get(w.round_row);
    w.shown_round()
        .zip(person)
        .is_none_or(|(round, person)| round.asks(person))
}

/// The row of the first person from `row` on (in steps of `by`: 1 down, -1 up) whom the
/// shown round asks; `row` itself where there is none that way. The selection never
/// rests on somebody not asked: what they would type would be refused and lost.
pub(super) fn asked_from(w: &Workshop, row: usize, by: isize) -> usize {
    let people = &w.session.participants;
    let Some(round) = w.shown_round() else {
        return row;
    };
    let mut at = row;
    loop {
        if people.get(at).is_some_and(|p| round.asks(p)) {
            return at;
        }
        match at
            .checked_add_signed(by)
            .filter(|next| *next < people.len())
        {
            Some(next) => at = next,
            None => return row,
        }
    }
}

/// Moves the selection to the next person asked (`by` 1: down, -1: up); where there is
/// none that way it stays.
pub(super) fn select_next_asked(w: &mut Workshop, by: isize) {
    let Some(next) = w.round_row.checked_add_signed(by) else {
        return;
    };
    if next >= w.session.participants.len() {
        return;
    }
    let found = asked_from(w, next, by);
    let asks = w.shown_round().zip(w.session.participants.get(found));
    if asks.is_some_and(|(round, person)| round.asks(person)) {
        w.round_row = found;
    }
}

/// The round on screen, with somebody it asks selected.
pub(super) fn show(w: &mut Workshop) {
    w.round_shown = true;
    w.round_row = w
        .round_row
        .min(w.session.participants.len().saturating_sub(1));
    if !selected_is_asked(w) {
        w.round_row = asked_from(w, 0, 1);
    }
}
