//! A section's proposals as the Markdown that ends it in an export: a heading per kind and
//! addressee ("Suggested recommendations to the State party"), then the proposals in order as
//! a numbered list (server only).

use crate::states::{Addressee, Named, ProposalKind};

/// The message id of the heading over proposals of `kind` addressed to `addressee`.
pub fn heading_key(kind: ProposalKind, addressee: Addressee) -> &'static str {
    match (kind, addressee) {
        (ProposalKind::Recommendation, Addressee::State) => {
            "proposals-heading-recommendation-state"
        }
        (ProposalKind::Recommendation, Addressee::Committee) => {
            "proposals-heading-recommendation-committee"
        }
        (ProposalKind::Question, Addressee::State) => "proposals-heading-question-state",
        (ProposalKind::Question, Addressee::Committee) => "proposals-heading-question-committee",
    }
}

/// The Markdown of `proposals` (kind, addressee, text, in their order), grouped under the
/// headings `heading` names; empty when there are none.
pub fn proposals_markdown(
    proposals: &[(ProposalKind, Addressee, &str)],
    heading: impl Fn(&str) -> String,
) -> String {
    let mut out = String::new();
    for &kind in ProposalKind::ALL {
        for &addressee in Addressee::ALL {
            let texts: Vec<&str> = proposals
                .iter()
                .filter(|(k, a, _)| *k == kind && *a == addressee)
                .map(|(_, _, text)| text.trim())
                .filter(|text| !text.is_empty())
                .collect();
            if texts.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "\n\n# {}\n\n",
                heading(heading_key(kind, addressee))
            ));
            for (n, text) in texts.iter().enumerate() {
                // Continuation lines of a proposal stay inside its list item.
                let text = text.lines().collect::<Vec<_>>().join("\n   ");
                out.push_str(&format!("{}. {text}\n", n + 1));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposals_are_grouped_under_their_headings_in_order() {
        let proposals = [
            (
                ProposalKind::Question,
                Addressee::State,
                "Why were complaints closed?",
            ),
            (
                ProposalKind::Recommendation,
                Addressee::State,
                "Ensure access to a lawyer.",
            ),
            (
                ProposalKind::Recommendation,
                Addressee::State,
                "Investigate\nevery complaint.",
            ),
        ];
        let markdown = proposals_markdown(&proposals, |key| key.to_string());
        assert_eq!(
            markdown,
            "\n\n# proposals-heading-recommendation-state\n\n\
             1. Ensure access to a lawyer.\n2. Investigate\n   every complaint.\n\
             \n\n# proposals-heading-question-state\n\n1. Why were complaints closed?\n"
        );
        assert!(proposals_markdown(&[], |k| k.to_string()).is_empty());
    }
}
