//! A block of article text with marked spans (dates, entities), rendered as text nodes: the article is
//! data and is never parsed as HTML.

use crate::timeline::view::Mark;
use yew::prelude::*;

/// Properties of [`HighlightedText`].
#[derive(Properties, PartialEq)]
pub struct HighlightedTextProps {
    /// The block's text.
    pub text: String,
    /// The spans to mark, in order, not overlapping.
    pub marks: Vec<Mark>,
    /// The value (canonical name or date) lit up, if any.
    #[prop_or_default]
    pub linked: Option<String>,
    /// Called with a mark's value when it is hovered or focused, and `None` when left; marks are
    /// focusable when this is given.
    #[prop_or_default]
    pub on_focus: Option<Callback<Option<String>>>,
}

/// Text with marks.
#[function_component]
pub fn HighlightedText(props: &HighlightedTextProps) -> Html {
    let text = &props.text;
    let mut parts = Vec::new();
    let mut at = 0;
    for m in &props.marks {
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
        let linked = props.linked.as_deref() == Some(m.value.as_str());
        let (enter, leave, tabindex) = match &props.on_focus {
            Some(cb) => {
                let (cb_in, cb_out, value) = (cb.clone(), cb.clone(), m.value.clone());
                (
                    Some(Callback::from(move |_: FocusEvent| {
                        cb_in.emit(Some(value.clone()))
                    })),
                    Some(Callback::from(move |_: FocusEvent| cb_out.emit(None))),
                    Some("0"),
                )
            }
            None => (None, None, None),
        };
        let hover = props.on_focus.clone().map(|cb| {
            let value = m.value.clone();
            Callback::from(move |_: MouseEvent| cb.emit(Some(value.clone())))
        });
        parts.push(html! {
            <mark class={classes!(m.class, linked.then_some("linked"))} title={m.title.clone()} data-value={m.value.clone()}
                {tabindex} onfocusin={enter} onfocusout={leave} onmouseover={hover}>{ &text[m.start..m.end] }</mark>
        });
        at = m.end;
    }
    if at < text.len() {
        parts.push(html! { { &text[at..] } });
    }
    html! { <>{ for parts }</> }
}
