//! The view components, one per file.

pub mod article_list;
pub mod highlighted_text;
pub mod reader;
