//! A sentence of article text with marked spans (dates, entities), rendered as text nodes: the article is
//! data and is never parsed as HTML. Each mark is a keyboard stop of its column's composite widget
//! (`data-stop`): only the active one is in the Tab order (roving tabindex); the reader moves between
//! them with the arrow keys.

use crate::timeline::view::Mark;
use yew::prelude::*;

/// Properties of [`HighlightedText`].
#[derive(Properties, PartialEq)]
pub struct HighlightedTextProps {
    /// The sentence's text.
    pub text: AttrValue,
    /// The spans to mark, in order, not overlapping.
    pub marks: Vec<Mark>,
    /// The value (canonical name or date) lit up, if any.
    #[prop_or_default]
    pub linked: Option<String>,
    /// Called with a mark's value when it is hovered or focused, and `None` when left.
    #[prop_or_default]
    pub on_focus: Option<Callback<Option<String>>>,
    /// The keyboard stop of the first mark (the rest follow).
    #[prop_or_default]
    pub first_stop: usize,
    /// The column's active stop, when it is one of these marks: the one mark in the Tab order.
    #[prop_or_default]
    pub active: Option<usize>,
}

/// Text with marks.
#[function_component]
pub fn HighlightedText(props: &HighlightedTextProps) -> Html {
    let text = props.text.as_str();
    let mut parts = Vec::new();
    let mut at = 0;
    for (k, m) in props.marks.iter().enumerate() {
        let valid = m.start >= at
            && m.end <= text.len()
            && m.start < m.end
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end);
        if !valid {
            continue;
        }
        if m.start > at {
            parts.push(html! { { &text[at..m.start] } });
        }
        let stop = props.first_stop + k;
        let linked = props.linked.as_deref() == Some(m.value.as_str());
        let (enter, leave, hover) = match &props.on_focus {
            Some(cb) => {
                let (cb_in, cb_out, cb_hover) = (cb.clone(), cb.clone(), cb.clone());
                let (value, hovered) = (m.value.clone(), m.value.clone());
                (
                    Some(Callback::from(move |_: FocusEvent| {
                        cb_in.emit(Some(value.clone()))
                    })),
                    Some(Callback::from(move |_: FocusEvent| cb_out.emit(None))),
                    Some(Callback::from(move |_: MouseEvent| {
                        cb_hover.emit(Some(hovered.clone()))
                    })),
                )
            }
            None => (None, None, None),
        };
        let tabindex = if props.active == Some(stop) {
            "0"
        } else {
            "-1"
        };
        parts.push(html! {
            <mark class={classes!(m.class, linked.then_some("linked"))} title={m.title.clone()} data-value={m.value.clone()}
                data-stop={stop.to_string()} {tabindex} onfocusin={enter} onfocusout={leave} onmouseover={hover}>{ &text[m.start..m.end] }</mark>
        });
        at = m.end;
    }
    if at < text.len() {
        parts.push(html! { { &text[at..] } });
    }
    html! { <>{ for parts }</> }
}
