//! Sign-in through OAuth2 / OpenID Connect providers (server only).

pub mod flow;
pub mod identity;
pub mod link;
pub mod providers;

pub use flow::{Callback, CallbackContext, OAuthError, Started, begin, finish};
pub use providers::{IdentityProviders, OAuthProvider, SubjectField, preset};
