//! A short in-page help: the keyboard, links, your own articles, embedding, and the credits of the data
//! the analysis carries (their licences ask for them; `THIRD_PARTY.md` has the details).

use yew::prelude::*;

/// The help, behind a disclosure in the header.
#[function_component]
pub fn Help() -> Html {
    html! {
        <details class="help">
            <summary class="header-button">{ "Help" }</summary>
            <div class="help-body" role="region" aria-label="Help" tabindex="0">
                <h2>{ "Keyboard" }</h2>
                <ul>
                    <li>{ "In the timeline events: ↑ ↓ (or ← →) move between events, Home and End jump to the first and last, Enter opens the article at the sentence." }</li>
                    <li>{ "+ and − zoom the axis around the focused event; Ctrl (⌘) and the mouse wheel zoom around the pointer." }</li>
                    <li>{ "Drag across the axis to set the dates (From, To); the markers at its edges jump to events outside it." }</li>
                </ul>
                <h2>{ "Links" }</h2>
                <p>{ "The address holds what you see: view, filters, hidden articles, the selected event, the compared pair. “Copy link” copies it; opening it restores the view. Articles you added are not in the link: a link naming them opened elsewhere says they are missing." }</p>
                <h2>{ "Your articles" }</h2>
                <p>{ "“Add articles” (or dropping .txt files on the page) analyses them here, with the rest. They are kept in this browser only (nothing is sent anywhere) and come back when the page reopens; remove them one by one or all at once in the Articles view. Any article can be hidden there." }</p>
                <h2>{ "Embedding" }</h2>
                <p>{ "Put the file in an iframe with #embed after its address, e.g. " }
                    <code>{ "<iframe src=\"dossier.html#embed\" sandbox=\"allow-scripts allow-downloads\" style=\"width:100%;border:0\"></iframe>" }</code>
                    { ". The page posts {\"type\": \"dossier:height\", \"height\": …} to its host whenever its height changes, so the host can size the iframe. Without allow-downloads, exports are shown to copy instead." }
                </p>
                <h2>{ "Data credits" }</h2>
                <p>{ "Dossier's code is MIT. Its analysis carries data of others, under their licences (THIRD_PARTY.md in the source has the details):" }</p>
                <ul>
                    <li>{ "City names: GeoNames (geonames.org), CC BY 4.0, selected by population and merged with exonyms." }</li>
                    <li>{ "Territory and city names: Unicode CLDR, © Unicode, Inc., Unicode License v3." }</li>
                    <li>{ "Region names: Debian iso-codes (via pycountry), LGPL-2.1." }</li>
                    <li>{ "Country names and nationality words: i18n-iso-countries, i18n-nationality (MIT); first names and surnames: Faker (MIT) and the US Census 1990 lists (public domain)." }</li>
                    <li>{ "The entity typer's weights (CC BY-SA 3.0) learned from articles written by the Dossier team, from English Wikinews articles of 2004–2011 (text by Wikinews contributors, CC BY 2.5; selection by MEANTIME / SemEval-2015 Task 4, CC BY 3.0) and from the news half of UD_French-PUD (Universal Dependencies, CC BY-SA 3.0)." }</li>
                </ul>
            </div>
        </details>
    }
}
