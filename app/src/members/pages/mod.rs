//! Member pages.

mod accept;
mod list;

pub use accept::AcceptInvitationPage;
pub use list::MembersPage;
