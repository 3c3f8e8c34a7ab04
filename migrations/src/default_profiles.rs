//! The submission profiles every instance starts with: one per UN mechanism and reporting stage,
//! with the defaults of the UN's published guidance. Administrators edit them afterwards; the
//! migration that seeds them never changes.
//!
//! Outline templates are one heading per line (`#` top level, `##` and `###` nested); a line
//! that is not a heading is guidance for the section above it and becomes that section's
//! private coordination note.

/// One seeded profile.
pub struct DefaultProfile {
    pub code: &'static str,
    pub mechanism: &'static str,
    pub stage: &'static str,
    pub name: &'static str,
    /// `None` where the mechanism sets no word limit.
    pub word_limit: Option<i32>,
    /// Whether notes count towards the limit.
    pub notes_counted: bool,
    /// Comma-separated language codes the mechanism accepts.
    pub languages: &'static str,
    /// Comma-separated front-matter items the submission must carry.
    pub front_matter: &'static str,
    pub outline_template: &'static str,
}

const TREATY_LANGUAGES: &str = "en,fr,es";
const UN_LANGUAGES: &str = "en,fr,es,ar,ru,zh";
const TREATY_FRONT_MATTER: &str = "cover,publication_statement,table_of_contents,executive_summary";
const UPR_INDIVIDUAL_FRONT_MATTER: &str = "coalition_description,keywords";
const UPR_JOINT_FRONT_MATTER: &str = "coalition_members,coalition_description,keywords";

const CCPR_ARTICLES: &str = "\
# Executive summary
# Introduction and methodology
# Article 1 — Right of self-determination
# Article 2 — Implementation of the Covenant, non-discrimination and effective remedies
# Article 3 — Equal rights of men and women
# Article 4 — Derogations in a state of emergency
# Article 5 — No destruction of rights
# Article 6 — Right to life
# Article 7 — Prohibition of torture and ill-treatment
# Article 8 — Prohibition of slavery and forced labour
# Article 9 — Liberty and security of person
# Article 10 — Treatment of persons deprived of their liberty
# Article 11 — No imprisonment for debt
# Article 12 — Freedom of movement
# Article 13 — Expulsion of aliens
# Article 14 — Right to a fair trial
# Article 15 — No punishment without law
# Article 16 — Recognition as a person before the law
# Article 17 — Right to privacy
# Article 18 — Freedom of thought, conscience and religion
# Article 19 — Freedom of opinion and expression
# Article 20 — Prohibition of propaganda for war and incitement to hatred
# Article 21 — Right of peaceful assembly
# Article 22 — Freedom of association
# Article 23 — Protection of the family
# Article 24 — Rights of the child
# Article 25 — Participation in public affairs
# Article 26 — Equality before the law
# Article 27 — Rights of minorities
# Recommendations
State each recommendation as an action for the State party.
";

const CCPR_LOI: &str = "\
# Executive summary
# Introduction and methodology
# Issues proposed for the List of Issues
Organise by Covenant article; for each issue, propose a question the Committee could ask.
## Constitutional and legal framework (art. 2)
## Non-discrimination and equality (arts. 2, 3, 26)
## Right to life, prohibition of torture and ill-treatment (arts. 6, 7)
## Liberty and security, treatment of persons deprived of liberty (arts. 9, 10)
## Fair trial and independence of the judiciary (art. 14)
## Fundamental freedoms (arts. 18, 19, 21, 22)
## Participation in public affairs (art. 25)
## Rights of minorities (art. 27)
";

const CCPR_FOLLOW_UP: &str = "\
# Introduction
# Recommendations selected for follow-up
Quote each recommendation with its paragraph in the concluding observations, then the State's reply and the coalition's evidence.
## Recommendation 1
## Recommendation 2
## Recommendation 3
# Assessment and recommended actions
Grade each recommendation on the Committee's scale (A–E) and say why.
";

