//! Every state, role and kind Shadowdesk stores, as a Rust enum. Each is kept in the database
//! as the same lower-case string it always was (so no data changes), travels as that string
//! in JSON and forms, and names its interface label by a Fluent message id ([`Named::message`]).
//! The crate has no web or database dependency of its own, so the browser bundle and the
//! entities share it; the `sea-orm` feature makes each enum an active enum for its column.

mod follow_up;
mod monitoring;
mod organisation;
mod report;
mod review;
mod role;

pub use follow_up::{
    AssessmentScale, Assessor, EvidenceKind, EvidenceVisibility, FollowUpKind, FollowUpStage,
    ImportAction, Level, LinkKind, UprPosition,
};
pub use monitoring::{
    ActType, AgeGroup, InterventionKind, InterventionOutcome, MonitoringStatus, PersonRole,
    Reliability, VictimGroup, VictimSex,
};
pub use organisation::OrganisationKind;
pub use report::{
    Addressee, Language, ProposalKind, Publication, ReportStatus, SectionStatus, TranslationState,
    Uptake,
};
pub use review::{AssessmentStatus, InvitationStatus, SuggestionStatus};
pub use role::Role;

/// A stored value with a fixed set of variants.
pub trait Named: Sized + Copy + 'static {
    /// Every variant, in the order the interface lists them.
    const ALL: &'static [Self];

    /// The stored (and serialised) name, e.g. `coordinator`.
    fn name(self) -> &'static str;

    /// The Fluent message id of the interface label, e.g. `role-coordinator`.
    fn message(self) -> &'static str;

    /// The variant stored as `name`; `None` for anything else.
    fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.name() == name)
    }
}

/// Calls `$then!` with every enum of this crate: the one list that checks meant to cover them
/// all read (each round-trips, each has a label, no stored name is spelled out in the code).
macro_rules! with_every_enum {
    ($then:ident) => {
        $then!(
            Role,
            ReportStatus,
            SectionStatus,
            Publication,
            SuggestionStatus,
            InvitationStatus,
            AssessmentStatus,
            Assessor,
            AssessmentScale,
            EvidenceKind,
            EvidenceVisibility,
            OrganisationKind,
            UprPosition,
            LinkKind,
            FollowUpKind,
            FollowUpStage,
            ImportAction,
            TranslationState,
            Language,
            ProposalKind,
            Addressee,
            Uptake,
            ActType,
            Reliability,
            MonitoringStatus,
            VictimSex,
            AgeGroup,
            VictimGroup,
            PersonRole,
            InterventionKind,
            InterventionOutcome
        )
    };
}

/// The stored name and the message id of every variant of every enum of this crate.
pub fn every_variant() -> Vec<(&'static str, &'static str)> {
    macro_rules! variants {
        ($($kind:ty),*) => {{
            let mut all = Vec::new();
            $(all.extend(<$kind as Named>::ALL.iter().map(|v| (v.name(), v.message())));)*
            all
        }};
    }
    with_every_enum!(variants)
}

/// Declares a stored enum: the variants with their stored names and message ids, serde as
/// those names, and (with the `sea-orm` feature) an active enum over a string column.
macro_rules! stored_enum {
    (
        $(#[$doc:meta])*
        pub enum $name:ident {
            $($(#[$vdoc:meta])* $variant:ident = ($stored:literal, $message:literal),)*
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "sea-orm", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
        #[cfg_attr(
            feature = "sea-orm",
            sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
        )]
        pub enum $name {
            $(
                $(#[$vdoc])*
                #[serde(rename = $stored)]
                #[cfg_attr(feature = "sea-orm", sea_orm(string_value = $stored))]
                $variant,
            )*
        }

        impl $crate::Named for $name {
            const ALL: &'static [Self] = &[$($name::$variant,)*];

            fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $stored,)*
                }
            }

            fn message(self) -> &'static str {
                match self {
                    $($name::$variant => $message,)*
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::Named::name(*self))
            }
        }
    };
}
pub(crate) use stored_enum;

#[cfg(test)]
mod tests {
    use super::*;

    /// Stored names, serde names and `parse` agree for every variant of `T`, and the names
    /// and message ids are unique.
    pub(crate) fn round_trips<T>()
    where
        T: Named + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        let mut names = std::collections::HashSet::new();
        let mut messages = std::collections::HashSet::new();
        for &variant in T::ALL {
            assert_eq!(T::parse(variant.name()), Some(variant));
            let json = serde_json::to_string(&variant).unwrap();
            assert_eq!(json, format!("\"{}\"", variant.name()));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), variant);
            assert!(names.insert(variant.name()), "{} twice", variant.name());
            assert!(
                messages.insert(variant.message()),
                "{} twice",
                variant.message()
            );
        }
        assert_eq!(T::parse("no such value"), None);
        if !names.contains(&"") {
            assert_eq!(T::parse(""), None);
        }
    }

    #[test]
    fn every_enum_round_trips() {
        macro_rules! check {
            ($($kind:ty),*) => {
                $(round_trips::<$kind>();)*
            };
        }
        with_every_enum!(check);
    }

    #[test]
    fn every_variant_lists_each_enum() {
        let all = every_variant();
        assert!(all.contains(&("coordinator", "role-coordinator")));
        assert!(all.contains(&("refused", "rec-action-refused")));
        assert!(all.contains(&("", "export-publication-undecided")));
    }

    #[test]
    fn every_fixed_level_has_a_message_and_an_ordinal_in_range() {
        for &scale in AssessmentScale::ALL {
            for level in scale.levels() {
                assert!(scale.label_key(level.code).unwrap().starts_with("level-"));
                assert!(level.ordinal.is_none_or(|o| (0..=4).contains(&o)));
            }
        }
        assert_eq!(AssessmentScale::Custom.label_key("x"), None);
        assert_eq!(
            AssessmentScale::Hrc.label_key("B").as_deref(),
            Some("level-hrc-b")
        );
    }
}
