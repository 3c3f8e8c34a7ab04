//! Which language a paragraph is written in, told from its letters, and the tag Word and
//! LibreOffice use to spell-check and hyphenate it.

/// A language the export tags text with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    English,
    Russian,
    Kazakh,
    French,
    Spanish,
    Arabic,
    Chinese,
}

/// The letters Kazakh writes in Cyrillic that Russian does not.
const KAZAKH_LETTERS: &[char] = &[
    'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І',
];

impl Lang {
    /// The language of a report's code (`en`, `ru`, `kk`, …); English for anything else.
    pub fn from_code(code: &str) -> Self {
        match code.split(['-', '_']).next().unwrap_or("") {
            "ru" => Self::Russian,
            "kk" => Self::Kazakh,
            "fr" => Self::French,
            "es" => Self::Spanish,
            "ar" => Self::Arabic,
            "zh" => Self::Chinese,
            _ => Self::English,
        }
    }

    /// The BCP 47 tag written into `w:lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en-GB",
            Self::Russian => "ru-RU",
            Self::Kazakh => "kk-KZ",
            Self::French => "fr-FR",
            Self::Spanish => "es-ES",
            Self::Arabic => "ar-SA",
            Self::Chinese => "zh-CN",
        }
    }

    /// The character style that tags runs with this language.
    pub fn style_id(self) -> &'static str {
        match self {
            Self::English => "LangEn",
            Self::Russian => "LangRu",
            Self::Kazakh => "LangKk",
            Self::French => "LangFr",
            Self::Spanish => "LangEs",
            Self::Arabic => "LangAr",
            Self::Chinese => "LangZh",
        }
    }

    /// Every language, for the styles part.
    pub const ALL: [Lang; 7] = [
        Self::English,
        Self::Russian,
        Self::Kazakh,
        Self::French,
        Self::Spanish,
        Self::Arabic,
        Self::Chinese,
    ];

    fn script(self) -> Script {
        match self {
            Self::Russian | Self::Kazakh => Script::Cyrillic,
            Self::Arabic => Script::Arabic,
            Self::Chinese => Script::Han,
            _ => Script::Latin,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Han,
}

fn script_of(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' => Some(Script::Latin),
        '\u{400}'..='\u{52f}' => Some(Script::Cyrillic),
        '\u{600}'..='\u{6ff}' => Some(Script::Arabic),
        '\u{4e00}'..='\u{9fff}' => Some(Script::Han),
        _ => None,
    }
}

/// The language of `text` in a document written in `default`: the default when most of its
/// letters are in the default's script (or it has none); otherwise Kazakh or Russian for
/// Cyrillic (Kazakh when it uses Kazakh letters), English for Latin, Arabic, Chinese.
pub fn detect(text: &str, default: Lang) -> Lang {
    let mut counts = [0usize; 4];
    let mut kazakh = false;
    for c in text.chars() {
        if let Some(script) = script_of(c) {
            counts[script as usize] += 1;
        }
        kazakh |= KAZAKH_LETTERS.contains(&c);
    }
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .unwrap_or((0, &0));
    // No letters, or the default's script holds at least as many as any other.
    if n == 0 || counts[default.script() as usize] >= n {
        // Kazakh letters tell Kazakh from Russian in the same script.
        if default == Lang::Russian && kazakh {
            return Lang::Kazakh;
        }
        return default;
    }
    let script = [Script::Latin, Script::Cyrillic, Script::Arabic, Script::Han][best];
    match script {
        Script::Cyrillic if kazakh => Lang::Kazakh,
        Script::Cyrillic => Lang::Russian,
        Script::Arabic => Lang::Arabic,
        Script::Han => Lang::Chinese,
        Script::Latin => Lang::English,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_told_apart_by_their_letters() {
        assert_eq!(
            detect("The State party should", Lang::English),
            Lang::English
        );
        assert_eq!(
            detect("Государству-участнику следует", Lang::English),
            Lang::Russian
        );
        assert_eq!(
            detect("Қатысушы мемлекет азаптауды тоқтатуы тиіс", Lang::English),
            Lang::Kazakh
        );
        assert_eq!(
            detect("Қатысушы мемлекет азаптауды тоқтатуы тиіс", Lang::Russian),
            Lang::Kazakh,
            "Kazakh in a Russian report is tagged Kazakh"
        );
        assert_eq!(detect("Article 7 (ICCPR)", Lang::Russian), Lang::English);
        assert_eq!(detect("Статья 7 ICCPR", Lang::Russian), Lang::Russian);
        assert_eq!(
            detect("2024 — 15 %", Lang::Kazakh),
            Lang::Kazakh,
            "no letters"
        );
        assert_eq!(Lang::from_code("kk").tag(), "kk-KZ");
        assert_eq!(Lang::from_code("pt").tag(), "en-GB");
    }
}
