//! "Copy link": copies the address of what is on screen (the URL fragment holds the view, the filters,
//! the selection and the compared pair). Where the browser refuses the clipboard, the link is shown to
//! select and copy by hand, with the reason.

use crate::ui::browser::{copy_text, sandboxed_frame};
use crate::ui::hooks::use_store;
use yew::prelude::*;

/// What the last press did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    /// Refused: the link to copy by hand.
    Refused(String),
}

/// The button and its outcome.
#[function_component]
pub fn CopyLink() -> Html {
    // The link is read from the address when pressed; the store is used so the outcome clears when the
    // view changes.
    let store = use_store();
    let outcome = use_state(|| Outcome::Idle);
    {
        let outcome = outcome.clone();
        use_effect_with(store.view.clone(), move |_| {
            outcome.set(Outcome::Idle);
            || ()
        });
    }
    let onclick = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let href = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            let outcome = outcome.clone();
            yew::platform::spawn_local(async move {
                outcome.set(if copy_text(&href).await {
                    Outcome::Copied
                } else {
                    Outcome::Refused(href)
                });
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="copy-link">
            <button class="header-button" {onclick}>{ "Copy link" }</button>
            <span class="copy-link-status" aria-live="polite">
                { match &*outcome {
                    Outcome::Idle => html! {},
                    Outcome::Copied => html! { { "Link copied" } },
                    Outcome::Refused(href) => html! {
                        <>
                            { if sandboxed_frame() {
                                "This embedded page may not use the clipboard: select the link and copy it. "
                            } else {
                                "The browser refused the clipboard: select the link and copy it. "
                            } }
                            <input class="copy-link-field" readonly=true aria-label="Link to this view" value={href.clone()} onfocus={select_all} />
                        </>
                    },
                } }
            </span>
        </div>
    }
}
