//! The article reader: the whole text, paragraphs in order, boilerplate kept but dimmed, each sentence
//! its own element (a link can open the article at it; a pairing badge ≡n sits right after it). The
//! highlights and badges of a reader are one composite widget: one Tab stop, arrow keys, Home and End
//! within (`timeline::reading`).

use super::highlighted_text::HighlightedText;
use crate::analysis::document::AnalyzedArticle;
use crate::compare::words::entity_label;
use crate::corpus::article::BlockKind;
use crate::timeline::reading::{layout, move_stop, sentence_id, Layout, Piece, Sentence};
use crate::timeline::view::{
    entity_class, entity_type_name, pub_date_label, pub_date_value, timex_data, timex_title,
};
use crate::timeline::words::{explanation_words, modified_words, value_words};
use crate::ui::state::ArticleRef;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article to show, if any (shared with the corpus data, not copied).
    pub article: Option<ArticleRef>,
    /// A byte offset whose sentence is brought into view and marked (a selected event's, a claim's).
    #[prop_or_default]
    pub focus: Option<usize>,
    /// Whether the reader brings that sentence into view and gives it the keyboard focus itself (the
    /// compare view places its two columns together).
    #[prop_or(true)]
    pub scroll_to_focus: bool,
    /// The entity or date lit up (compare view).
    #[prop_or_default]
    pub linked: Option<String>,
    /// Called when an entity or date is hovered or focused (compare view).
    #[prop_or_default]
    pub on_link: Option<Callback<Option<String>>>,
    /// Sentence starts paired with the other column: (offset, pair number).
    #[prop_or_default]
    pub aligned: Vec<(usize, usize)>,
    /// Whether entities and dates are highlighted.
    #[prop_or(true)]
    pub highlights: bool,
    /// Which compare column this is (`left`, `right`), for the ids of sentences and badges.
    #[prop_or_default]
    pub side: AttrValue,
    /// Called with a pair number when its badge is chosen (the other column scrolls to its sentence).
    #[prop_or_default]
    pub on_pair: Option<Callback<usize>>,
}

/// One line of the reader, in file order: a paragraph (by its index) or a boilerplate line.
enum Line<'a> {
    Block(usize),
    Boilerplate(&'a crate::corpus::article::Boilerplate),
}

/// The stop number of an element of the composite widget, from its `data-stop`.
fn stop_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute("data-stop")?
        .parse()
        .ok()
}

/// The composite widget's keyboard stops: the active one (in the Tab order: the first of a newly
/// opened article, then the last one focused), and the handlers that move it (arrow keys, Home, End)
/// and follow the focus.
struct Stops {
    active: usize,
    onkeydown: Callback<KeyboardEvent>,
    onfocusin: Callback<FocusEvent>,
}

#[hook]
fn use_stops(article: Option<ArticleRef>, stops: usize, section: NodeRef) -> Stops {
    let active = use_state(|| 0usize);
    {
        let active = active.clone();
        use_effect_with(article, move |_| {
            active.set(0);
            || ()
        });
    }
    let onkeydown = {
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(current) = stop_of(e.target()) else {
                return;
            };
            let Some(target) = move_stop(current, stops, &e.key()) else {
                return;
            };
            e.prevent_default();
            let found = section
                .cast::<web_sys::Element>()
                .and_then(|s| {
                    s.query_selector(&format!("[data-stop=\"{target}\"]"))
                        .ok()
                        .flatten()
                })
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = found {
                let _ = el.focus();
                active.set(target);
            }
        })
    };
    let onfocusin = {
        let active = active.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(stop) = stop_of(e.target()) {
                if *active != stop {
                    active.set(stop);
                }
            }
        })
    };
    Stops {
        active: (*active).min(stops.saturating_sub(1)),
        onkeydown,
        onfocusin,
    }
}

/// What a sentence needs to be drawn: the article, the reader's properties, the sentence in focus and
/// the active stop.
struct Draw<'a> {
    article: &'a AnalyzedArticle,
    props: &'a ReaderProps,
    focus_sentence: Option<usize>,
    active_stop: usize,
}

