//! Words against a limit: the count, the limit, and a warning from 90 % and past 100 %.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// How close `count` is to `limit`: `""`, `"near"` (90 % or more) or `"over"`.
pub fn usage(count: i64, limit: Option<i32>) -> &'static str {
    match limit.map(i64::from) {
        Some(limit) if count > limit => "over",
        Some(limit) if count * 10 >= limit * 9 => "near",
        _ => "",
    }
}

/// `count` words, with `/ limit` and the warning class when there is a limit.
#[component]
pub fn WordMeter(
    #[prop(into)] count: Signal<i64>,
    limit: Option<i32>,
    /// Translation key of what is counted (e.g. `words-body`).
    label: &'static str,
    #[prop(optional)] id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = move || match usage(count.get(), limit) {
        "over" => "word-count word-count--over",
        "near" => "word-count word-count--near",
        _ => "word-count",
    };
    let limit_text = limit.map(|l| format!(" / {l}")).unwrap_or_default();
    let warning = move || match usage(count.get(), limit) {
        "over" => Some(i18n.tr("words-over")()),
        "near" => Some(i18n.tr("words-near")()),
        _ => None,
    };
    view! {
        <p class=class id=(!id.is_empty()).then_some(id) aria-live="polite">
            {i18n.tr(label)}": "{move || format!("{}{limit_text}", count.get())}
            {move || warning().map(|w| view! { " — "<strong>{w}</strong> })}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::usage;

    #[test]
    fn warns_from_ninety_percent_and_flags_past_the_limit() {
        assert_eq!(usage(10, None), "");
        assert_eq!(usage(899, Some(1000)), "");
        assert_eq!(usage(900, Some(1000)), "near");
        assert_eq!(usage(1000, Some(1000)), "near");
        assert_eq!(usage(1001, Some(1000)), "over");
    }
}
