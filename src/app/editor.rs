//! The field being typed into: a text area, and for numbers and dates the live echo of
//! how the input is understood, or the reason it is not.

use ratatui_textarea::{CursorMove, Input, TextArea, WrapMode};

use super::fields::{self, Field, FieldKind, Value};
use crate::model::Language;

pub struct Editor {
    pub field: Field,
    pub kind: FieldKind,
    pub area: TextArea<'static>,
    /// How the current input is understood (`= 1.200.000.000,00 €`).
    pub echo: Option<String>,
    /// Why the current input cannot be stored; the input stays as typed.
    pub error: Option<String>,
}

impl Editor {
    pub fn new(field: Field, kind: FieldKind, text: &str, language: Language) -> Editor {
        // Control characters from a file would reach the terminal raw from the text area.
        let text = crate::text::sanitize(text).replace('\t', " ");
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let mut area = TextArea::new(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        if kind == FieldKind::Paragraph {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        if kind.is_parsed() {
            // A number is usually replaced, not amended: typing overwrites the selection.
            area.select_all();
        }
        let mut editor = Editor {
            field,
            kind,
            area,
            echo: None,
            error: None,
        };
        editor.understand(language);
        editor
    }

    /// The same editor for a blind figure: empty, and shown as `●●●`.
    pub fn masked(field: Field, kind: FieldKind, language: Language) -> Editor {
        let mut editor = Editor::new(field, kind, "", language);
        editor.area.set_mask_char('●');
        editor
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_multiline(&self) -> bool {
        self.kind == FieldKind::Paragraph
    }

    /// Inserts pasted or typed text; one-line fields get spaces for line breaks. Line
    /// ends from mail and tmux (CR, CR LF) are line breaks too.
    pub fn insert(&mut self, text: &str, language: Language) {
        let clean: String = text
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .map(|c| {
                if (c == '\n' && !self.is_multiline()) || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        self.area.insert_str(clean);
        self.understand(language);
    }

    /// Text editing for the text area (the keys the keymap leaves to typing).
    pub fn input(&mut self, input: Input, language: Language) {
        // A field is a few lines high: paging would scroll its text out of view and
        // leave the cursor in emptiness. PgDn and PgUp go to its end and its start.
        match input.key {
            ratatui_textarea::Key::PageDown => {
                self.area.move_cursor(CursorMove::Bottom);
                self.area.move_cursor(CursorMove::End);
            }
            ratatui_textarea::Key::PageUp => {
                self.area.move_cursor(CursorMove::Top);
                self.area.move_cursor(CursorMove::Head);
            }
            _ => {
                self.area.input(input);
            }
        }
        self.after_input(language);
    }

    /// Keeps a one-line field on one line whatever the text area did with a key.
    pub fn after_input(&mut self, language: Language) {
        if !self.is_multiline() && self.area.lines().len() > 1 {
            let joined = self.area.lines().join(" ");
            self.area = TextArea::new(vec![joined]);
            self.area.move_cursor(CursorMove::End);
        }
        self.understand(language);
    }

    /// Parses the input for the echo; text fields need none.
    pub fn understand(&mut self, language: Language) {
        if !self.kind.is_parsed() {
            return;
        }
        match fields::parse(self.kind, &self.text(), language) {
            Ok(value) => {
                self.echo = fields::echo(&value, language);
                self.error = None;
            }
            Err(reason) => {
                self.echo = None;
                self.error = Some(reason);
            }
        }
    }

    pub fn value(&self, language: Language) -> Result<Value, String> {
        fields::parse(self.kind, &self.text(), language)
    }
}