impl Draw<'_> {
    /// A sentence with its highlights, then its pairing badges.
    fn sentence(&self, s: &Sentence) -> Html {
        let props = self.props;
        let focused = self.focus_sentence == Some(s.start);
        let marks = s.marks.len();
        let active_stop = self.active_stop;
        let active_here = (active_stop >= s.first_stop && active_stop < s.first_stop + marks)
            .then_some(active_stop);
        let text = self.article.text.get(s.start..s.end).unwrap_or_default();
        html! {
            <>
                <span class={classes!("sentence", focused.then_some("sentence-focus"))} id={sentence_id(&props.side, s.start)}
                    data-start={s.start.to_string()} tabindex={focused.then_some("-1")}>
                    <HighlightedText text={AttrValue::from(text.to_string())} marks={s.marks.clone()} linked={props.linked.clone()}
                        on_focus={props.on_link.clone()} first_stop={s.first_stop} active={active_here} />
                </span>
                { for s.badges.iter().enumerate().map(|(j, &n)| {
                    let stop = s.first_stop + marks + j;
                    let onclick = props.on_pair.clone().map(|cb| Callback::from(move |_: MouseEvent| cb.emit(n)));
                    html! {
                        <button class="aligned-badge" id={format!("aligned-{}-{n}", props.side)} data-stop={stop.to_string()}
                            tabindex={if stop == active_stop { "0" } else { "-1" }} {onclick}
                            aria-label={format!("Pair {n}: this sentence shares facts with the other article; show both")}
                            title="This sentence shares facts with the other article: show both">{ format!("≡{n}") }</button>
                    }
                }) }
            </>
        }
    }

    /// A block's pieces: the sentences and the text between them.
    fn pieces(&self, pieces: &[Piece]) -> Html {
        html! { for pieces.iter().map(|p| match p {
            Piece::Text(s, e) => html! { { self.article.text.get(*s..*e).unwrap_or_default() } },
            Piece::Sentence(s) => self.sentence(s),
        }) }
    }

    /// Whether a block holds the sentence in focus.
    fn holds_focus(&self, block: &[Piece]) -> bool {
        block
            .iter()
            .any(|p| matches!(p, Piece::Sentence(s) if self.focus_sentence == Some(s.start)))
    }

    /// The body: paragraphs and subheadings with their sentences, and the boilerplate lines dimmed, in
    /// file order.
    fn body(&self, layout: &Layout) -> Html {
        let article = self.article;
        let mut lines: Vec<(usize, Line)> = article
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, b)| (b.line, Line::Block(i)))
            .chain(
                article
                    .boilerplate
                    .iter()
                    .map(|b| (b.line, Line::Boilerplate(b))),
            )
            .collect();
        crate::sort::sort_by_key(&mut lines, |(line, _)| *line);
        let empty: Vec<Piece> = Vec::new();
        html! {
            <div class="reader-body">
                { for lines.iter().map(|(_, line)| match line {
                    Line::Block(i) => {
                        let b = &article.paragraphs[*i];
                        let block = layout.paragraphs.get(*i).unwrap_or(&empty);
                        if b.kind == BlockKind::Subheading {
                            html! { <h3 class="reader-subheading" data-line={b.line.to_string()}>{ self.pieces(block) }</h3> }
                        } else {
                            html! {
                                <p class="reader-paragraph" id={format!("reader-line-{}", b.line)} data-line={b.line.to_string()}
                                    data-focus={self.holds_focus(block).then_some("true")}>
                                    { self.pieces(block) }
                                </p>
                            }
                        }
                    }
                    Line::Boilerplate(b) => html! {
                        <p class="reader-boilerplate" data-line={b.line.to_string()} title={format!("Boilerplate ({}), not analysed", b.reason)}>
                            { &b.text }
                        </p>
                    },
                }) }
            </div>
        }
    }
}