const CESCR_ARTICLES: &str = "\
# Executive summary
# Introduction and methodology
# Article 1 — Right of self-determination
# Article 2 — Progressive realisation and non-discrimination
# Article 3 — Equal rights of men and women
# Articles 4 and 5 — Limitations and safeguards
# Article 6 — Right to work
# Article 7 — Just and favourable conditions of work
# Article 8 — Trade union rights
# Article 9 — Social security
# Article 10 — Protection of the family, mothers and children
# Article 11 — Adequate standard of living
# Article 12 — Right to health
# Articles 13 and 14 — Right to education
# Article 15 — Cultural life and the benefits of science
# Recommendations
";

const CAT_ARTICLES: &str = "\
# Executive summary
# Introduction and methodology
# Articles 1 and 4 — Definition and criminalisation of torture
# Article 2 — Effective measures to prevent torture
## Fundamental legal safeguards
## National preventive mechanism and independent monitoring
# Article 3 — Non-refoulement
# Articles 5 to 9 — Jurisdiction, prosecution and extradition
# Article 10 — Education and training
# Article 11 — Interrogation rules and conditions of detention
# Articles 12 and 13 — Investigations and complaints
# Article 14 — Redress and rehabilitation
# Article 15 — Evidence obtained by torture
# Article 16 — Other cruel, inhuman or degrading treatment
# Recommendations
";

const CEDAW_ARTICLES: &str = "\
# Executive summary
# Introduction and methodology
# Article 1 — Definition of discrimination against women
# Article 2 — Obligations to eliminate discrimination
# Article 3 — Development and advancement of women
# Article 4 — Temporary special measures
# Article 5 — Stereotypes and gender-based violence
# Article 6 — Trafficking and exploitation of prostitution
# Articles 7 and 8 — Political and public life, international representation
# Article 9 — Nationality
# Article 10 — Education
# Article 11 — Employment
# Article 12 — Health
# Article 13 — Economic and social life
# Article 14 — Rural women
# Article 15 — Equality before the law
# Article 16 — Marriage and family life
# Recommendations
";

const CRC_CLUSTERS: &str = "\
# Executive summary
# Introduction and methodology
# General measures of implementation (arts. 4, 42, 44(6))
# Definition of the child (art. 1)
# General principles (arts. 2, 3, 6, 12)
# Civil rights and freedoms (arts. 7, 8, 13–17)
# Violence against children (arts. 19, 24(3), 28(2), 34, 37(a), 39)
# Family environment and alternative care (arts. 5, 9–11, 18(1)–(2), 20, 21, 25, 27(4))
# Disability, basic health and welfare (arts. 6, 18(3), 23, 24, 26, 27(1)–(3), 33)
# Education, leisure and cultural activities (arts. 28–31)
# Special protection measures (arts. 22, 30, 32–36, 37(b)–(d), 38–40)
# Recommendations
";

const CERD_ARTICLES: &str = "\
# Executive summary
# Introduction and methodology
# Article 1 — Definition of racial discrimination
# Article 2 — Policies to eliminate racial discrimination
# Article 3 — Segregation and apartheid
# Article 4 — Racist propaganda and organisations
# Article 5 — Equal enjoyment of rights
# Article 6 — Effective remedies
# Article 7 — Education, culture and information
# Recommendations
";

const CRPD_ARTICLES: &str = "\
# Executive summary
# Introduction and methodology
# Articles 1–4 — Purpose, definitions, general principles and obligations
# Article 5 — Equality and non-discrimination
# Article 6 — Women with disabilities
# Article 7 — Children with disabilities
# Article 8 — Awareness-raising
# Article 9 — Accessibility
# Articles 10 and 11 — Right to life; situations of risk
# Article 12 — Equal recognition before the law
# Article 13 — Access to justice
# Articles 14–17 — Liberty, freedom from torture, violence and abuse, integrity
# Articles 18–20 — Movement, independent living, personal mobility
# Articles 21 and 22 — Expression, access to information, privacy
# Article 23 — Home and the family
# Article 24 — Education
# Articles 25 and 26 — Health, habilitation and rehabilitation
# Article 27 — Work and employment
# Article 28 — Adequate standard of living and social protection
# Articles 29 and 30 — Political, public and cultural life
# Articles 31–33 — Statistics, international cooperation, national monitoring
# Recommendations
";

