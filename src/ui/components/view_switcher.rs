//! The view switcher: Timeline, Compare, Articles.

use crate::timeline::fragment::View;
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use yew::prelude::*;

/// The switcher.
#[function_component]
pub fn ViewSwitcher() -> Html {
    let store = use_store();
    let current = store.view.view;
    let item = |view: View, label: &'static str| {
        let store = store.clone();
        let onclick = Callback::from(move |_: MouseEvent| store.dispatch(Action::SetView(view)));
        html! {
            <li>
                <button id={format!("view-{}", view.key())} class={classes!("view-tab", (current == view).then_some("current"))}
                    aria-current={(current == view).then_some("page")} {onclick}>{ label }</button>
            </li>
        }
    };
    html! {
        <nav class="view-switcher" aria-label="Views">
            <ul>
                { item(View::Timeline, "Timeline") }
                { item(View::Compare, "Compare") }
                { item(View::Articles, "Articles") }
            </ul>
        </nav>
    }
}
