//! Splitting rectangles by plain arithmetic. The screens' heights are known exactly, so
//! the constraint solver (half of the first frame's time) is not needed for them.

use ratatui::layout::Rect;

/// The top `height` rows (clamped) and the rest.
pub fn top(area: Rect, height: u16) -> (Rect, Rect) {
    let height = height.min(area.height);
    (
        Rect { height, ..area },
        Rect {
            y: area.y + height,
            height: area.height - height,
            ..area
        },
    )
}

/// The rows of key hints (or a status and hints) below every screen.
pub const FOOTER_ROWS: u16 = 2;

/// The rest and the bottom `height` rows (clamped).
pub fn bottom(area: Rect, height: u16) -> (Rect, Rect) {
    let (rest, bottom) = top(area, area.height - height.min(area.height));
    (rest, bottom)
}

/// The left `width` columns (clamped) and the rest.
pub fn left(area: Rect, width: u16) -> (Rect, Rect) {
    let width = width.min(area.width);
    (
        Rect { width, ..area },
        Rect {
            x: area.x + width,
            width: area.width - width,
            ..area
        },
    )
}

/// Rows of the given heights from the top; what does not fit is cut, last first.
pub fn stack(area: Rect, heights: &[u16]) -> Vec<Rect> {
    let mut rest = area;
    heights
        .iter()
        .map(|h| {
            let (this, after) = top(rest, *h);
            rest = after;
            this
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_add_up_and_never_overflow() {
        let area = Rect::new(2, 3, 80, 24);
        let (a, b) = top(area, 1);
        assert_eq!((a.height, b.y, b.height), (1, 4, 23));
        let (c, d) = bottom(area, 2);
        assert_eq!((c.height, d.y, d.height), (22, 25, 2));
        let (e, f) = left(area, 100);
        assert_eq!((e.width, f.width), (80, 0));
        let rows = stack(area, &[10, 10, 10]);
        assert_eq!(
            rows.iter().map(|r| r.height).collect::<Vec<_>>(),
            vec![10, 10, 4]
        );
    }
}
