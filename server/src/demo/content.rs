//! The demonstration coalition's organisations and report, written for Shadowdesk. Names and
//! facts are invented; the structure follows a real alternative report to the Human Rights
//! Committee.

use app::states::{Role, SectionStatus};

/// An organisation: name, short name, city or region, description.
pub struct Org {
    pub name: &'static str,
    pub short_name: &'static str,
    pub region: &'static str,
    pub description: &'static str,
}

pub const COUNTRY: &str = "Kazakhstan";

/// The national bureau that leads the coalition.
pub const LEAD: Org = Org {
    name: "Steppe Bureau for Human Rights and the Rule of Law",
    short_name: "SBHR",
    region: "Almaty",
    description: "National human-rights organisation founded in 1993; monitors places of \
                  detention, trials and peaceful assemblies and gives free legal aid.",
};

const BRANCH_DESCRIPTION: &str =
    "Regional branch of the Bureau: trial and detention monitoring and free legal consultations.";

/// The bureau's nine regional branches.
pub const BRANCHES: [Org; 9] = [
    Org {
        name: "Steppe Bureau for Human Rights, Astana branch",
        short_name: "SBHR Astana",
        region: "Astana",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Shymkent branch",
        short_name: "SBHR Shymkent",
        region: "Shymkent",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Karaganda branch",
        short_name: "SBHR Karaganda",
        region: "Karaganda",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Aktobe branch",
        short_name: "SBHR Aktobe",
        region: "Aktobe",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Pavlodar branch",
        short_name: "SBHR Pavlodar",
        region: "Pavlodar",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Oral branch",
        short_name: "SBHR Oral",
        region: "Oral",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Kyzylorda branch",
        short_name: "SBHR Kyzylorda",
        region: "Kyzylorda",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Oskemen branch",
        short_name: "SBHR Oskemen",
        region: "Oskemen",
        description: BRANCH_DESCRIPTION,
    },
    Org {
        name: "Steppe Bureau for Human Rights, Taraz branch",
        short_name: "SBHR Taraz",
        region: "Taraz",
        description: BRANCH_DESCRIPTION,
    },
];

/// The four partner NGOs.
pub const PARTNERS: [Org; 4] = [
    Org {
        name: "Legal Initiative for Fair Trial",
        short_name: "LIFT",
        region: "Astana",
        description: "Lawyers' network that monitors criminal trials and litigates fair-trial \
                      violations before national courts and the Human Rights Committee.",
    },
    Org {
        name: "Women's Rights Centre Nurly Bolashak",
        short_name: "Nurly Bolashak",
        region: "Shymkent",
        description: "Runs crisis centres for survivors of domestic violence and advocates \
                      for a stand-alone law on domestic violence.",
    },
    Org {
        name: "Free Word Media Foundation",
        short_name: "Free Word",
        region: "Almaty",
        description: "Defends journalists and bloggers, documents prosecutions for \
                      'dissemination of false information' and online blocking.",
    },
    Org {
        name: "Equal Access Disability Alliance",
        short_name: "Equal Access",
        region: "Karaganda",
        description: "Association of organisations of persons with disabilities working on \
                      legal capacity, accessibility and inclusive education.",
    },
];

/// The coalition.
pub const COALITION_NAME: &str = "Coalition for Civil and Political Rights in Kazakhstan";
pub const COALITION_DESCRIPTION: &str = "Fourteen organisations — the Steppe Bureau with its \
nine regional branches and four partner NGOs — reporting together to the UN Human Rights \
Committee and following up on its recommendations.";

/// The report in preparation.
pub const REPORT_TITLE: &str = "Alternative report on the implementation of the International Covenant on Civil and Political Rights";
pub const REPORT_MECHANISM: &str = "CCPR";
pub const REPORT_STAGE: &str = "session";
pub const REPORT_SESSION: &str = "147th session";
/// Deadline for written submissions, UTC.
pub const REPORT_DEADLINE: &str = "2027-02-15T12:00:00Z";

/// A section: title, short name of the assigned organisation, status, word budget, due date
/// (`YYYY-MM-DD`), the coordinator's note and Markdown.
pub struct Section {
    pub title: &'static str,
    pub assigned_to: &'static str,
    pub status: SectionStatus,
    pub word_budget: i32,
    pub due: &'static str,
    pub notes: &'static str,
    pub body: &'static str,
}

/// The profile the demonstration report follows, and the time zone of its deadline.
pub const REPORT_PROFILE: &str = "ccpr-session";
pub const REPORT_TIME_ZONE: &str = "Asia/Almaty";