const UPR_CLUSTERS: &str = "\
# Introduction
Who submits, how the information was gathered; for a joint submission, every member of the coalition.
# Follow-up to the previous review
Cite each previous recommendation by its paragraph in the Working Group report (e.g. A/HRC/43/10, para. 128.45) and assess its implementation since the last review.
## Cooperation with international mechanisms
## National human rights framework and institutions
# Civil and political rights
## Right to life, liberty and security; prohibition of torture
## Administration of justice and fair trial
## Freedoms of expression, assembly and association
# Economic, social and cultural rights
# Rights of specific persons or groups
## Women
## Children
## Persons with disabilities
## Minorities, migrants and stateless persons
# Recommendations
One action per recommendation, addressed to the State under review.
";

/// The profiles a new instance starts with.
pub const DEFAULT_PROFILES: &[DefaultProfile] = &[
    DefaultProfile {
        code: "ccpr-loi",
        mechanism: "CCPR",
        stage: "loi",
        name: "Human Rights Committee — before the List of Issues",
        word_limit: Some(10_000),
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CCPR_LOI,
    },
    DefaultProfile {
        code: "ccpr-session",
        mechanism: "CCPR",
        stage: "session",
        name: "Human Rights Committee — before the session",
        word_limit: Some(10_000),
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CCPR_ARTICLES,
    },
    DefaultProfile {
        code: "ccpr-follow-up",
        mechanism: "CCPR",
        stage: "follow_up",
        name: "Human Rights Committee — follow-up to concluding observations",
        word_limit: Some(10_000),
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: "cover,publication_statement",
        outline_template: CCPR_FOLLOW_UP,
    },
    DefaultProfile {
        code: "cescr-session",
        mechanism: "CESCR",
        stage: "session",
        name: "Committee on Economic, Social and Cultural Rights — before the session",
        word_limit: None,
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CESCR_ARTICLES,
    },
    DefaultProfile {
        code: "cat-session",
        mechanism: "CAT",
        stage: "session",
        name: "Committee against Torture — before the session",
        word_limit: None,
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CAT_ARTICLES,
    },
    DefaultProfile {
        code: "cedaw-session",
        mechanism: "CEDAW",
        stage: "session",
        name: "Committee on the Elimination of Discrimination against Women — before the session",
        word_limit: None,
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CEDAW_ARTICLES,
    },
    DefaultProfile {
        code: "crc-session",
        mechanism: "CRC",
        stage: "session",
        name: "Committee on the Rights of the Child — before the session",
        word_limit: None,
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CRC_CLUSTERS,
    },
    DefaultProfile {
        code: "cerd-session",
        mechanism: "CERD",
        stage: "session",
        name: "Committee on the Elimination of Racial Discrimination — before the session",
        word_limit: None,
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CERD_ARTICLES,
    },
    DefaultProfile {
        code: "crpd-session",
        mechanism: "CRPD",
        stage: "session",
        name: "Committee on the Rights of Persons with Disabilities — before the session",
        word_limit: None,
        notes_counted: true,
        languages: TREATY_LANGUAGES,
        front_matter: TREATY_FRONT_MATTER,
        outline_template: CRPD_ARTICLES,
    },
    DefaultProfile {
        code: "upr-individual",
        mechanism: "UPR",
        stage: "stakeholder",
        name: "Universal Periodic Review — individual stakeholder submission",
        word_limit: Some(2_815),
        notes_counted: false,
        languages: UN_LANGUAGES,
        front_matter: UPR_INDIVIDUAL_FRONT_MATTER,
        outline_template: UPR_CLUSTERS,
    },
    DefaultProfile {
        code: "upr-joint",
        mechanism: "UPR",
        stage: "stakeholder",
        name: "Universal Periodic Review — joint stakeholder submission",
        word_limit: Some(5_630),
        notes_counted: false,
        languages: UN_LANGUAGES,
        front_matter: UPR_JOINT_FRONT_MATTER,
        outline_template: UPR_CLUSTERS,
    },
];
