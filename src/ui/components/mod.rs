//! The view components, one per file.

pub mod article_list;
pub mod reader;
