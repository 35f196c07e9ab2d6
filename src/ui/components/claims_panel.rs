//! Claims: the pair's agreements and disagreements with both quotes and why they were paired, and every
//! disagreement in the corpus, each linking to the pair that shows it.

use crate::compare::{corpus_disagreements, ClaimMatch, Verdict};
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

fn quote(store: &Store, m: &ClaimMatch, left: bool) -> Html {
    let c = if left { &m.left } else { &m.right };
    let article = &store.data.0.timeline.articles[c.article];
    html! {
        <blockquote lang={article.lang.code()}>
            <p>{ &c.sentence }</p>
            <footer>{ format!("{} — {} ({})", c.text, article.title, article.lang.code()) }</footer>
        </blockquote>
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
                    { format!("{} vs {}", m.left.value, m.right.value) }
                    <span class="claim-why">{ format!(" — paired on {}", m.why) }</span>
                </p>
                <div class="claim-quotes">{ quote(&store, m, true) }{ quote(&store, m, false) }</div>
            </li>
        }
    };
    html! {
        <div class="claims" aria-label="Claims">
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
    html! {
        <section class="corpus-disagreements" aria-label="Disagreements in the corpus">
            <h2>{ format!("Disagreements in the whole corpus ({})", all.len()) }</h2>
            <ul>
                { for all.iter().map(|m| {
                    let (l, r) = (&data.timeline.articles[m.left.article], &data.timeline.articles[m.right.article]);
                    let store = store.clone();
                    let (lid, rid) = (l.id.clone(), r.id.clone());
                    let onclick = Callback::from(move |_: MouseEvent| store.dispatch(Action::SetCompare(Some(lid.clone()), Some(rid.clone()))));
                    html! {
                        <li>
                            { format!("{}: {} ({}) vs {} ({}) ", m.why, m.left.value, l.lang.code(), m.right.value, r.lang.code()) }
                            <button class="link-button" {onclick}>{ format!("Compare {} and {}", &l.id[..l.id.len().min(3)], &r.id[..r.id.len().min(3)]) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
