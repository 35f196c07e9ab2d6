//! The articles a reader adds, kept in this browser's IndexedDB (through web-sys) so they are still there
//! after a reload: database `dossier`, object store `articles`, one record per article keyed by its id,
//! `{name, text, added}` (the file name, its text, when it was added in ms since 1970). Nothing leaves the
//! machine. Where the browser refuses storage (a sandboxed iframe, a private window that forbids it),
//! every call returns the browser's reason instead, and the page says the articles last only while it is
//! open.

use js_sys::{Array, Object, Promise, Reflect};
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB: &str = "dossier";
const STORE: &str = "articles";
const VERSION: u32 = 1;
/// How long the browser may take to open the database before the page goes on without it.
const OPEN_TIMEOUT_MS: i32 = 1500;

/// An article as stored: its file name and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The file name (`report.txt`).
    pub name: String,
    /// The text.
    pub text: String,
}

/// Why storage failed, in words for the page.
fn reason(e: JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return ex.message();
    }
    e.as_string()
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// The promise of a request's result (its `error` when it fails).
fn settle(req: &IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let done = req.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = req.clone();
        let err = Closure::once_into_js(move |e: web_sys::Event| {
            // Handled here: the failure must not also reach the console as an uncaught error.
            e.prevent_default();
            let why = failed
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("request failed"));
            let _ = reject.call1(&JsValue::NULL, &why);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    })
}

/// A promise that rejects after `ms` milliseconds.
fn timeout(ms: i32) -> Promise {
    Promise::new(&mut |_, reject| {
        let fire = Closure::once_into_js(move || {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("the browser did not open its storage in time"),
            );
        });
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), ms);
        }
    })
}

async fn open() -> Result<IdbDatabase, String> {
    let window = web_sys::window().ok_or("no window")?;
    let factory = window
        .indexed_db()
        .map_err(reason)?
        .ok_or("this browser has no IndexedDB")?;
    let req: IdbOpenDbRequest = factory.open_with_u32(DB, VERSION).map_err(reason)?;
    let upgrading = req.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let race = Promise::race(&Array::of2(&settle(&req), &timeout(OPEN_TIMEOUT_MS)));
    let db = JsFuture::from(race).await.map_err(reason)?;
    Ok(db.unchecked_into())
}

fn store(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<web_sys::IdbObjectStore, String> {
    db.transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(reason)
}

fn field(record: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(record, &JsValue::from_str(name)).ok()
}

/// Every stored record, in the order they were added: the article, or why the record cannot be read
/// (a record without a text name or text, written by something else or damaged), naming its key and
/// its place in the store, so that the page can say so rather than drop it silently.
pub async fn load() -> Result<Vec<Result<Stored, String>>, String> {
    let db = open().await?;
    let store = store(&db, IdbTransactionMode::Readonly)?;
    let keys: Array = JsFuture::from(settle(&store.get_all_keys().map_err(reason)?))
        .await
        .map_err(reason)?
        .unchecked_into();
    let all: Array = JsFuture::from(settle(&store.get_all().map_err(reason)?))
        .await
        .map_err(reason)?
        .unchecked_into();
    let mut records: Vec<(f64, Result<Stored, String>)> = all
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let added = field(&r, "added").and_then(|a| a.as_f64()).unwrap_or(0.0);
            let name = field(&r, "name").and_then(|v| v.as_string());
            let text = field(&r, "text").and_then(|v| v.as_string());
            let record = match (name, text) {
                (Some(name), Some(text)) => Ok(Stored { name, text }),
                (name, _) => {
                    let key = keys.get(n as u32).as_string().unwrap_or_default();
                    let what = name.map_or("its file name", |_| "its text");
                    Err(format!(
                        "stored record {} of {} (key '{key}') has no readable {what}; it was left out and is not kept",
                        n + 1,
                        all.length()
                    ))
                }
            };
            (added, record)
        })
        .collect();
    crate::sort::sort_by(&mut records, |a, b| a.0.total_cmp(&b.0));
    db.close();
    Ok(records.into_iter().map(|(_, s)| s).collect())
}

/// Makes the store hold exactly these articles (id, file name, text), in this order.
pub async fn save(articles: Vec<(String, String, Arc<str>)>) -> Result<(), String> {
    let db = open().await?;
    let store = store(&db, IdbTransactionMode::Readwrite)?;
    let mut last = store.clear().map_err(reason)?;
    let now = js_sys::Date::now();
    for (n, (id, name, text)) in articles.into_iter().enumerate() {
        let record = Object::new();
        let set = |k: &str, v: JsValue| Reflect::set(&record, &JsValue::from_str(k), &v);
        set("name", JsValue::from_str(&name)).map_err(reason)?;
        set("text", JsValue::from_str(&text)).map_err(reason)?;
        set("added", JsValue::from_f64(now + n as f64)).map_err(reason)?;
        last = store
            .put_with_key(&record, &JsValue::from_str(&id))
            .map_err(reason)?;
    }
    JsFuture::from(settle(&last)).await.map_err(reason)?;
    db.close();
    Ok(())
}
