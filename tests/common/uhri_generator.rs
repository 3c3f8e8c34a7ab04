//! A generator of Universal Human Rights Index exports of any size, in the shape of the real
//! full export: recommendations of the UPR and the treaty bodies over thousands of documents,
//! with themes, affected persons, SDG targets, UPR cycles, recommending States and positions,
//! texts of a realistic length (some in Russian), and the paragraph number inside the HTML.
//! Deterministic: the same count gives the same file. Written straight to disk, record by
//! record.

use std::io::{self, Write};

/// A small deterministic pseudo-random sequence (xorshift64*).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const BODIES: &[&str] = &[
    "UPR", "UPR", "UPR", "CCPR", "CESCR", "CAT", "CEDAW", "CRC", "CERD", "CRPD", "CMW", "CED",
];
const COUNTRIES: &[&str] = &[
    "Kazakhstan",
    "Kyrgyzstan",
    "Uzbekistan",
    "Tajikistan",
    "Turkmenistan",
    "Mongolia",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Belarus",
    "Ukraine",
    "Republic of Moldova",
    "Russian Federation",
    "Türkiye",
    "Iran",
    "Afghanistan",
    "Pakistan",
    "India",
    "Nepal",
    "Bangladesh",
    "Sri Lanka",
    "Indonesia",
    "Philippines",
    "Viet Nam",
    "Cambodia",
    "Myanmar",
    "Thailand",
    "Malaysia",
    "China",
    "Japan",
    "Egypt",
    "Tunisia",
    "Morocco",
    "Algeria",
    "Kenya",
    "Uganda",
    "Ethiopia",
    "Nigeria",
    "Ghana",
    "Senegal",
    "Brazil",
    "Argentina",
    "Chile",
    "Peru",
    "Colombia",
    "Mexico",
    "Guatemala",
    "Honduras",
    "Norway",
    "Germany",
];
const RECOMMENDING: &[&str] = &[
    "Norway",
    "Germany",
    "Canada",
    "Chile",
    "Uruguay",
    "Brazil",
    "France",
    "Spain",
    "Portugal",
    "Italy",
    "Sweden",
    "Finland",
    "Denmark",
    "Iceland",
    "Ireland",
    "Netherlands",
    "Belgium",
    "Switzerland",
    "Austria",
    "Australia",
    "New Zealand",
    "Japan",
    "Republic of Korea",
    "Mexico",
    "Argentina",
    "Costa Rica",
    "Ghana",
    "Sierra Leone",
    "Namibia",
    "Botswana",
];
const POSITIONS: &[&str] = &[
    "Supported",
    "Supported",
    "Supported",
    "Noted",
    "Noted",
    "Supported in part",
    "Under consideration",
];
const THEMES: &[&str] = &[
    "Torture and other cruel, inhuman or degrading treatment or punishment",
    "Freedom of opinion and expression",
    "Freedom of peaceful assembly",
    "Freedom of association",
    "Right to a fair trial",
    "Administration of justice",
    "Conditions of detention",
    "Human rights defenders",
    "Women's rights",
    "Gender-based violence",
    "Rights of the child",
    "Juvenile justice",
    "Rights of persons with disabilities",
    "Racial discrimination",
    "Equality and non-discrimination",
    "Migrants",
    "Asylum-seekers and refugees",
    "Statelessness",
    "Right to health",
    "Right to education",
    "Right to work",
    "Right to social security",
    "Right to housing",
    "Right to water and sanitation",
    "Environment",
    "Business and human rights",
    "Corruption",
    "National human rights institution",
    "National preventive mechanism",
    "Death penalty",
    "Enforced disappearances",
    "Trafficking in persons",
    "Indigenous peoples",
    "Minorities",
    "LGBTI persons",
    "Freedom of religion or belief",
    "Right to privacy",
    "Counter-terrorism",
    "Acceptance of international norms",
    "Cooperation with treaty bodies",
    "Cooperation with special procedures",
    "Human rights education",
    "Sexual and reproductive health",
    "Poverty",
    "Right to food",
    "Labour rights",
    "Child labour",
    "Birth registration",
    "Domestic violence",
    "Access to justice",
];
const AFFECTED: &[&str] = &[
    "General",
    "Women and girls",
    "Children",
    "Persons with disabilities",
    "Persons deprived of their liberty",
    "Human rights defenders",
    "Journalists",
    "Migrants",
    "Refugees and asylum-seekers",
    "Stateless persons",
    "Members of minorities",
    "Indigenous peoples",
    "Older persons",
    "Lesbian, gay, bisexual, transgender and intersex persons",
    "Persons living in poverty",
    "Rural populations",
    "Judges and lawyers",
    "Victims of torture",
    "Youth",
    "Workers",
];
const SDGS: &[&str] = &[
    "1.3 - Social protection",
    "3.8 - Universal health coverage",
    "4.1 - Free primary and secondary education",
    "5.1 - End discrimination against women and girls",
    "5.2 - Eliminate violence against women and girls",
    "8.7 - Eradicate forced labour",
    "10.2 - Social, economic and political inclusion",
    "10.3 - Ensure equal opportunity and end discrimination",
    "16.1 - Reduce violence",
    "16.2 - End abuse, exploitation, trafficking and violence against children",
    "16.3 - Rule of law and equal access to justice",
    "16.9 - Legal identity and birth registration",
    "16.10 - Public access to information and fundamental freedoms",
    "16.a - National human rights institutions",
];
const VERBS: &[&str] = &[
    "Ensure",
    "Adopt",
    "Strengthen",
    "Guarantee",
    "Take measures to",
    "Continue efforts to",
    "Bring into line",
    "Ratify",
    "Establish",
    "Revise",
    "Investigate",
    "Prevent",
    "Combat",
    "Provide",
    "Protect",
    "Promote",
    "Allocate sufficient resources to",
    "Repeal",
    "Amend",
    "Consider",
];
const OBJECTS: &[&str] = &[
    "the independence of the judiciary",
    "access to a lawyer from the moment of detention",
    "effective investigations into all allegations of torture",
    "the national preventive mechanism",
    "the right to peaceful assembly without prior authorisation",
    "the protection of journalists and human rights defenders",
    "comprehensive anti-discrimination legislation",
    "the prohibition of enforced disappearances",
    "inclusive education for children with disabilities",
    "access to asylum procedures at the border",
    "the registration of stateless persons",
    "shelters for victims of domestic violence",
    "the Optional Protocol to the Convention against Torture",
    "the minimum age of criminal responsibility",
    "conditions of detention in line with the Nelson Mandela Rules",
    "the right to strike and to form trade unions",
    "the criminalisation of defamation",
    "the independence of the national human rights institution",
    "remedies and reparation for victims",
    "the participation of civil society",
];
const CONTEXTS: &[&str] = &[
    "in line with its international obligations",
    "and ensure that perpetrators are brought to justice",
    "with the participation of civil society organisations",
    "and allocate adequate human and financial resources",
    "in accordance with article 14 of the Covenant",
    "including in rural and remote areas",
    "and collect data disaggregated by sex, age and disability",
    "and provide training to law enforcement officials",
    "and report on the measures taken in its next periodic report",
    "without discrimination of any kind",
];
const RUSSIAN: &[&str] = &[
    "Обеспечить расследование всех заявлений о пытках и жестоком обращении в местах лишения свободы",
    "Привести законодательство о мирных собраниях в соответствие со статьёй 21 Пакта",
    "Гарантировать доступ к адвокату с момента фактического задержания",
    "Укрепить независимость национального превентивного механизма",
];

