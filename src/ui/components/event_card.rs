//! One card of the event list: its date and expression, its sentence, its article, the merged sources,
//! and the coarser expressions related to it. It takes the shared data and a dispatcher (never the store
//! itself), so a card re-renders only when its own properties change.

use super::event_sentence::event_sentence;
use super::event_sources::EventSources;
use crate::timeline::view::{dom_id, event_date_label, event_explanation, first_two_sources};
use crate::timeline::words::explanation_words;
use crate::ui::state::{Action, AppState, Shared};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`EventCard`].
#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    /// The corpus data.
    pub data: Shared,
    /// The card's index.
    pub card: usize,
    /// The event the card shows first (its first source that passes the filters).
    pub lead: usize,
    /// Whether it is the selected card.
    pub selected: bool,
    /// Ids of the hidden articles, whose sources and related expressions are left out.
    pub hidden: Rc<BTreeSet<String>>,
    /// Changes the app state.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The card.
#[function_component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let timeline = &props.data.0.timeline;
    let card = &timeline.cards[props.card];
    let lead = &timeline.events[props.lead];
    let article = &timeline.articles[lead.article];
    let dispatch = &props.dispatch;
    let select = {
        let (dispatch, id) = (dispatch.clone(), lead.id.clone());
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(Some(id.clone()))))
    };
    let open = {
        let dispatch = dispatch.clone();
        let (id, article_id) = (lead.id.clone(), lead.article_id.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Select(Some(id.clone())));
            dispatch.dispatch(Action::OpenArticle(article_id.clone()));
        })
    };
    // A merged card opens its first two sources side by side, at their sentences.
    let compare = {
        let (dispatch, id) = (dispatch.clone(), lead.article_id.clone());
        let pair =
            first_two_sources(card, &timeline.events, props.lead, &props.hidden).map(|(a, b)| {
                let (a, b) = (&timeline.events[a], &timeline.events[b]);
                (
                    a.article_id.clone(),
                    b.article_id.clone(),
                    a.sentence_start,
                    b.sentence_start,
                )
            });
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(match pair.clone() {
                Some((l, r, ls, rs)) => Action::ShowPair(l, r, ls, rs),
                None => Action::SetCompare(Some(id.clone()), None),
            })
        })
    };
    let shown = |i: &&usize| !props.hidden.contains(&timeline.events[**i].article_id);
    let articles: BTreeSet<usize> = crate::sort::set(
        card.events
            .iter()
            .filter(shown)
            .map(|&i| timeline.events[i].article),
    );
    let related: Vec<usize> = card.related.iter().filter(shown).copied().collect();
    html! {
        <li class={classes!("event-card", props.selected.then_some("selected"), lead.publication.then_some("publication"), (articles.len() > 1).then_some("merged"))}
            data-event={lead.id.clone()} data-value={lead.value.clone()}>
            <button id={dom_id(&lead.id)} class="event-select" aria-pressed={props.selected.to_string()} onclick={select}>
                <span class="event-date" title={format!("TIMEX3 {}", lead.value)}>{ event_date_label(lead) }</span>
                <span class="event-expression">{ if lead.publication { "publication date".to_string() } else { lead.text.clone() } }</span>
            </button>
            <p class="event-sentence" lang={lead.lang.code()}>{ event_sentence(lead) }</p>
            <p class="event-meta">
                <span class="lang-badge" data-lang={lead.lang.code()}>{ lead.lang.code() }</span>
                <span class="event-article">{ &article.title }</span>
                <button class="link-button" onclick={open}>{ "Open article" }</button>
                <button class="link-button" onclick={compare}>{ "Compare with…" }</button>
            </p>
            <p class="event-anchor" title={explanation_words(&lead.anchor)}>{ event_explanation(lead) }</p>
            if articles.len() > 1 {
                <EventSources data={props.data.clone()} card={props.card} hidden={props.hidden.clone()} />
            }
            if !related.is_empty() {
                <div class="event-related">
                    <p class="event-related-title">{ "Related, less precise (not merged):" }</p>
                    <ul>
                        { for related.iter().map(|&i| {
                            let e = &timeline.events[i];
                            html! {
                                <li lang={e.lang.code()}>
                                    <span class="lang-badge" data-lang={e.lang.code()}>{ e.lang.code() }</span>{ " " }
                                    <span class="source-expression">{ &e.text }</span>{ " → " }
                                    <data class="source-value" value={e.value.clone()} title={e.value.clone()}>{ event_date_label(e) }</data>
                                    <span class="event-source-value">{ format!(" — {}", timeline.articles[e.article].title) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </li>
    }
}
