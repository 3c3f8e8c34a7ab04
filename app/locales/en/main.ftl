app-name = Shadowdesk
app-tagline = Shadow reports and UN follow-up for NGO coalitions
skip-to-content = Skip to main content
nav-label = Main navigation
nav-home = Overview
nav-reports = Reports
nav-recommendations = Recommendations
nav-organisations = Organisations
nav-settings = Settings
language-label = Language
language-apply = Apply
loading = Loading…
footer-note = Shadowdesk keeps your coalition's drafts inside this workspace. Nothing leaves it until you export.
error-title = Something went wrong
error-body = The page could not be shown. Try again in a moment; if it keeps happening, tell your administrator and quote the request id below.
not-found-title = Page not found
not-found-body = The page you asked for does not exist or has moved.
not-found-home = Back to the overview
home-title = Overview
home-intro = Your coalitions, the reports they are writing and what is due next.
home-coalitions = Coalitions
home-lead = Lead organisation
home-reports = Reports in progress
home-empty = There is no coalition here yet. An administrator can load the demonstration data with the seed-demo command.
members-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
sections-count = { $count ->
    [one] { $count } section
   *[other] { $count } sections
}
words-count = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
reports-title = Reports
reports-intro = Shadow reports and UPR submissions, with their deadlines and progress.
reports-empty = No reports yet.
col-title = Title
col-mechanism = Mechanism
col-state = State under review
col-session = Session
col-deadline = Deadline
col-status = Status
col-progress = Progress
col-name = Name
col-short-name = Short name
col-region = City or region
col-branch-of = Branch of
status-drafting = Drafting
status-review = In review
status-final = Final
status-submitted = Submitted
organisations-title = Organisations
organisations-intro = The member organisations of your coalitions, with their regional branches.
organisations-empty = No organisations yet.
recommendations-title = Recommendations
recommendations-intro = Recommendations from the Universal Periodic Review and the treaty bodies, and how far they have been implemented.
recommendations-empty = No recommendations are being tracked yet.
settings-title = Settings
settings-language-intro = Choose the language of the interface. Your choice is remembered on this device.
nav-sign-in = Sign in
sign-out = Sign out
sign-in-title = Sign in
sign-in-intro = Sign in with the email address your coordinator invited.
field-email = Email
field-password = Password
sign-in-submit = Sign in
sign-in-invalid = Wrong email or password.
sign-in-disabled = This account is disabled. Ask your coordinator or administrator.
sign-in-throttled = Too many failed attempts. Wait 15 minutes, then try again.
sign-in-required = Sign in to see your coalition's work.
account-title = Your account
account-sessions = Where you are signed in
col-device = Browser
col-address = Address
col-signed-in = Signed in
col-last-seen = Last active
session-current = This browser
sign-out-everywhere = Sign out everywhere
error-forbidden = Your role in this coalition does not allow this.
