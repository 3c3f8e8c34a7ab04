//! The search box's language: words (all must match), `"a phrase"`, `prefix*`, `OR` (or
//! `|`), `NOT` (or a leading `-`), `AND` (optional) and parentheses. Parsing is forgiving —
//! an unclosed quote or parenthesis ends at the end of the query — because a search box should
//! answer rather than complain.

use crate::analysis::{Analyzer, fold, words};

/// The longest query read, in characters; the rest is ignored.
const MAX_QUERY_CHARS: usize = 500;

/// A parsed query over search terms (folded and stemmed as the index is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    /// Everything (an empty query).
    All,
    Term(String),
    /// Words that start with this folded prefix.
    Prefix(String),
    /// Terms in this order, next to each other.
    Phrase(Vec<String>),
    And(Vec<Query>),
    Or(Vec<Query>),
    Not(Box<Query>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Open,
    Close,
    Or,
    And,
    Not,
    Quoted(String),
    Word(String),
}

fn tokens(text: &str) -> Vec<Token> {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                out.push(Token::Open);
            }
            ')' => {
                chars.next();
                out.push(Token::Close);
            }
            '|' => {
                chars.next();
                out.push(Token::Or);
            }
            '"' | '«' | '“' | '„' => {
                chars.next();
                let mut phrase = String::new();
                for c in chars.by_ref() {
                    if matches!(c, '"' | '»' | '”' | '“') {
                        break;
                    }
                    phrase.push(c);
                }
                out.push(Token::Quoted(phrase));
            }
            '-' => {
                chars.next();
                out.push(Token::Not);
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '"' | '«' | '“' | '„' | '|')
                    {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                out.push(match word.as_str() {
                    "OR" | "ИЛИ" | "НЕМЕСЕ" => Token::Or,
                    "AND" | "И" | "ЖӘНЕ" => Token::And,
                    "NOT" | "НЕ" | "ЕМЕС" => Token::Not,
                    _ => Token::Word(word),
                });
            }
        }
    }
    out
}

struct Parser<'a> {
    tokens: Vec<Token>,
    at: usize,
    analyzer: &'a Analyzer,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn or(&mut self) -> Query {
        let mut alternatives = vec![self.and()];
        while self.peek() == Some(&Token::Or) {
            self.at += 1;
            alternatives.push(self.and());
        }
        simplify(alternatives, Query::Or)
    }

    fn and(&mut self) -> Query {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                None | Some(Token::Or) | Some(Token::Close) => break,
                Some(Token::And) => self.at += 1,
                Some(_) => parts.push(self.unary()),
            }
        }
        simplify(parts, Query::And)
    }

    fn unary(&mut self) -> Query {
        if self.peek() == Some(&Token::Not) {
            self.at += 1;
            return match self.unary() {
                Query::All => Query::All,
                inner => Query::Not(Box::new(inner)),
            };
        }
        self.primary()
    }

    fn primary(&mut self) -> Query {
        let Some(token) = self.tokens.get(self.at).cloned() else {
            return Query::All;
        };
        self.at += 1;
        match token {
            Token::Open => {
                let inner = self.or();
                if self.peek() == Some(&Token::Close) {
                    self.at += 1;
                }
                inner
            }
            Token::Quoted(text) => self.phrase(&text),
            Token::Word(word) => match word.strip_suffix('*') {
                Some(prefix) => {
                    let folded: Vec<String> = words(prefix).map(fold).collect();
                    match folded.split_last() {
                        None => Query::All,
                        Some((last, [])) => Query::Prefix(last.clone()),
                        Some((last, before)) => {
                            let mut parts: Vec<Query> = before
                                .iter()
                                .map(|w| Query::Term(self.analyzer.stem(w).into_owned()))
                                .collect();
                            parts.push(Query::Prefix(last.clone()));
                            Query::And(parts)
                        }
                    }
                }
                None => self.phrase(&word),
            },
            // A stray `)`, `OR`, `AND` or `NOT` where a term should be: skip it.
            _ => Query::All,
        }
    }

    /// One term, or a phrase when the text holds several words (`non-refoulement`).
    fn phrase(&self, text: &str) -> Query {
        let mut terms = self.analyzer.terms(text);
        match terms.len() {
            0 => Query::All,
            1 => Query::Term(terms.remove(0)),
            _ => Query::Phrase(terms),
        }
    }
}

