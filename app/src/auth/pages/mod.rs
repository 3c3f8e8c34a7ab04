//! Sign-in, the account page and the header's user menu.

mod account;
mod context;
mod password_form;
mod profile_form;
mod second_factor;
mod second_factor_panel;
mod sessions_table;
mod sign_in;
mod user_menu;

pub use account::AccountPage;
pub use context::{Auth, provide_auth, use_auth};
pub use second_factor::SecondFactorPage;
pub use sign_in::SignInPage;
pub use user_menu::{SecondFactorReminder, UserMenu};
