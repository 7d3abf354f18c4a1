//! The handout is a record: whatever a participant typed renders as typed in any
//! CommonMark + GFM-tables viewer — no HTML element, no link, no emphasis, list or
//! heading that seam did not write. Checked by rendering the exported handout with
//! pulldown-cmark over generated hostile strings.

use crate::common::*;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use seam::exercises::Exercise;
use seam::model::Participant;
use seam::record::Session;

/// What a viewer shows, block by block: each top-level block's text, with line breaks
/// as `\n`, and whether anything in the document is HTML, a link or an image.
struct Rendered {
    blocks: Vec<String>,
    cells: Vec<String>,
    items: Vec<String>,
    foreign: Vec<String>,
}

fn render(markdown: &str) -> Rendered {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut rendered = Rendered {
        blocks: Vec::new(),
        cells: Vec::new(),
        items: Vec::new(),
        foreign: Vec::new(),
    };
    let mut block = String::new();
    let mut cell: Option<String> = None;
    let mut item: Option<String> = None;
    let mut depth = 0_usize;
    for event in Parser::new_ext(markdown, options) {
        let text = match &event {
            Event::Text(t) | Event::Code(t) => Some(t.to_string()),
            Event::SoftBreak | Event::HardBreak => Some("\n".to_owned()),
            _ => None,
        };
        if let Some(text) = text {
            block.push_str(&text);
            if let Some(cell) = &mut cell {
                cell.push_str(&text);
            }
            if let Some(item) = &mut item {
                item.push_str(&text);
            }
        }
        match event {
            Event::Html(h) | Event::InlineHtml(h) => rendered.foreign.push(format!("html {h}")),
            Event::Start(Tag::Link { dest_url, .. }) => {
                rendered.foreign.push(format!("link {dest_url}"));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                rendered.foreign.push(format!("image {dest_url}"));
            }
            Event::Start(Tag::Emphasis | Tag::Strikethrough | Tag::CodeBlock(_)) => {
                rendered
                    .foreign
                    .push("emphasis, strikethrough or code".to_owned());
            }
            // seam writes no list inside a list item: one there came from typed text.
            Event::Start(Tag::List(_)) if item.is_some() => {
                rendered
                    .foreign
                    .push("a list inside a list item".to_owned());
                depth += 1;
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => rendered.cells.extend(cell.take()),
            Event::Start(Tag::Item) => item = Some(String::new()),
            Event::End(TagEnd::Item) => rendered.items.extend(item.take()),
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    rendered.blocks.push(std::mem::take(&mut block));
                }
            }
            _ => {}
        }
    }
    rendered
}

/// Typed text full of Markdown and HTML: emphasis, links, images, HTML, entities, list
/// and heading starts, table pipes, autolinks, backslashes.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-ZäöüÄÖÜß0-9]{1,6}",
        Just(" ".to_owned()),
        Just("*".to_owned()),
        Just("**".to_owned()),
        Just("_".to_owned()),
        Just("`".to_owned()),
        Just("~~".to_owned()),
        Just("<b>".to_owned()),
        Just("</b>".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("[x](javascript:alert(1))".to_owned()),
        Just("![bild](http://a.b/c.png)".to_owned()),
        Just("&amp;".to_owned()),
        Just("&#x41;".to_owned()),
        Just("|".to_owned()),
        Just("\\".to_owned()),
        Just("# ".to_owned()),
        Just("- ".to_owned()),
        Just("+ ".to_owned()),
        Just("1. ".to_owned()),
        Just("2) ".to_owned()),
        Just("> ".to_owned()),
        Just("===".to_owned()),
        Just("---".to_owned()),
        Just("https://example.com".to_owned()),
        Just("www.example.com".to_owned()),
        Just("anna@example.com".to_owned()),
        Just("<https://example.com>".to_owned()),
        Just("[^1]".to_owned()),
        Just("[ ] ".to_owned()),
        Just(".".to_owned()),
        Just("!".to_owned()),
        Just(":".to_owned()),
    ];
    proptest::collection::vec(piece, 1..8)
        .prop_map(|pieces| pieces.concat())
        .prop_filter("something to see", |s| !s.trim().is_empty())
}

/// The example with the hostile text in a title, a participant, a goal, an agreement,
/// a parking-lot topic and a step's notes.
fn session_with(text: &str, lines: &str) -> Session {
    let mut session = example();
    session.title = text.to_owned();
    session.participants = vec![Participant {
        name: text.to_owned(),
        department: String::new(),
    }];
    session.parking_lot = vec![text.to_owned()];
    for step in &mut session.steps {
        step.notes = lines.to_owned();
        match &mut step.result {
            Exercise::SharedGoals(g) => g.goals[0].statement = text.to_owned(),
            Exercise::Agreements(a) => a.agreements[0].deliverable = text.to_owned(),
            _ => {}
        }
    }
    session
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn typed_text_renders_as_typed_and_adds_no_html_or_links(
        text in hostile(),
        second in hostile(),
    ) {
        let lines = format!("{text}\n{second}");
        let handout = seam::export::markdown::handout(&session_with(&text, &lines));
        let rendered = render(&handout);
        prop_assert!(rendered.foreign.is_empty(), "{:?}\n{handout}", rendered.foreign);
        let typed = text.trim();
        prop_assert_eq!(rendered.blocks.first().map(String::as_str), Some(typed), "title\n{}", handout);
        prop_assert!(
            rendered.items.iter().filter(|i| i.as_str() == typed).count() >= 2,
            "participant and parking-lot topic as list items: {:?}\n{handout}", rendered.items
        );
        let goal = format!("1. {typed}");
        prop_assert!(rendered.cells.contains(&goal), "goal cell {goal:?}: {:?}", rendered.cells);
        prop_assert!(
            rendered.blocks.iter().any(|b| b.contains(&format!(": {typed} ("))),
            "agreement heading\n{handout}"
        );
        let notes = format!("{}\n{}", text.trim(), second.trim());
        prop_assert!(
            rendered.blocks.iter().any(|b| b.ends_with(&format!(": {notes}"))),
            "notes {notes:?}: {:?}\n{handout}", rendered.blocks
        );
    }
}
