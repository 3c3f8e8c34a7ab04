//! The sign-in state shared by the header and the pages.

use leptos::prelude::*;

use crate::{
    auth::api::{SignIn, SignOut, SignedInUser, current_user},
    layout::{PageData, page_data},
};

/// Sign-in and sign-out actions and the current user, refetched after either.
#[derive(Clone, Copy)]
pub struct Auth {
    pub sign_in: ServerAction<SignIn>,
    pub sign_out: ServerAction<SignOut>,
    pub user: PageData<Option<SignedInUser>>,
    /// Bumped when something else (accepting an invitation) signs a person in.
    changed: RwSignal<u32>,
}

impl Auth {
    /// Refetches the current user after a sign-in that did not go through `sign_in`.
    pub fn refresh(&self) {
        self.changed.update(|n| *n += 1);
    }
}

/// Provides the [`Auth`] context.
pub fn provide_auth() -> Auth {
    let sign_in = ServerAction::<SignIn>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let changed = RwSignal::new(0);
    let user = page_data(
        move || {
            (
                sign_in.version().get(),
                sign_out.version().get(),
                changed.get(),
            )
        },
        |_| current_user(),
    );
    let auth = Auth {
        sign_in,
        sign_out,
        user,
        changed,
    };
    provide_context(auth);
    auth
}

/// The [`Auth`] context provided by the app.
pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
