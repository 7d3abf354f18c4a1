//! The pages a phone gets: server-rendered HTML that works without JavaScript (plain
//! forms, POST, redirect; waiting pages reload themselves by a meta refresh), with no
//! external resource, small, readable at 360 px. Every text is escaped.

use std::fmt::Write;

use super::state::{OpenRound, RoomView};
use crate::i18n::{self, Label, t};
use crate::model::{Ask, Closeness, Language, Participant};

/// How often a waiting phone looks again, in seconds.
const REFRESH: u32 = 4;

pub const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:36rem;\
line-height:1.4;font-size:1.1rem;color:#111;background:#fff}h1{font-size:1.3rem}\
button,input,textarea{font-size:1.1rem}button{display:block;width:100%;min-height:3rem;margin:.4rem 0;\
border:2px solid #333;border-radius:.4rem;background:#e8ebf0}label{display:block;margin:.6rem 0}\
input[type=text],input:not([type]),textarea,input[type=number]{width:100%;box-sizing:border-box;\
min-height:2.6rem;padding:.3rem}.note{background:#f3f5f9;border-left:4px solid #3f5f8f;padding:.4rem .6rem}\
.error{border-left-color:#a00}fieldset{border:0;padding:0}";

/// Every text on a page: escaped for HTML, control and bidi characters defused (the
/// same function as the HTML handout's).
pub use crate::export::svg::escape as esc;

fn page(l: Language, secret: &str, title: &str, refresh: bool, body: &str) -> String {
    let refresh = if refresh {
        format!("<meta http-equiv=\"refresh\" content=\"{REFRESH}\">")
    } else {
        String::new()
    };
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{refresh}\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/{secret}/style.css\"></head>\
         <body>{body}</body></html>",
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
    page(l, secret, &view.title, false, &body)
}

/// The open round with its form, the last result, or a note to wait.
pub fn round(view: &RoomView, secret: &str, me: &Participant, note: Option<&str>) -> String {
    let l = view.language;
    let mut body = format!(
        "<p>{} <b>{}</b></p>",
        t(l, Label::RoomYouAre),
        esc(&me.with_department())
    );
    if let Some(note) = note {
        let _ = write!(body, "<p class=\"note\">{}</p>", esc(note));
    }
    let waiting = match (&view.round, &view.result) {
        (Some(round), _) => {
            let answered = round.answered.contains(&me.name);
            body.push_str(&form(round, secret, l, answered));
            // Reloads only after answering: a half-typed answer is never thrown away.
            answered
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
    page(l, secret, &view.title, waiting, &body)
}

fn form(round: &OpenRound, secret: &str, l: Language, answered: bool) -> String {
    let mut out = format!(
        "<h1>{}</h1><p>{}</p>",
        esc(&round.question),
        esc(&round.settings)
    );
    if answered {
        let _ = write!(out, "<p class=\"note\">{}</p>", t(l, Label::RoomAnswered));
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
                "<label>{}<input name=\"euros\" inputmode=\"decimal\" autocomplete=\"off\" maxlength=\"40\"></label>\
                 <label>{}<input name=\"units\" inputmode=\"decimal\" autocomplete=\"off\" maxlength=\"40\"></label>",
                t(l, Label::RoundEuros),
                t(l, Label::RoundUnits)
            );
        }
        Ask::Dots(vote) => {
            let _ = write!(out, "<p>{} {}</p>", vote.dots, t(l, Label::RoundDotsEach));
            for (index, item) in vote.items.iter().enumerate() {
                let _ = write!(
                    out,
                    "<label>{}<input type=\"number\" name=\"d{index}\" min=\"0\" max=\"{}\" value=\"0\"></label>",
                    esc(item),
                    if vote.stack { vote.dots } else { 1 }
                );
            }
        }
        Ask::Scale => {
            out.push_str("<fieldset>");
            for step in Closeness::ALL {
                let _ = write!(
                    out,
                    "<label><input type=\"radio\" name=\"step\" value=\"{}\" required> {} {}</label>",
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
                "<label>{}<textarea name=\"text\" maxlength=\"500\" rows=\"3\" required></textarea></label>",
                t(l, Label::RoundAnswer)
            );
        }
    }
    let _ = write!(out, "<button>{}</button></form>", t(l, Label::RoomSend));
    out
}
