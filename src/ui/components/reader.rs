//! The article reader: the whole text, paragraphs in order, boilerplate kept but dimmed.

use super::highlighted_text::HighlightedText;
use crate::corpus::article::BlockKind;
use crate::timeline::fragment::type_key;
use crate::timeline::view::{block_marks, entity_class, entity_type_name, pub_date_label};
use crate::ui::state::ArticleRef;
use yew::prelude::*;

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article to show, if any (shared with the corpus data, not copied).
    pub article: Option<ArticleRef>,
    /// A byte offset to bring into view and mark (the sentence of the selected event).
    #[prop_or_default]
    pub focus: Option<usize>,
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
    /// Which compare column this is (`left`, `right`), for the ids of aligned-sentence badges.
    #[prop_or_default]
    pub side: AttrValue,
    /// Called with a pair number when its badge is chosen (the other column scrolls to its sentence).
    #[prop_or_default]
    pub on_pair: Option<Callback<usize>>,
}

/// One line of the reader, in file order.
enum Line<'a> {
    Block(&'a crate::corpus::article::Block),
    Boilerplate(&'a crate::corpus::article::Boilerplate),
}

/// The reader.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let focus_line = props.article.as_ref().zip(props.focus).and_then(|(a, at)| {
        a.paragraphs
            .iter()
            .find(|b| at >= b.start && at < b.end)
            .map(|b| b.line)
    });
    use_effect_with(focus_line, |line| {
        if let Some(line) = line {
            crate::ui::browser::focus(&format!("reader-line-{line}"));
        }
        || ()
    });
    let Some(article) = props.article.as_deref() else {
        return html! {
            <section class="reader reader-empty" aria-label="Article">
                <p>{ "Choose an article to read it." }</p>
            </section>
        };
    };
    let mut lines: Vec<(usize, Line)> = article
        .paragraphs
        .iter()
        .map(|b| (b.line, Line::Block(b)))
        .chain(
            article
                .boilerplate
                .iter()
                .map(|b| (b.line, Line::Boilerplate(b))),
        )
        .collect();
    lines.sort_by_key(|(line, _)| *line);
    html! {
        <section class="reader" aria-label="Article" lang={article.lang.code()}>
            <header class="reader-header">
                <h2 class="reader-title">
                    if let Some(h) = &article.headline {
                        <HighlightedText text={h.text.clone()} marks={if props.highlights { block_marks(article, h) } else { Vec::new() }} linked={props.linked.clone()} on_focus={props.on_link.clone()} />
                    } else {
                        { &article.title }
                    }
                </h2>
                <p class="reader-meta">
                    <span>{ article.lang.name() }</span>
                    <span class="reader-pubdate" title={article.pub_date.evidence.clone()}>{ pub_date_label(article) }</span>
                    <span>{ &article.file }</span>
                </p>
                <details class="reader-entities">
                    <summary>{ format!("{} entities", article.entity_index.len()) }</summary>
                    <ul>
                        { for article.entity_index.iter().map(|r| html! {
                            <li class={entity_class(r.kind)}>
                                <span class="entity-name">{ &r.canonical }</span>
                                { format!(" — {}, {} mention{}", entity_type_name(r.kind), r.count, if r.count == 1 { "" } else { "s" }) }
                                if r.forms.len() > 1 || r.forms[0] != r.canonical {
                                    <span class="entity-forms">{ format!(" ({})", r.forms.join(", ")) }</span>
                                }
                            </li>
                        }) }
                    </ul>
                </details>
                <details class="reader-dates">
                    <summary>{ format!("{} date and time expressions", article.timex.len()) }</summary>
                    <p class="reader-pubdate-evidence">{ format!("Publication date: {} — {}", pub_date_label(article), article.pub_date.evidence) }</p>
                    <ul>
                        { for article.timex.iter().map(|t| html! {
                            <li><span class="timex-text">{ &t.text }</span>{ " → " }<code>{ t.value.to_string() }</code>{ format!(" ({}) ", type_key(t.kind)) }<span class="timex-anchor">{ &t.anchor }</span></li>
                        }) }
                    </ul>
                </details>
            </header>
            <div class="reader-body">
                { for lines.iter().map(|(_, line)| match line {
                    Line::Block(b) if b.kind == BlockKind::Subheading => html! {
                        <h3 class="reader-subheading" data-line={b.line.to_string()}>
                            <HighlightedText text={b.text.clone()} marks={if props.highlights { block_marks(article, b) } else { Vec::new() }} linked={props.linked.clone()} on_focus={props.on_link.clone()} />
                        </h3>
                    },
                    Line::Block(b) => html! {
                        <p class="reader-paragraph" id={format!("reader-line-{}", b.line)} data-line={b.line.to_string()}
                            tabindex={(focus_line == Some(b.line)).then_some("-1")}
                            data-focus={(focus_line == Some(b.line)).then_some("true")}>
                            <HighlightedText text={b.text.clone()} marks={if props.highlights { block_marks(article, b) } else { Vec::new() }} linked={props.linked.clone()} on_focus={props.on_link.clone()} />
                            { for props.aligned.iter().filter(|(at, _)| *at >= b.start && *at < b.end).map(|(_, n)| {
                                let n = *n;
                                let onclick = props.on_pair.clone().map(|cb| Callback::from(move |_: MouseEvent| cb.emit(n)));
                                html! {
                                    <button class="aligned-badge" id={format!("aligned-{}-{n}", props.side)} {onclick}
                                        title="A sentence here shares facts with the other article: show both">{ format!("≡{n}") }</button>
                                }
                            }) }
                        </p>
                    },
                    Line::Boilerplate(b) => html! {
                        <p class="reader-boilerplate" data-line={b.line.to_string()} title={format!("Boilerplate ({}), not analysed", b.reason)}>
                            { &b.text }
                        </p>
                    },
                }) }
            </div>
        </section>
    }
}
