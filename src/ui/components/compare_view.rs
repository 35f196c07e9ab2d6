//! The compare view: two articles side by side, aligned on what they say. Hovering or focusing an entity
//! or a date in one column lights up the same identity or the same resolved date in the other; sentences
//! that share facts carry the same badge; a summary lists shared and unique entities and dates and the
//! claims that agree or disagree; a panel lists every disagreement in the corpus.

use super::claims_panel::{ClaimList, CorpusDisagreements};
use super::reader::Reader;
use crate::analysis::document::AnalyzedArticle;
use crate::compare::pair::{align_sentences, summarize, PairSummary};
use crate::compare::words::shorten;
use crate::timeline::reading::sentence_id;
use crate::timeline::view::article_label;
use crate::timeline::words::value_words;
use crate::ui::hooks::use_store;
use crate::ui::state::{Action, ArticleRef, Shared};
use crate::ui::Store;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn chips(items: &[String]) -> Html {
    if items.is_empty() {
        return html! { <span class="none">{ "none" }</span> };
    }
    html! { <ul class="chips">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
}

/// Dates of `article` (TIMEX3 values) as chips in words (`9 September 2016`), each value kept as data.
fn date_chips(values: &[String], article: &AnalyzedArticle) -> Html {
    if values.is_empty() {
        return html! { <span class="none">{ "none" }</span> };
    }
    let words = |v: &String| {
        article
            .timex
            .iter()
            .find(|t| t.value.to_string() == *v)
            .map_or_else(|| v.clone(), |t| value_words(&t.value))
    };
    html! {
        <ul class="chips">
            { for values.iter().map(|v| html! { <li><data value={v.clone()} title={v.clone()}>{ words(v) }</data></li> }) }
        </ul>
    }
}

/// A picker of the article of one column: the page's articles (not hidden, or the one chosen), and the
/// chosen one marked when the link names an article not in this page.
fn picker(store: &Store, label: &'static str, is_left: bool) -> Html {
    let data = &store.data.0;
    let (left, right) = &store.view.compare;
    let current = if is_left { left } else { right }
        .clone()
        .unwrap_or_default();
    let hidden = &store.view.filters.hidden;
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = Some(select.value()).filter(|v| !v.is_empty());
            let (l, r) = store.view.compare.clone();
            store.dispatch(if is_left {
                Action::SetCompare(v, r)
            } else {
                Action::SetCompare(l, v)
            });
        })
    };
    let absent = !current.is_empty() && data.article_index(&current).is_none();
    html! {
        <label class="select-field">{ label }
            <select aria-label={label} id={if is_left { "compare-left" } else { "compare-right" }} {onchange}>
                <option value="" selected={current.is_empty()}>{ "Choose an article" }</option>
                if absent {
                    <option value={current.clone()} selected=true disabled=true>{ format!("{current} — not in this page") }</option>
                }
                { for data.timeline.articles.iter().filter(|a| !hidden.contains(&a.id) || current == a.id).map(|a| html! {
                    <option value={a.id.clone()} selected={current == a.id} lang={a.lang.code()}>{ article_label(a) }</option>
                }) }
            </select>
        </label>
    }
}

/// What the two articles share: entities and dates in both or one, and their claims.
fn summary_view(s: &PairSummary, left: &AnalyzedArticle, right: &AnalyzedArticle) -> Html {
    html! {
        <section class="compare-summary" aria-label="Summary">
            <h2>{ "What they share" }</h2>
            <dl>
                <dt>{ format!("Entities in both ({})", s.entities_both.len()) }</dt><dd class="entities-both">{ chips(&s.entities_both) }</dd>
                <dt>{ format!("Only left ({})", s.entities_left.len()) }</dt><dd class="entities-left">{ chips(&s.entities_left) }</dd>
                <dt>{ format!("Only right ({})", s.entities_right.len()) }</dt><dd class="entities-right">{ chips(&s.entities_right) }</dd>
                <dt>{ format!("Dates in both ({})", s.dates_both.len()) }</dt><dd class="dates-both">{ date_chips(&s.dates_both, left) }</dd>
                <dt class="dates-left-title">{ format!("Dates only in “{}” ({})", shorten(&left.title, 60), s.dates_left.len()) }</dt><dd class="dates-left">{ date_chips(&s.dates_left, left) }</dd>
                <dt class="dates-right-title">{ format!("Dates only in “{}” ({})", shorten(&right.title, 60), s.dates_right.len()) }</dt><dd class="dates-right">{ date_chips(&s.dates_right, right) }</dd>
            </dl>
            <ClaimList claims={s.claims.clone()} />
        </section>
    }
}

/// The alignment of a pair (each column's sentence starts with their pair numbers) and its summary,
/// worked out once per pair and corpus, not per render.
type Pairing = (
    Vec<(usize, usize)>,
    Vec<(usize, usize)>,
    Option<PairSummary>,
);

#[hook]
fn use_pairing(data: Shared, left: Option<usize>, right: Option<usize>) -> Rc<Pairing> {
    use_memo((data, left, right), |(data, li, ri)| {
        let articles = &data.0.timeline.articles;
        match (*li, *ri) {
            (Some(l), Some(r)) => {
                let pairs = align_sentences(&articles[l], &articles[r]);
                let numbered = |side: fn(&(usize, usize, usize)) -> usize| -> Vec<(usize, usize)> {
                    pairs
                        .iter()
                        .enumerate()
                        .map(|(n, p)| (side(p), n + 1))
                        .collect()
                };
                let (al, ar) = (numbered(|p| p.0), numbered(|p| p.1));
                (al, ar, Some(summarize(articles, l, r)))
            }
            _ => (Vec::new(), Vec::new(), None),
        }
    })
}

