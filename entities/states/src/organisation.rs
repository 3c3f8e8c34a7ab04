//! The kinds of body in the organisation list.

use crate::stored_enum;

stored_enum! {
    /// What kind of body an organisation is.
    pub enum OrganisationKind {
        /// A non-governmental organisation.
        Ngo = ("ngo", "organisation-kind-ngo"),
        /// A national human rights institution (ombudsperson, commission).
        Nhri = ("nhri", "organisation-kind-nhri"),
        /// A State body.
        StateBody = ("state_body", "organisation-kind-state_body"),
        /// Anything else (a university, a bar association, a network).
        Other = ("other", "organisation-kind-other"),
    }
}

impl Default for OrganisationKind {
    /// Most organisations in a coalition are NGOs; the column's default too.
    fn default() -> Self {
        OrganisationKind::Ngo
    }
}
