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
/// shown round asks, if there is one that way. The selection never rests on somebody
/// not asked: what they would type would be refused and lost.
fn first_asked(w: &Workshop, row: usize, by: isize) -> Option<usize> {
    let people = &w.session.participants;
    let round = w.shown_round()?;
    std::iter::successors(Some(row), |at| at.checked_add_signed(by))
        .take_while(|at| *at < people.len())
        .find(|at| round.asks(&people[*at]))
}

/// The first person the shown round asks, from the top (the first row where it asks
/// nobody, or no round is shown).
pub(super) fn first_asked_from_the_top(w: &Workshop) -> usize {
    first_asked(w, 0, 1).unwrap_or(0)
}

/// Moves the selection to the next person asked (`by` 1: down, -1: up); where there is
/// none that way it stays.
pub(super) fn select_next_asked(w: &mut Workshop, by: isize) {
    if let Some(next) = w.round_row.checked_add_signed(by)
        && let Some(found) = first_asked(w, next, by)
    {
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
        w.round_row = first_asked_from_the_top(w);
    }
}
