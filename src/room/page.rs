//! The pages a phone gets: server-rendered HTML that works without JavaScript (plain
//! forms, POST, redirect; waiting pages reload themselves by a meta refresh), with no
//! external resource, small, readable at 360 px. Every text is escaped.
//!
//! With JavaScript, the script of `live` replaces the meta refresh.

use std::fmt::Write;
use std::hash::{Hash, Hasher};

use super::room_state::{OpenRound, RoomView, Typed};
use crate::i18n::{self, Label, t};
use crate::model::{Ask, Closeness, Language, Participant};

/// How often a waiting phone without JavaScript looks again, in seconds.
const REFRESH: u32 = 4;

pub const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:36rem;\
line-height:1.4;font-size:1.1rem;color:#111;background:#fff}h1{font-size:1.3rem}\
button,input,textarea{font-size:1.1rem}button{display:block;width:100%;min-height:3rem;margin:.4rem 0;\
border:2px solid #333;border-radius:.4rem;background:#e8ebf0}label{display:block;margin:.6rem 0}\
input[type=text],input:not([type]),textarea,input[type=number]{width:100%;box-sizing:border-box;\
min-height:2.6rem;padding:.3rem}.note{background:#f3f5f9;border-left:4px solid #3f5f8f;padding:.4rem .6rem}\
.error{border-left-color:#a00}fieldset{border:0;padding:0}[hidden]{display:none}";

/// Every text on a page: escaped for HTML, control and bidi characters defused (the
/// same function as the HTML handout's).
pub use crate::export::svg::escape as esc;

/// How a page stays current: `None` for a page that waits for nobody (the join page).
struct Live<'a> {
    /// This phone's state key when the page was drawn.
    state: &'a str,
    /// Reload by meta refresh when there is no JavaScript: only on pages without a
    /// half-typed answer to lose.
    refresh: bool,
}

fn page(l: Language, secret: &str, title: &str, live: Option<Live>, body: &str) -> String {
    let (head, attributes, tail) = match live {
        None => (String::new(), String::new(), String::new()),
        Some(live) => (
            if live.refresh {
                format!("<noscript><meta http-equiv=\"refresh\" content=\"{REFRESH}\"></noscript>")
            } else {
                String::new()
            },
            format!(
                " data-state=\"{}\" data-events=\"/{secret}/events\" data-page=\"/{secret}/round\"",
                esc(live.state)
            ),
            format!(
                "<p id=\"live\" class=\"note error\" role=\"status\" hidden data-closed=\"{}\" \
                 data-lost=\"{}\"></p><script src=\"/{secret}/live.js\"></script>",
                t(l, Label::RoomPhoneClosed),
                t(l, Label::RoomPhoneLost)
            ),
        ),
    };
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head}\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/{secret}/style.css\"></head>\
         <body{attributes}>{body}{tail}</body></html>",
        lang = l.tag(),
        title = esc(title),
    )
}

/// Pick your name, or add yourself.
pub fn join(view: &RoomView, secret: &str, error: Option<&str>) -> String {
    let l = view.language;
    let mut body = format!("<h1>{}</h1>", esc(&view.title));
    if let Some(error) = error {
        let _ = write!(body, "<p class=\"note error\">{}</p>", esc(error));
    }
    let _ = write!(
        body,
        "<p>{}</p><form method=\"post\" action=\"/{secret}/join\">",
        t(l, Label::RoomWhoAreYou)
    );
    for (index, person) in view.people.iter().enumerate() {
        let _ = write!(
            body,
            "<button name=\"who\" value=\"{index}\">{}</button>",
            esc(&person.with_department())
        );
    }
    let _ = write!(
        body,
        "</form><h2>{}</h2><form method=\"post\" action=\"/{secret}/join\">\
         <label>{}<input name=\"name\" maxlength=\"80\" autocomplete=\"name\" required></label>\
         <label>{}<input name=\"department\" maxlength=\"80\"></label>\
         <button>{}</button></form>",
        t(l, Label::RoomNew),
        t(l, Label::RoomName),
        t(l, Label::RoomDepartment),
        t(l, Label::RoomJoin)
    );
    page(l, secret, &view.title, None, &body)
}

