//! The HTML handout, parsed as a browser would (scraper/html5ever): every section is
//! there, the charts are inline SVG, nothing is loaded from elsewhere, and hostile text
//! (escape sequences, `<script>`, bidi controls, Markdown) arrives as text.

use crate::common::{example_text as example, export_text};
use scraper::{Html, Selector};

fn handout(session: &str) -> String {
    let (_dir, out) = export_text(session, &[]);
    String::from_utf8(out).expect("utf-8")
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    doc.select(&selector).collect()
}

#[test]
fn html_is_the_default_handout_with_every_section_and_its_charts() {
    let text = handout(&example());
    let doc = Html::parse_document(&text);
    let title: Vec<String> = select(&doc, "h1")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(
        title,
        ["Kessler Etikettiertechnik: Kick-off Marketing, Vertrieb & Service"]
    );
    let headings: Vec<String> = select(&doc, "h2")
        .iter()
        .map(|h| h.text().collect::<String>())
        .collect();
    for expected in [
        "Teilnehmende",
        "1. Markt",
        "2. Geschäftsmodell",
        "3. Gemeinsame Ziele",
        "4. Vereinbarungen",
        "Themenspeicher",
    ] {
        assert!(
            headings.iter().any(|h| h == expected),
            "{expected}: {headings:?}"
        );
    }
    assert_eq!(select(&doc, "section.step").len(), 4);
    assert_eq!(select(&doc, "section.step svg").len(), 2, "euros and units");
    let chart: String = select(&doc, "section.step svg")[0].text().collect();
    assert!(
        chart.contains("Vertrieb") && chart.contains("420 Mio. €"),
        "{chart}"
    );
    assert!(chart.contains("Vereinbart"), "the agreed figure: {chart}");
    assert!(chart.contains("Spreizung"), "{chart}");
    assert!(
        !select(&doc, "table").is_empty(),
        "the tables of the Markdown handout"
    );
    assert!(text.contains("@media print"), "a print stylesheet");
}

#[test]
fn nothing_is_loaded_from_elsewhere() {
    let text = handout(&example());
    let doc = Html::parse_document(&text);
    assert!(select(&doc, "script, link, img, iframe, object").is_empty());
    for element in select(&doc, "*") {
        for (name, value) in element.value().attrs() {
            let external = value.contains("http") && name != "xmlns";
            assert!(!external, "{name}={value}");
        }
    }
}

#[test]
fn hostile_text_arrives_as_text() {
    let hostile = example()
        .replace("Anna Berger", "Anna <script>alert(1)</script>")
        .replace("Stillstand beim Kunden", "\\u{1b}[2J\\u{202e}gnudlof")
        .replace(
            "Mehr vertriebsreife Leads aus Bestandskunden",
            "**fett** [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
    let text = handout(&hostile);
    let doc = Html::parse_document(&text);
    assert!(select(&doc, "script, img, a").is_empty(), "{text}");
    let all: String = doc.root_element().text().collect();
    assert!(
        all.contains("Anna <script>alert(1)</script>"),
        "shown as typed"
    );
    assert!(
        all.contains("**fett** [x](javascript:alert(1))"),
        "shown as typed"
    );
    assert!(all.contains("[2J"), "the rest of the text stays visible");
    for bad in ['\u{1b}', '\u{202e}'] {
        assert!(!text.contains(bad), "{bad:?} reached the page");
    }
}

#[test]
fn the_time_spent_per_step_is_drawn_against_its_timebox() {
    let session = example().replacen(
        "timebox_minutes: 60,",
        "timebox_minutes: 60,\n            spent_seconds: 4500,",
        1,
    );
    let doc = Html::parse_document(&handout(&session));
    let time: Vec<String> = select(&doc, "section.time svg")
        .iter()
        .map(|s| s.text().collect())
        .collect();
    assert_eq!(time.len(), 1);
    assert!(time[0].contains("75 von 60 Min."), "{time:?}");
    assert!(time[0].contains("1. Markt"), "{time:?}");
}
