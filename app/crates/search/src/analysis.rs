//! Turning text into search terms the same way for the index and for queries: words split at
//! anything that is not a letter or digit, lower-cased, diacritics folded (é → e, ё → е; й
//! stays), and stemmed with Snowball — Russian for Cyrillic words, English for Latin ones.
//! Words with Kazakh letters (ә ғ қ ң ө ұ ү һ і) are kept whole: no stemmer knows them.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// The stemmers, built once.
pub struct Analyzer {
    english: Stemmer,
    russian: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            english: Stemmer::create(Algorithm::English),
            russian: Stemmer::create(Algorithm::Russian),
        }
    }
}

/// Letters only Kazakh uses among the Cyrillic alphabets Shadowdesk meets.
const KAZAKH_LETTERS: &[char] = &['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

/// `word` lower-cased with its diacritics removed. The breve of й is kept (й is a letter of
/// its own in Russian and Kazakh, not an и with an accent).
pub fn fold(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.is_ascii() {
        return lower;
    }
    let mut folded = String::with_capacity(lower.len());
    let mut previous = '\0';
    for c in lower.nfd() {
        if is_combining_mark(c) {
            if c == '\u{0306}' && previous == 'и' {
                folded.pop();
                folded.push('й');
            }
            continue;
        }
        folded.push(c);
        previous = c;
    }
    folded
}

/// The words of `text`, as written (not folded).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl Analyzer {
    /// The search term of one folded word.
    pub fn stem<'a>(&self, folded: &'a str) -> Cow<'a, str> {
        if folded.chars().any(|c| KAZAKH_LETTERS.contains(&c)) {
            return Cow::Borrowed(folded);
        }
        if folded.chars().any(|c| matches!(c, '\u{0400}'..='\u{04ff}')) {
            self.russian.stem(folded)
        } else if folded.chars().any(char::is_alphabetic) {
            self.english.stem(folded)
        } else {
            Cow::Borrowed(folded)
        }
    }

    /// The search terms of `text`, in order.
    pub fn terms(&self, text: &str) -> Vec<String> {
        words(text)
            .map(|w| self.stem(&fold(w)).into_owned())
            .collect()
    }

    /// `text` cut into runs, each marked when it is a word whose term is among `terms` (to
    /// highlight what two texts share); the runs put together are `text`.
    pub fn marked<'a>(&self, text: &'a str, terms: &[String]) -> Vec<(&'a str, bool)> {
        let mut runs: Vec<(&'a str, bool)> = Vec::new();
        let mut start = 0;
        let mut in_word = false;
        let push = |piece: &'a str, word: bool, runs: &mut Vec<(&'a str, bool)>| {
            if piece.is_empty() {
                return;
            }
            let hit = word && terms.iter().any(|t| *t == self.stem(&fold(piece)));
            match runs.last_mut() {
                Some(last) if last.1 == hit => {
                    // Neighbours with the same mark join: `text` is one string.
                    let from = last.0.as_ptr() as usize - text.as_ptr() as usize;
                    last.0 = &text[from..from + last.0.len() + piece.len()];
                }
                _ => runs.push((piece, hit)),
            }
        };
        for (at, c) in text.char_indices() {
            let word = c.is_alphanumeric();
            if word != in_word {
                push(&text[start..at], in_word, &mut runs);
                start = at;
                in_word = word;
            }
        }
        push(&text[start..], in_word, &mut runs);
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_for_case_and_diacritics_but_keep_their_own_letters() {
        assert_eq!(fold("Détention"), "detention");
        assert_eq!(fold("ЁЛКА"), "елка");
        assert_eq!(fold("Свободный"), "свободный");
        assert_eq!(fold("Қазақстан"), "қазақстан");
        assert_eq!(fold("Ǆ"), "ǆ");
    }

    #[test]
    fn text_splits_at_punctuation_and_hyphens() {
        let words: Vec<&str> = words("non-refoulement, art. 7(b); «пытки»").collect();
        assert_eq!(words, ["non", "refoulement", "art", "7", "b", "пытки"]);
    }

    #[test]
    fn shared_words_are_marked_and_the_runs_make_the_text() {
        let analyzer = Analyzer::default();
        let terms = analyzer.terms("torture police");
        let runs = analyzer.marked("Investigate torture by the police, promptly.", &terms);
        assert_eq!(
            runs,
            [
                ("Investigate ", false),
                ("torture", true),
                (" by the ", false),
                ("police", true),
                (", promptly.", false),
            ]
        );
        assert!(analyzer.marked("", &terms).is_empty());
    }

    #[test]
    fn english_and_russian_words_are_stemmed_in_their_language() {
        let analyzer = Analyzer::default();
        assert_eq!(analyzer.terms("Detained detention"), ["detain", "detent"]);
        assert_eq!(
            analyzer.terms("tortured torture"),
            analyzer.terms("torturing tortures")
        );
        assert_eq!(analyzer.terms("пытки"), analyzer.terms("пытками"));
        assert_eq!(analyzer.terms("пыткам"), ["пытк"]);
        assert_eq!(analyzer.terms("задержанных"), analyzer.terms("задержанные"));
        assert_eq!(analyzer.terms("Ёлки"), analyzer.terms("елки"));
        // Kazakh words are kept whole; numbers stay as they are.
        assert_eq!(analyzer.terms("азаптауға 2025"), ["азаптауға", "2025"]);
    }
}