pub const SECTIONS: [Section; 7] = [
    Section {
        title: "Introduction and methodology",
        assigned_to: "SBHR",
        status: SectionStatus::Approved,
        word_budget: 600,
        due: "2026-12-15",
        notes: "",
        body: "This report is submitted by the Coalition for Civil and Political Rights in \
Kazakhstan, fourteen organisations that monitor trials, places of detention and peaceful \
assemblies across all regions of the country.\n\n\
It covers the period since the Committee's previous concluding observations \
(CCPR/C/KAZ/CO/2) and follows the order of the Covenant's articles. Each section ends with \
recommendations that the coalition asks the Committee to address to the State party.\n\n\
The information comes from 212 trial-monitoring reports, 64 visits to places of detention \
and interviews with lawyers, journalists and survivors, all of whom gave informed consent. \
Names of victims and witnesses have been withheld to protect them from reprisals.",
    },
    Section {
        title: "Non-discrimination and equality between men and women (arts. 2, 3 and 26)",
        assigned_to: "Nurly Bolashak",
        status: SectionStatus::InReview,
        word_budget: 1200,
        due: "2026-12-20",
        notes: "Keep the domestic violence figures to the last two years.",
        body: "The State party still has no comprehensive anti-discrimination law defining \
direct and indirect discrimination on all the grounds protected by the Covenant.[^1]\n\n\
Domestic violence was decriminalised in part in 2017, when battery became an administrative \
offence; crisis centres in the southern regions report that survivors are routinely sent to \
'reconcile' with their abusers.\n\n\
**Recommendations:** adopt a comprehensive anti-discrimination law; criminalise domestic \
violence in all its forms and fund shelters in every region.\n\n\
[^1]: See the Committee's concluding observations CCPR/C/KAZ/CO/2, para. 8.",
    },
    Section {
        title: "Prohibition of torture and ill-treatment (art. 7)",
        assigned_to: "SBHR Karaganda",
        status: SectionStatus::Drafting,
        word_budget: 1500,
        due: "2026-11-20",
        notes: "Ask the Karaganda monitors for two anonymised cases.",
        body: "Complaints of torture are still investigated by the same police bodies whose \
officers are accused. Of the complaints recorded by our monitors, fewer than one in ten led to \
a criminal case, and convictions remain rare.\n\n\
The national preventive mechanism cannot make unannounced visits to every place of \
detention, and its members depend on the Ombudsman's office for their budget.",
    },
    Section {
        title: "Right to a fair trial (art. 14)",
        assigned_to: "LIFT",
        status: SectionStatus::Drafting,
        word_budget: 1500,
        due: "2027-01-10",
        notes: "",
        body: "Trial monitors observed that defence lawyers were often denied confidential \
meetings with their clients before the first hearing, and that judges rarely excluded \
statements the accused said had been obtained under duress.",
    },
    Section {
        title: "Freedom of expression (art. 19)",
        assigned_to: "Free Word",
        status: SectionStatus::Drafting,
        word_budget: 1500,
        due: "2027-01-10",
        notes: "",
        body: "Article 274 of the Criminal Code on the 'dissemination of knowingly false \
information' continues to be used against journalists, bloggers and activists who criticise \
officials.",
    },
    Section {
        title: "Freedom of peaceful assembly (art. 21)",
        assigned_to: "SBHR Astana",
        status: SectionStatus::NotStarted,
        word_budget: 1200,
        due: "2027-01-15",
        notes: "Cover the 2025 law on assemblies.",
        body: "",
    },
    Section {
        title: "Rights of persons with disabilities to equal recognition before the law (arts. 16 and 26)",
        assigned_to: "Equal Access",
        status: SectionStatus::NotStarted,
        word_budget: 900,
        due: "2027-01-15",
        notes: "",
        body: "",
    },
];

/// The coordinator, who approves the demonstration assessments.
pub const COORDINATOR_EMAIL: &str = "coordinator@sbhr.example";

/// The demonstration sign-ins all share this password (never use it anywhere real).
pub const DEMO_PASSWORD: &str = "steppe-demo-2027";

/// A demonstration account: email, name, organisation (short name), coalition role.
pub struct DemoUser {
    pub email: &'static str,
    pub display_name: &'static str,
    pub organisation: Option<&'static str>,
    pub role: Option<Role>,
    pub is_admin: bool,
}

pub const USERS: [DemoUser; 5] = [
    DemoUser {
        email: "admin@shadowdesk.example",
        display_name: "Instance administrator",
        organisation: None,
        role: None,
        is_admin: true,
    },
    DemoUser {
        email: "coordinator@sbhr.example",
        display_name: "Aigerim Seitkali",
        organisation: Some("SBHR"),
        role: Some(Role::Coordinator),
        is_admin: false,
    },
    DemoUser {
        email: "editor@lift.example",
        display_name: "Daniyar Omarov",
        organisation: Some("LIFT"),
        role: Some(Role::Editor),
        is_admin: false,
    },
    DemoUser {
        email: "reviewer@freeword.example",
        display_name: "Olga Petrenko",
        organisation: Some("Free Word"),
        role: Some(Role::Reviewer),
        is_admin: false,
    },
    DemoUser {
        email: "observer@equalaccess.example",
        display_name: "Marat Zhunusov",
        organisation: Some("Equal Access"),
        role: Some(Role::Observer),
        is_admin: false,
    },
];

/// A comment thread in the demonstration: on the section of `section` (index into
/// [`SECTIONS`]), by `author` (email), about `quote`, answered by `reply` (email, text).
pub struct DemoThread {
    pub section: usize,
    pub author: &'static str,
    pub quote: &'static str,
    pub body: &'static str,
    pub reply: Option<(&'static str, &'static str)>,
}

pub const THREADS: [DemoThread; 1] = [DemoThread {
    section: 1,
    author: "reviewer@freeword.example",
    quote: "battery became an administrative offence",
    body: "Please cite the article of the Code of Administrative Offences, so the Committee can check it.",
    reply: Some((
        "coordinator@sbhr.example",
        "Nurly Bolashak will add the reference before the review closes.",
    )),
}];

/// A suggested edit in the demonstration: in section `section`, by `author`, replacing
/// `from` with `to` in its text, left open.
pub struct DemoSuggestion {
    pub section: usize,
    pub author: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub message: &'static str,
}

pub const SUGGESTIONS: [DemoSuggestion; 1] = [DemoSuggestion {
    section: 1,
    author: "reviewer@freeword.example",
    from: "crisis centres in the southern regions",
    to: "crisis centres in Shymkent and the Turkestan region",
    message: "Name the places: the Committee asks for specifics.",
}];