/// Synchronised scrolling of the two columns: on by default on wide screens, off where the columns
/// stack. `pin` records where this view itself put the columns (bringing a pair of sentences into
/// view): the scroll events that follow are its own, and the other column does not follow them.
struct SyncedScroll {
    on: bool,
    toggle: Callback<Event>,
    refs: [NodeRef; 2],
    follow: [Callback<Event>; 2],
    pin: Rc<dyn Fn()>,
}

#[hook]
fn use_synced_scroll() -> SyncedScroll {
    let sync = use_state(|| {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w > 760.0)
    });
    let busy = use_mut_ref(|| false);
    let refs = [use_node_ref(), use_node_ref()];
    let placed: Rc<RefCell<[Option<i32>; 2]>> = use_mut_ref(|| [None; 2]);
    let pin: Rc<dyn Fn()> = {
        let (placed, refs) = (placed.clone(), refs.clone());
        Rc::new(move || {
            let top = |n: &NodeRef| n.cast::<web_sys::Element>().map(|e| e.scroll_top());
            *placed.borrow_mut() = [top(&refs[0]), top(&refs[1])];
        })
    };
    let follow = |side: usize| {
        let (sync, busy, placed) = (sync.clone(), busy.clone(), placed.clone());
        let (from, to) = (refs[side].clone(), refs[1 - side].clone());
        Callback::from(move |_: Event| {
            let Some(a) = from.cast::<web_sys::Element>() else {
                return;
            };
            let own = placed.borrow_mut()[side].take() == Some(a.scroll_top());
            if !*sync || *busy.borrow() || own {
                return;
            }
            let Some(b) = to.cast::<web_sys::Element>() else {
                return;
            };
            let range_a = (a.scroll_height() - a.client_height()).max(1) as f64;
            let range_b = (b.scroll_height() - b.client_height()).max(0) as f64;
            *busy.borrow_mut() = true;
            b.set_scroll_top((f64::from(a.scroll_top()) / range_a * range_b).round() as i32);
            *busy.borrow_mut() = false;
        })
    };
    let follow = [follow(0), follow(1)];
    let toggle = {
        let sync = sync.clone();
        Callback::from(move |_: Event| sync.set(!*sync))
    };
    SyncedScroll {
        on: *sync,
        toggle,
        refs,
        follow,
        pin,
    }
}

/// The compare view.
#[function_component]
pub fn CompareView() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let (left, right) = store.view.compare.clone();
    let index = |id: &Option<String>| id.as_deref().and_then(|id| data.article_index(id));
    let (li, ri) = (index(&left), index(&right));
    let on_link = {
        let store = store.clone();
        Callback::from(move |focus: Option<String>| store.dispatch(Action::SetFocus(focus)))
    };
    let linked = store.view.focus.clone();
    let scroll = use_synced_scroll();
    let on_pair = Callback::from({
        let pin = scroll.pin.clone();
        move |n: usize| {
            for side in ["left", "right"] {
                crate::ui::browser::focus(&format!("aligned-{side}-{n}"));
            }
            pin();
        }
    });
    // A pair of sentences to show side by side (from a claim, or a merged timeline card): once both
    // columns show their articles, each brings its sentence into view and the left one takes the focus.
    let pair_at = store.view.pair_at;
    {
        let pin = scroll.pin.clone();
        use_effect_with((pair_at, left, right), move |(at, _, _)| {
            if let Some((l, r)) = *at {
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    crate::ui::browser::scroll_into_view(&sentence_id("right", r));
                    crate::ui::browser::focus(&sentence_id("left", l));
                    pin();
                });
            }
            || ()
        });
    }
    let pairing = use_pairing(store.data.clone(), li, ri);
    let (aligned_left, aligned_right, summary) = (&pairing.0, &pairing.1, &pairing.2);
    let articles = &data.timeline.articles;
    let [left_ref, right_ref] = scroll.refs.clone();
    let [on_left_scroll, on_right_scroll] = scroll.follow.clone();
    html! {
        <div class="compare-view">
            <div class="compare-pickers">
                { picker(&store, "Left article", true) }
                { picker(&store, "Right article", false) }
            </div>
            if let (Some(s), Some(l), Some(r)) = (summary, li, ri) {
                { summary_view(s, &articles[l], &articles[r]) }
            }
            <label class="check sync-toggle">
                <input type="checkbox" checked={scroll.on} onchange={scroll.toggle.clone()} />{ "Synchronised scrolling" }
            </label>
            <div class="compare-columns">
                <div class="compare-column" ref={left_ref} onscroll={on_left_scroll}>
                    <Reader article={li.and_then(|i| ArticleRef::new(&store.data, i))} focus={pair_at.map(|p| p.0)} scroll_to_focus={false} linked={linked.clone()} on_link={on_link.clone()} aligned={aligned_left.clone()} side="left" on_pair={on_pair.clone()} />
                </div>
                <div class="compare-column" ref={right_ref} onscroll={on_right_scroll}>
                    <Reader article={ri.and_then(|i| ArticleRef::new(&store.data, i))} focus={pair_at.map(|p| p.1)} scroll_to_focus={false} {linked} {on_link} aligned={aligned_right.clone()} side="right" {on_pair} />
                </div>
            </div>
            <CorpusDisagreements />
        </div>
    }
}
