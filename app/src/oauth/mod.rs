//! Sign-in through OAuth2 / OpenID Connect providers (server only): the flow, the identity a
//! provider vouches for, and whose account it opens — a linked one, one with the same verified
//! email, an open invitation's, or a new one. The providers themselves are configured in
//! [`crate::auth::providers`].

pub mod flow;
pub mod identity;
pub mod link;

pub use flow::{Callback, CallbackContext, OAuthError, Started, begin, finish};