/// `parts` combined with `combine`, without the empty ones (an alternative or a term that
/// held no word: `torture OR`, `—`).
fn simplify(parts: Vec<Query>, combine: fn(Vec<Query>) -> Query) -> Query {
    let mut parts: Vec<Query> = parts.into_iter().filter(|p| *p != Query::All).collect();
    match parts.len() {
        0 => Query::All,
        1 => parts.remove(0),
        _ => combine(parts),
    }
}

/// Parses `text` with `analyzer`'s folding and stemming.
pub fn parse(text: &str, analyzer: &Analyzer) -> Query {
    let mut parser = Parser {
        tokens: tokens(text),
        at: 0,
        analyzer,
    };
    let mut parts = vec![parser.or()];
    // Whatever a stray `)` left behind is read as more terms to match.
    while parser.at < parser.tokens.len() {
        parser.at += 1;
        parts.push(parser.or());
    }
    simplify(parts, Query::And)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Query {
        parse(text, &Analyzer::default())
    }

    fn term(t: &str) -> Query {
        Query::Term(t.to_string())
    }

    #[test]
    fn words_must_all_match_and_are_stemmed() {
        assert_eq!(
            q("Torture detention"),
            Query::And(vec![term("tortur"), term("detent")])
        );
        assert_eq!(q("torture AND detention"), q("torture detention"));
        assert_eq!(q(""), Query::All);
        assert_eq!(q("  — "), Query::All);
    }

    #[test]
    fn phrases_prefixes_or_and_not_are_understood() {
        assert_eq!(
            q("\"enforced disappearances\""),
            Query::Phrase(vec!["enforc".into(), "disappear".into()])
        );
        assert_eq!(q("«пытки в изоляторах»"), q("\"пытки в изоляторах\""));
        assert_eq!(q("tortur*"), Query::Prefix("tortur".into()));
        assert_eq!(q("Détent*"), Query::Prefix("detent".into()));
        assert_eq!(
            q("asylum OR refugees"),
            Query::Or(vec![term("asylum"), term("refuge")])
        );
        assert_eq!(q("asylum | refugees"), q("asylum OR refugees"));
        assert_eq!(
            q("torture -death"),
            Query::And(vec![term("tortur"), Query::Not(Box::new(term("death")))])
        );
        assert_eq!(q("torture NOT death"), q("torture -death"));
        assert_eq!(
            q("пытки ИЛИ насилие"),
            Query::Or(vec![q("пытки"), q("насилие")])
        );
    }

    #[test]
    fn and_binds_tighter_than_or_and_parentheses_group() {
        assert_eq!(
            q("torture police OR army"),
            Query::Or(vec![
                Query::And(vec![term("tortur"), term("polic")]),
                term("armi")
            ])
        );
        assert_eq!(
            q("torture (police OR army)"),
            Query::And(vec![
                term("tortur"),
                Query::Or(vec![term("polic"), term("armi")])
            ])
        );
    }

    #[test]
    fn hyphenated_words_are_phrases_and_mistakes_are_forgiven() {
        assert_eq!(
            q("non-refoulement"),
            Query::Phrase(vec!["non".into(), "refoul".into()])
        );
        assert_eq!(q("(torture"), term("tortur"));
        assert_eq!(q("torture)"), term("tortur"));
        assert_eq!(q("\"torture"), term("tortur"));
        assert_eq!(q("OR torture"), term("tortur"));
        assert_eq!(q("-"), Query::All);
        assert_eq!(q("torture OR"), term("tortur"));
    }
}