/// One recommendation's text: a verb, an object and two contexts, one in twenty in Russian.
fn text(random: &mut Random) -> String {
    if random.below(20) == 0 {
        format!("{}.", random.pick(RUSSIAN))
    } else {
        format!(
            "{} {} {}, {}.",
            random.pick(VERBS),
            random.pick(OBJECTS),
            random.pick(CONTEXTS),
            random.pick(CONTEXTS)
        )
    }
}

/// `count` recommendation texts as the export's records have them (deterministic), from
/// `seed`; proposals are drawn the same way with another seed.
pub fn texts(count: usize, seed: u64) -> Vec<String> {
    let mut random = Random(seed | 1);
    (0..count).map(|_| text(&mut random)).collect()
}

/// Writes an export of `count` records (about 650 bytes each) to `out`.
pub fn write_export(count: usize, mut out: impl Write) -> io::Result<()> {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let documents = (count / 100).max(1);
    out.write_all(b"[\n")?;
    for i in 0..count {
        let document = i % documents;
        let body = BODIES[document % BODIES.len()];
        let country = COUNTRIES[document % COUNTRIES.len()];
        let year = 2008 + (document % 17);
        let symbol = if body == "UPR" {
            format!("A/HRC/{}/{}", 8 + document % 50, 10 + document)
        } else {
            format!(
                "{body}/C/{}/CO/{}",
                country.chars().take(3).collect::<String>().to_uppercase(),
                1 + document % 5
            )
        };
        let paragraph = if body == "UPR" {
            format!("{}.{}", 100 + document % 60, 1 + i / documents)
        } else {
            format!("{}({})", 10 + i / documents, ["a", "b", "c", "d"][i % 4])
        };
        let text = text(&mut random);
        let themes = [random.pick(THEMES), random.pick(THEMES)];
        let affected = random.pick(AFFECTED);
        let sdg = random.pick(SDGS);
        let upr = if body == "UPR" {
            format!(
                r#","UprCycle":"{} cycle","UprRecommendingCountry":["{}"],"UprPosition":"{}""#,
                ["1st", "2nd", "3rd", "4th"][document % 4],
                random.pick(RECOMMENDING),
                random.pick(POSITIONS)
            )
        } else {
            String::new()
        };
        if i > 0 {
            out.write_all(b",\n")?;
        }
        write!(
            out,
            r#"{{"AnnotationId":"gen-{i:08}-0000-4000-8000-000000000000","DocumentId":"doc-{document}","Countries":["{country}"],"Regions":["Region"],"Symbol":"{symbol}","PublicationDate":"{year}-0{month}-1{day}T00:00:00","Body":"{body}","AnnotationType":"Recommendations","Themes":["{t0}","{t1}"],"AffectedPersons":["{affected}"],"Sdgs":["{sdg}"],"Text":"<p>{paragraph} {text}</p>"{upr}}}"#,
            month = 1 + document % 9,
            day = document % 10,
            t0 = themes[0],
            t1 = themes[1],
        )?;
    }
    out.write_all(b"\n]\n")?;
    out.flush()
}
