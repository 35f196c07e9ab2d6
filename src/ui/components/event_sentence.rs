//! An event's sentence with its expression marked, as text (the article is data, never markup). Shared by
//! the event list and a merged card's sources.

use crate::timeline::events::Event;
use yew::prelude::*;

/// The sentence with the expression in a `<mark>`; the plain sentence when the expression's offsets do
/// not fall on character boundaries inside it.
pub fn event_sentence(e: &Event) -> Html {
    let (a, b) = e.in_sentence;
    if b <= a
        || b > e.sentence.len()
        || !e.sentence.is_char_boundary(a)
        || !e.sentence.is_char_boundary(b)
    {
        return html! { { &e.sentence } };
    }
    html! { <>{ &e.sentence[..a] }<mark class="mark-date">{ &e.sentence[a..b] }</mark>{ &e.sentence[b..] }</> }
}
