//! The app's state and the reducer that changes it: every change is an [`Action`].

use crate::analysis::document::AnalyzedArticle;
use crate::analyze_corpus;
use crate::corpus::embedded_files;
use std::rc::Rc;
use yew::Reducible;

/// Everything the views show.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The analysed articles, in corpus order.
    pub articles: Rc<Vec<AnalyzedArticle>>,
    /// Problems with the corpus, each naming its file.
    pub errors: Rc<Vec<String>>,
    /// The index of the article shown in the reader.
    pub selected: Option<usize>,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show this article (an index into `articles`) in the reader.
    Select(usize),
}

impl AppState {
    /// The state at start-up: the embedded corpus, analysed.
    pub fn from_embedded_corpus() -> AppState {
        match embedded_files() {
            Ok(files) => AppState {
                articles: Rc::new(analyze_corpus(&files)),
                errors: Rc::new(Vec::new()),
                selected: None,
            },
            Err(errors) => AppState {
                articles: Rc::new(Vec::new()),
                errors: Rc::new(errors.iter().map(ToString::to_string).collect()),
                selected: None,
            },
        }
    }

    /// The article shown in the reader.
    pub fn selected_article(&self) -> Option<&AnalyzedArticle> {
        self.selected.and_then(|i| self.articles.get(i))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Select(i) if i < self.articles.len() => Rc::new(AppState {
                selected: Some(i),
                ..(*self).clone()
            }),
            Action::Select(_) => self,
        }
    }
}
