//! Assessment scales and the one ordinal they all map to, so that a UPR Info level, a Human
//! Rights Committee grade and a coalition's own label can be counted together while each
//! assessment keeps its original label.
//!
//! The ordinal: 4 fully (or largely) implemented · 3 substantial action · 2 partially
//! implemented · 1 not implemented · 0 contrary to the recommendation · `None` no information
//! (which includes a State that did not answer).

pub use crate::states::{AssessmentScale as Scale, Level};
use crate::{i18n::I18n, states::Named};

/// The highest ordinal.
pub const MAX_ORDINAL: i16 = 4;

/// Why a label cannot be placed on the ordinal.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScaleError {
    #[error("unknown scale {0}")]
    UnknownScale(String),
    #[error("{label} is not a level of the {scale} scale")]
    UnknownLevel { scale: Scale, label: String },
    #[error("a custom label must be 1-120 characters")]
    CustomLabel,
    #[error("the ordinal must be 0-4 or none")]
    Ordinal,
}

/// The level `label` of `scale` as stored (its canonical code) with its ordinal. For a fixed
/// scale the ordinal follows from the label (and `custom_ordinal` is ignored); for a custom
/// label it is `custom_ordinal`, which must be 0–4 or `None`.
pub fn place(
    scale: &str,
    label: &str,
    custom_ordinal: Option<i16>,
) -> Result<(Scale, String, Option<i16>), ScaleError> {
    let parsed = Scale::parse(scale).ok_or_else(|| ScaleError::UnknownScale(scale.to_string()))?;
    let label = label.trim();
    if parsed == Scale::Custom {
        if label.is_empty() || label.chars().count() > 120 {
            return Err(ScaleError::CustomLabel);
        }
        if custom_ordinal.is_some_and(|o| !(0..=MAX_ORDINAL).contains(&o)) {
            return Err(ScaleError::Ordinal);
        }
        return Ok((parsed, label.to_string(), custom_ordinal));
    }
    let found = parsed
        .levels()
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(label))
        .ok_or_else(|| ScaleError::UnknownLevel {
            scale: parsed,
            label: label.to_string(),
        })?;
    Ok((parsed, found.code.to_string(), found.ordinal))
}

/// The translation key naming an ordinal (`ordinal-4` … `ordinal-0`, `ordinal-none`).
pub fn ordinal_key(ordinal: Option<i16>) -> String {
    match ordinal {
        Some(o) => format!("ordinal-{o}"),
        None => "ordinal-none".to_string(),
    }
}

/// An assessment's label in the viewer's language (custom labels as written).
pub fn label_text(i18n: I18n, scale: Scale, label: &str) -> String {
    match scale.label_key(label) {
        Some(key) => i18n.tr_owned(key)(),
        None => label.to_string(),
    }
}

/// A level as the list and facets store it (`0`–`4`, `none`, `unassessed`), translated.
pub fn level_text(i18n: I18n, level: &str) -> String {
    let key = match level {
        "unassessed" => "level-unassessed".to_string(),
        "none" => ordinal_key(None),
        ordinal => ordinal_key(ordinal.parse().ok()),
    };
    i18n.tr_owned(key)()
}

/// How far the State's view of a recommendation's implementation is from the coalition's:
/// the State's ordinal minus the coalition's, when both are known and differ.
pub fn divergence(state: Option<i16>, coalition: Option<i16>) -> Option<i16> {
    match (state, coalition) {
        (Some(s), Some(c)) if s != c => Some(s - c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_scales_map_their_labels_to_the_ordinal() {
        let cases = [
            ("upr_info", "fully_implemented", Some(4)),
            ("upr_info", "Partially_Implemented", Some(2)),
            ("upr_info", "not_implemented", Some(1)),
            ("upr_info", "no_information", None),
            ("hrc", "A", Some(4)),
            ("hrc", "b", Some(2)),
            ("hrc", "C", Some(1)),
            ("hrc", "D", None),
            ("hrc", "E", Some(0)),
            ("hrc_subgrades", "B1", Some(3)),
            ("hrc_subgrades", "B2", Some(2)),
            ("hrc_subgrades", "C2", Some(1)),
            ("hrc_subgrades", "D1", None),
            ("hrc_subgrades", "E", Some(0)),
        ];
        for (scale, label, ordinal) in cases {
            let (_, stored, mapped) = place(scale, label, Some(3)).unwrap();
            assert_eq!(mapped, ordinal, "{scale} {label}");
            assert!(stored.eq_ignore_ascii_case(label));
        }
        // The canonical spelling is kept.
        assert_eq!(place("hrc", "b", None).unwrap().1, "B");
    }

    #[test]
    fn custom_labels_keep_their_words_and_take_the_given_ordinal() {
        assert_eq!(
            place("custom", "  Law adopted, not applied ", Some(2)).unwrap(),
            (
                Scale::Custom,
                "Law adopted, not applied".to_string(),
                Some(2)
            )
        );
        assert_eq!(place("custom", "Unclear", None).unwrap().2, None);
        assert_eq!(place("custom", " ", Some(1)), Err(ScaleError::CustomLabel));
        assert_eq!(place("custom", "x", Some(5)), Err(ScaleError::Ordinal));
        assert_eq!(place("custom", "x", Some(-1)), Err(ScaleError::Ordinal));
    }

    #[test]
    fn unknown_scales_and_levels_are_refused() {
        assert_eq!(
            place("stars", "5", None),
            Err(ScaleError::UnknownScale("stars".into()))
        );
        assert!(matches!(
            place("hrc", "B1", None),
            Err(ScaleError::UnknownLevel {
                scale: Scale::Hrc,
                ..
            })
        ));
        assert!(matches!(
            place("upr_info", "done", None),
            Err(ScaleError::UnknownLevel { .. })
        ));
    }

    #[test]
    fn divergence_is_the_state_minus_the_coalition_when_both_are_known() {
        assert_eq!(divergence(Some(4), Some(1)), Some(3));
        assert_eq!(divergence(Some(1), Some(2)), Some(-1));
        assert_eq!(divergence(Some(2), Some(2)), None);
        assert_eq!(divergence(None, Some(2)), None);
        assert_eq!(divergence(Some(4), None), None);
    }
}
