//! Sign-in, the account page and the header's user menu.

mod account;
mod context;
mod sign_in;
mod user_menu;

pub use account::AccountPage;
pub use context::{Auth, provide_auth, use_auth};
pub use sign_in::SignInPage;
pub use user_menu::UserMenu;