/// The article's entities: each identity with its type, number of mentions and the forms written.
fn entity_list(article: &AnalyzedArticle) -> Html {
    html! {
        <details class="reader-entities" lang="en">
            <summary>{ format!("{} entities", article.entity_index.len()) }</summary>
            <ul>
                { for article.entity_index.iter().map(|r| html! {
                    <li class={entity_class(r.kind)}>
                        <data class="entity-name" value={r.canonical.clone()} title={r.canonical.clone()} lang={article.lang.code()}>
                            { entity_label(&r.canonical, r.kind, article.lang) }
                        </data>
                        { format!(" — {}, {} mention{}", entity_type_name(r.kind), r.count, if r.count == 1 { "" } else { "s" }) }
                        if r.forms.len() > 1 || r.forms[0] != r.canonical {
                            <span class="entity-forms" lang={article.lang.code()}>{ format!(" ({})", r.forms.join(", ")) }</span>
                        }
                    </li>
                }) }
            </ul>
        </details>
    }
}

/// The article's date and time expressions, each with its value in words (the TIMEX3 value as data),
/// and how the publication date was found.
fn date_list(article: &AnalyzedArticle) -> Html {
    html! {
        <details class="reader-dates" lang="en">
            <summary>{ format!("{} date and time expressions", article.timex.len()) }</summary>
            <p class="reader-pubdate-evidence">{ format!("Publication date: {} — {}", pub_date_label(article), explanation_words(&article.pub_date.evidence)) }</p>
            <ul>
                { for article.timex.iter().map(|t| html! {
                    <li title={timex_title(t)} data-timex={timex_data(t)}><span class="timex-text" lang={article.lang.code()}>{ &t.text }</span>{ " → " }<data class="timex-value" value={t.value.to_string()}>{ modified_words(&value_words(&t.value), t.modifier) }</data></li>
                }) }
            </ul>
        </details>
    }
}

/// The reader.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let laid = use_memo(
        (
            props.article.clone(),
            props.highlights,
            props.aligned.clone(),
        ),
        |(article, highlights, aligned)| {
            article
                .as_ref()
                .map(|a| layout(a, *highlights, aligned))
                .unwrap_or_default()
        },
    );
    let section = use_node_ref();
    let stops = use_stops(props.article.clone(), laid.stops, section.clone());
    let focus_sentence = props.focus.and_then(|at| laid.sentence_at(at));
    {
        let (side, scroll) = (props.side.to_string(), props.scroll_to_focus);
        let article_id = props.article.as_ref().map(|a| a.id.clone());
        use_effect_with((focus_sentence, article_id), move |(sentence, _)| {
            if let (Some(start), true) = (sentence, scroll) {
                crate::ui::browser::focus(&sentence_id(&side, *start));
            }
            || ()
        });
    }
    let Some(article) = props.article.as_deref() else {
        return html! {
            <section class="reader reader-empty" aria-label="Article">
                <p>{ "Choose an article to read it." }</p>
            </section>
        };
    };
    let draw = Draw {
        article,
        props,
        focus_sentence,
        active_stop: stops.active,
    };
    let layout: &Layout = &laid;
    html! {
        <section class="reader" aria-label="Article" lang={article.lang.code()} ref={section} onkeydown={stops.onkeydown} onfocusin={stops.onfocusin}>
            <header class="reader-header">
                <h2 class="reader-title">
                    if let Some(h) = &layout.headline {
                        { draw.pieces(h) }
                    } else {
                        { &article.title }
                    }
                </h2>
                <p class="reader-meta" lang="en">
                    <span>{ article.lang.name() }</span>
                    <data class="reader-pubdate" value={pub_date_value(article)} title={explanation_words(&article.pub_date.evidence)}>{ pub_date_label(article) }</data>
                    if !props.aligned.is_empty() && props.side == "left" {
                        <span class="badge-legend">{ "≡n marks a sentence sharing names, dates or amounts with the other article; choose it to see both" }</span>
                    }
                    if laid.stops > 0 {
                        <span class="reader-keys">{ "Highlights: Tab to enter, arrow keys to move" }</span>
                    }
                </p>
                { entity_list(article) }
                { date_list(article) }
            </header>
            { draw.body(layout) }
        </section>
    }
}
