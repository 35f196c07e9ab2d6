//! The article reader: the whole text, paragraphs in order, boilerplate kept but dimmed.

use super::article_list::date_label;
use crate::analysis::document::AnalyzedArticle;
use crate::corpus::article::BlockKind;
use yew::prelude::*;

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article to show, if any.
    pub article: Option<AnalyzedArticle>,
}

/// One line of the reader, in file order.
enum Line<'a> {
    Block(&'a crate::corpus::article::Block),
    Boilerplate(&'a crate::corpus::article::Boilerplate),
}

/// The reader.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let Some(article) = &props.article else {
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
                <h2 class="reader-title">{ &article.title }</h2>
                <p class="reader-meta">
                    <span>{ article.lang.name() }</span>
                    <span>{ date_label(article) }</span>
                    <span>{ &article.file }</span>
                </p>
            </header>
            <div class="reader-body">
                { for lines.iter().map(|(_, line)| match line {
                    Line::Block(b) if b.kind == BlockKind::Subheading => html! {
                        <h3 class="reader-subheading" data-line={b.line.to_string()}>{ &b.text }</h3>
                    },
                    Line::Block(b) => html! {
                        <p class="reader-paragraph" data-line={b.line.to_string()}>{ &b.text }</p>
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
