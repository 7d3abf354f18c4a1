//! Why an answer was not taken: said to the person who gave it, on the wall or on
//! their phone, in their words (`i18n`). Below rounds and the scales they ask on.

/// Why an answer was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The round was revealed: answers are closed until it is re-opened.
    Closed,
    /// The reply does not fit the question (dots on a figures round).
    WrongKind,
    /// More dots than each person has, or several on one item where that is not allowed.
    TooManyDots,
    /// Nothing given: no figure, no dot, no word.
    Empty,
    /// An anonymous answer given before seam restarted: nobody knows any more which one
    /// it was, so it cannot be changed.
    Sealed,
    /// The round is about the person's own department and asks the others.
    NotAsked,
    /// A number that is no item of the vote.
    NoSuchItem,
    /// Neither a number of the scale nor its word.
    NotOnScale,
    /// An anonymous round with fewer answers than `round::FEWEST_ANONYMOUS`: revealed,
    /// everybody would know whose they are.
    TooFewAnonymous,
}
