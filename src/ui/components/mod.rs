//! The view components, one per file.

pub mod add_articles;
pub mod article_list;
pub mod articles_view;
pub mod claims_panel;
pub mod compare_view;
pub mod entity_facet;
pub mod event_list;
pub mod event_sentence;
pub mod event_sources;
pub mod export_buttons;
pub mod filter_panel;
pub mod highlighted_text;
pub mod reader;
pub mod timeline_axis;
pub mod timeline_view;
pub mod view_switcher;
