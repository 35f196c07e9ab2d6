//! Claims: the pair's agreements and disagreements in words ("Amazon Web Services’ market share: 47%
//! vs 39%, 8 points apart"), each amount with its normalised value as data and on hover; both quotes
//! with the amount marked, each opening its article at the sentence; both sentences side by side in the
//! compared columns; and every disagreement in the corpus, each opening its pair at its sentences.

use crate::compare::words::{amount, claim_words, UI_LANG};
use crate::compare::{corpus_disagreements, ClaimMatch, Verdict};
use crate::timeline::view::article_label;
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use crate::ui::Store;
use yew::prelude::*;

/// Properties of [`ClaimList`].
#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    /// The paired claims.
    pub claims: Vec<ClaimMatch>,
}

/// An amount in words with its normalised value as data (and tooltip).
fn amount_data(words: &str, value: &str) -> Html {
    html! { <data class="amount" value={value.to_string()} title={value.to_string()}>{ words }</data> }
}

/// The claim pair in words, the amounts marked up.
fn claim_head(m: &ClaimMatch) -> Html {
    let w = claim_words(m);
    html! {
        <>
            { w.lead.clone() }
            { amount_data(&w.left, &w.left_value) }
            if let Some(joiner) = w.joiner {
                { joiner }
                { amount_data(&w.right, &w.right_value) }
            }
            { w.tail.clone() }
        </>
    }
}

/// Opens both articles of a claim pair in the compared columns, at their sentences.
fn show_pair(store: &Store, m: &ClaimMatch) -> Callback<MouseEvent> {
    let articles = &store.data.0.timeline.articles;
    let (l, r) = (
        articles[m.left.article].id.clone(),
        articles[m.right.article].id.clone(),
    );
    let (ls, rs) = (m.left.sentence_start, m.right.sentence_start);
    let store = store.clone();
    Callback::from(move |_: MouseEvent| {
        store.dispatch(Action::ShowPair(l.clone(), r.clone(), ls, rs))
    })
}

/// One side's quote: the sentence with its amount marked, and a button that opens the article there.
fn quote(store: &Store, m: &ClaimMatch, left: bool) -> Html {
    let c = if left { &m.left } else { &m.right };
    let article = &store.data.0.timeline.articles[c.article];
    let s = &c.sentence;
    let at = c.start.saturating_sub(c.sentence_start);
    let end = at + c.text.len();
    let body = if end <= s.len() && s.is_char_boundary(at) && s.is_char_boundary(end) {
        let words = amount(&c.value, c.modifier, UI_LANG);
        html! {
            <>
                { &s[..at] }
                <mark class={if c.value.ends_with('%') { "mark-entity mark-percent" } else { "mark-entity mark-money" }}
                    title={format!("{words} ({})", c.value)} data-value={c.value.clone()}>{ &s[at..end] }</mark>
                { &s[end..] }
            </>
        }
    } else {
        html! { { s } }
    };
    let open = {
        let (store, id, offset) = (store.clone(), article.id.clone(), c.sentence_start);
        Callback::from(move |_: MouseEvent| store.dispatch(Action::OpenAt(id.clone(), offset)))
    };
    html! {
        <figure class="claim-quote">
            <blockquote lang={article.lang.code()}><p>{ body }</p></blockquote>
            <figcaption>
                <button class="link-button" onclick={open}>
                    { "Open at this sentence: " }<cite lang={article.lang.code()}>{ article_label(article) }</cite>
                </button>
            </figcaption>
        </figure>
    }
}

/// The claims of a pair: disagreements first, then agreements.
#[function_component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let store = use_store();
    let (disagree, agree): (Vec<&ClaimMatch>, Vec<&ClaimMatch>) = props
        .claims
        .iter()
        .partition(|m| m.verdict == Verdict::Disagree);
    let item = |m: &ClaimMatch| {
        html! {
            <li class={classes!("claim", if m.verdict == Verdict::Disagree { "disagree" } else { "agree" })}>
                <p class="claim-head">
                    <strong>{ if m.verdict == Verdict::Disagree { "Disagree: " } else { "Agree: " } }</strong>
                    { claim_head(m) }
                </p>
                <p class="claim-why">{ &m.why }</p>
                <div class="claim-quotes">{ quote(&store, m, true) }{ quote(&store, m, false) }</div>
                <button class="link-button claim-side-by-side" onclick={show_pair(&store, m)}>{ "Show both sentences side by side" }</button>
            </li>
        }
    };
    html! {
        <div class="claims" role="group" aria-label="Claims">
            <h3>{ format!("Disagreements ({})", disagree.len()) }</h3>
            if disagree.is_empty() { <p class="none">{ "none" }</p> }
            <ul class="claim-list disagreements">{ for disagree.into_iter().map(item) }</ul>
            <h3>{ format!("Agreements ({})", agree.len()) }</h3>
            if agree.is_empty() { <p class="none">{ "none" }</p> }
            <ul class="claim-list agreements">{ for agree.into_iter().map(item) }</ul>
        </div>
    }
}

/// Every disagreement in the corpus.
#[function_component]
pub fn CorpusDisagreements() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let all = use_memo(store.data.clone(), |d| {
        corpus_disagreements(&d.0.timeline.articles)
    });
    let hidden = &store.view.filters.hidden;
    let shown: Vec<_> = all
        .iter()
        .filter(|m| {
            let id = |a: usize| data.timeline.articles[a].id.as_str();
            !hidden.contains(id(m.left.article)) && !hidden.contains(id(m.right.article))
        })
        .collect();
    html! {
        <section class="corpus-disagreements" aria-label="Disagreements in the corpus">
            <h2>{ format!("Disagreements in the whole corpus ({})", shown.len()) }</h2>
            <ul>
                { for shown.into_iter().map(|m| {
                    let (l, r) = (&data.timeline.articles[m.left.article], &data.timeline.articles[m.right.article]);
                    html! {
                        <li>
                            <p class="claim-head">{ claim_head(m) }</p>
                            <button class="link-button" onclick={show_pair(&store, m)}>
                                { "Compare " }<cite lang={l.lang.code()}>{ article_label(l) }</cite>
                                { " with " }<cite lang={r.lang.code()}>{ article_label(r) }</cite>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