/// A line above the question: that an answer is in, or why it was not taken.
#[derive(Debug, Clone, Copy)]
pub enum Note<'a> {
    Taken(&'a str),
    Refused(&'a str),
}

/// The open round with its form, the last result, or a note to wait. `typed` is what
/// this phone sent and was refused: shown again to be corrected, never a stored answer.
pub fn round(
    view: &RoomView,
    secret: &str,
    me: &Participant,
    note: Option<Note>,
    typed: Option<&Typed>,
) -> String {
    let l = view.language;
    let mut body = format!(
        "<p>{} <b>{}</b></p>",
        t(l, Label::RoomYouAre),
        esc(&me.with_department())
    );
    match note {
        Some(Note::Taken(text)) => {
            let _ = write!(body, "<p class=\"note\">{}</p>", esc(text));
        }
        Some(Note::Refused(text)) => {
            let _ = write!(
                body,
                "<p class=\"note error\" role=\"alert\">{}</p>",
                esc(text)
            );
        }
        None => {}
    }
    let (work, waiting) = work(view, secret, me, typed);
    body.push_str(&work);
    let live = Live {
        state: &state_key(view, me),
        // Reloads only when no answer is being typed: a half-typed answer is never
        // thrown away.
        refresh: waiting,
    };
    page(l, secret, &view.title, Some(live), &body)
}

/// What this phone would see now, as a short key: it changes with the question, the
/// phone's own answered mark and the result, not when somebody else answers.
pub fn state_key(view: &RoomView, me: &Participant) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    work(view, "", me, None).0.hash(&mut hasher);
    view.title.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// The page's work: the open round's form, the result, or the note to wait; and whether
/// the phone is only waiting.
fn work(view: &RoomView, secret: &str, me: &Participant, typed: Option<&Typed>) -> (String, bool) {
    let l = view.language;
    let mut body = String::new();
    let waiting = match (&view.round, &view.result) {
        (Some(round), _)
            if round
                .not_asked
                .as_deref()
                .is_some_and(|d| d.trim() == me.department.trim()) =>
        {
            let _ = write!(
                body,
                "<h1>{}</h1><p class=\"note\">{}</p>",
                esc(&round.question),
                t(l, Label::RoundNotAsked)
            );
            true
        }
        (Some(round), _) => {
            let me_key = me.key();
            let answered = round.answered.contains(&me_key);
            // What this phone typed and was refused comes first; else its stored answer.
            let shown = typed.or_else(|| round.own.get(&me_key));
            body.push_str(&form(round, secret, l, answered, shown));
            answered && typed.is_none()
        }
        (None, Some(result)) => {
            let _ = write!(body, "<h1>{}</h1><ul>", esc(&result.question));
            for line in &result.lines {
                let _ = write!(body, "<li>{}</li>", esc(line));
            }
            body.push_str("</ul>");
            true
        }
        (None, None) => {
            let _ = write!(body, "<p class=\"note\">{}</p>", t(l, Label::RoomNoRound));
            true
        }
    };
    (body, waiting)
}

fn form(
    round: &OpenRound,
    secret: &str,
    l: Language,
    answered: bool,
    typed: Option<&Typed>,
) -> String {
    let typed = |name: &str| {
        typed
            .and_then(|t| t.get(name))
            .map_or(String::new(), |v| esc(v))
    };
    let mut out = format!(
        "<h1>{}</h1><p>{}</p>",
        esc(&round.question),
        esc(&round.settings)
    );
    if answered {
        let _ = write!(out, "<p class=\"note\">{}</p>", t(l, Label::RoomAnswered));
    }
    if round.too_few {
        let _ = write!(out, "<p class=\"note\">{}</p>", t(l, Label::RoomTooFew));
    }
    let _ = write!(
        out,
        "<form method=\"post\" action=\"/{secret}/answer\"><input type=\"hidden\" name=\"round\" value=\"{}\">",
        esc(&round.id)
    );
    match &round.ask {
        Ask::Amount => {
            let _ = write!(
                out,
                "<label>{}<input name=\"euros\" inputmode=\"decimal\" autocomplete=\"off\" maxlength=\"40\" value=\"{}\"></label>\
                 <label>{}<input name=\"units\" inputmode=\"decimal\" autocomplete=\"off\" maxlength=\"40\" value=\"{}\"></label>",
                t(l, Label::RoundEuros),
                typed("euros"),
                t(l, Label::RoundUnits),
                typed("units")
            );
        }
        Ask::Dots(vote) => {
            let _ = write!(out, "<p>{} {}</p>", vote.dots, t(l, Label::RoundDotsEach));
            for (index, item) in vote.items.iter().enumerate() {
                let dots = typed(&format!("d{index}"));
                let _ = write!(
                    out,
                    "<label>{}<input type=\"number\" name=\"d{index}\" min=\"0\" max=\"{}\" value=\"{}\"></label>",
                    esc(item),
                    if vote.stack { vote.dots } else { 1 },
                    if dots.is_empty() {
                        "0".to_owned()
                    } else {
                        dots
                    }
                );
            }
        }
        Ask::Scale => {
            out.push_str("<fieldset>");
            let chosen = typed("step");
            for step in Closeness::ALL {
                let checked = if chosen == step.number().to_string() {
                    " checked"
                } else {
                    ""
                };
                let _ = write!(
                    out,
                    "<label><input type=\"radio\" name=\"step\" value=\"{}\" required{checked}> {} {}</label>",
                    step.number(),
                    step.number(),
                    i18n::closeness(l, step)
                );
            }
            out.push_str("</fieldset>");
        }
        Ask::Text => {
            let _ = write!(
                out,
                "<label>{}<textarea name=\"text\" maxlength=\"500\" rows=\"3\" required>{}</textarea></label>",
                t(l, Label::RoundAnswer),
                typed("text")
            );
        }
    }
    let _ = write!(out, "<button>{}</button></form>", t(l, Label::RoomSend));
    out
}
