//! Three-way merge of section texts: two people's changes made from the same version combine
//! when they touch different paragraphs (lines); otherwise they conflict.

/// The result of merging two people's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Merge {
    /// Both changes combined.
    Clean(String),
    /// The changes overlap; someone has to choose.
    Conflict,
}

/// Merges `ours` and `theirs`, both edited from `base`.
pub fn three_way(base: &str, ours: &str, theirs: &str) -> Merge {
    if ours == theirs || theirs == base {
        return Merge::Clean(ours.to_string());
    }
    if ours == base {
        return Merge::Clean(theirs.to_string());
    }
    match diffy::merge(base, ours, theirs) {
        Ok(merged) => Merge::Clean(merged),
        Err(_) => Merge::Conflict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "Intro paragraph.\n\nArticle 7 paragraph.\n\nArticle 9 paragraph.\n";

    #[test]
    fn edits_to_different_paragraphs_merge() {
        let ours = BASE.replace("Intro paragraph.", "Intro paragraph, revised by LIFT.");
        let theirs = BASE.replace("Article 9 paragraph.", "Article 9, revised by Free Word.");
        let Merge::Clean(merged) = three_way(BASE, &ours, &theirs) else {
            panic!("should merge");
        };
        assert!(merged.contains("revised by LIFT") && merged.contains("revised by Free Word"));
        assert!(merged.contains("Article 7 paragraph."));
    }

    #[test]
    fn edits_to_the_same_paragraph_conflict() {
        let ours = BASE.replace("Article 7 paragraph.", "Article 7: our wording.");
        let theirs = BASE.replace("Article 7 paragraph.", "Article 7: their wording.");
        assert_eq!(three_way(BASE, &ours, &theirs), Merge::Conflict);
    }

    #[test]
    fn one_sided_and_identical_changes_need_no_merge() {
        let changed = BASE.replace("Intro", "Introduction");
        assert_eq!(
            three_way(BASE, &changed, BASE),
            Merge::Clean(changed.clone())
        );
        assert_eq!(
            three_way(BASE, BASE, &changed),
            Merge::Clean(changed.clone())
        );
        assert_eq!(three_way(BASE, &changed, &changed), Merge::Clean(changed));
    }
}
