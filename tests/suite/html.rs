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
    let market: String = select(&doc, "section.step")[0].text().collect();
    assert_eq!(
        market.matches("Spreizung").count(),
        1,
        "the spread said once, not again under each chart: {market}"
    );
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

#[test]
fn page_one_comes_first_and_every_cell_knows_its_column_for_a_phone() {
    let text = handout(&example());
    let doc = Html::parse_document(&text);
    let sections: Vec<String> = select(&doc, "main > *")
        .iter()
        .map(|s| {
            s.value()
                .attr("class")
                .unwrap_or(s.value().name())
                .to_owned()
        })
        .collect();
    assert_eq!(sections[0], "header");
    assert_eq!(sections[1], "glance", "page one right after the names");
    let duties = select(&doc, "section.glance table tbody tr");
    assert_eq!(duties.len(), 7, "who does what by when");
    let labels: Vec<&str> = select(&doc, "section.glance tbody tr:first-child td")
        .iter()
        .filter_map(|td| td.value().attr("data-label"))
        .collect();
    assert_eq!(labels, ["Wer", "Was", "Bis wann", "Aus Schritt"]);
    // A figure or a day never wraps; words do.
    let figures: Vec<String> = select(&doc, "td.n")
        .iter()
        .map(|td| td.text().collect())
        .collect();
    for figure in [
        "28.02.2027",
        "1.200.000.000 €",
        "90.000 Stück",
        "70 Leads",
        "45 %",
    ] {
        assert!(figures.iter().any(|f| f == figure), "{figure}: {figures:?}");
    }
    assert!(
        !figures.iter().any(|f| f.starts_with("Zahl der Werke")),
        "{figures:?}"
    );
    assert!(text.contains("td.n{white-space:nowrap}"));
    assert!(
        text.contains(".table td::before{content:attr(data-label)"),
        "a row becomes a card on a narrow page"
    );
}

#[test]
fn printed_the_title_and_page_numbers_stand_in_every_footer_and_steps_flow_on() {
    let session = example().replacen(
        "title: \"Kessler Etikettiertechnik",
        "title: \"</style><script>alert(1)</script> \\\"Kessler\\\" Etikettiertechnik",
        1,
    );
    let text = handout(&session);
    let style_end = text.find("</style>").expect("one style");
    let style = &text[..style_end];
    assert!(style.contains("@page{size:A4"), "{style}");
    assert!(style.contains("counter(page)"), "page numbers");
    assert!(
        style.contains(r#"content:"\3c \2f style\3e \3c script\3e alert(1)\3c \2f script\3e  \22 Kessler\22  Etikettiertechnik"#),
        "the title in the footer, escaped as CSS: {}",
        &style[style.find("@page").unwrap_or(0)..]
    );
    assert_eq!(text.matches("<script").count(), 0, "no script anywhere");
    assert!(
        !style.contains("break-before:page"),
        "no empty page per step"
    );
    assert!(style.contains("section.glance{break-after:page"));
    assert!(
        style.contains("thead{display:table-header-group}"),
        "headers repeat"
    );
}

#[test]
fn a_step_over_its_timebox_is_drawn_red_not_as_agreed() {
    let session = example().replacen(
        "timebox_minutes: 60,",
        "timebox_minutes: 60,\n            spent_seconds: 4500,",
        1,
    );
    let doc = Html::parse_document(&handout(&session));
    let time = select(&doc, "section.time svg");
    let fills: Vec<&str> = time[0]
        .descendants()
        .filter_map(|n| n.value().as_element())
        .filter(|e| e.name() == "rect")
        .filter_map(|e| e.attr("fill"))
        .collect();
    assert!(fills.contains(&"url(#over)"), "{fills:?}");
    assert!(!fills.contains(&"url(#hatch)"), "{fills:?}");
}

#[test]
fn a_round_the_step_took_in_is_shown_once_as_the_steps_result() {
    let full = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/workshops/examples/full-day.ron"
    ))
    .expect("full day");
    let doc = Html::parse_document(&handout(&full));
    let pulse = select(&doc, "section.step")[0];
    let text: String = pulse.text().collect();
    let items = Selector::parse("li").expect("selector");
    let listed = pulse
        .select(&items)
        .filter(|li| li.text().collect::<String>().starts_with("2 nebeneinander"))
        .count();
    assert_eq!(listed, 1, "the step's list, not the round's again: {text}");
    assert!(
        text.contains("in das Ergebnis des Schritts übernommen"),
        "{text}"
    );
    let charts = Selector::parse("svg").expect("selector");
    assert_eq!(
        pulse.select(&charts).count(),
        1,
        "one chart for the one group"
    );
}
