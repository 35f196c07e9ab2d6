//! Helpers shared by the integration tests: the crate's own test helpers (`src/testing.rs`), read as a
//! module from there so that both kinds of test use one copy.
#![allow(dead_code)]

#[path = "../../src/testing.rs"]
mod testing;

pub use testing::*;
