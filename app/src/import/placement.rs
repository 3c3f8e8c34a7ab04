//! Where each section of an imported draft goes in a report's outline: into an empty section
//! of the same title and level that is already there (a report made from a profile has its
//! articles waiting), or as a new section under the right parent.

use shadowdesk_drafts::split::DraftSection;

/// A section already in the outline, as the import sees it.
#[derive(Clone, Debug)]
pub struct Existing {
    pub id: i32,
    pub parent: Option<i32>,
    /// 1 for top level.
    pub depth: usize,
    pub title: String,
    /// Empty and not approved: the draft's text may go in.
    pub fillable: bool,
}

/// The parent of a new section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parent {
    Top,
    Existing(i32),
    /// The draft section with this index, created just before.
    Imported(usize),
}

/// What happens to one draft section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Its text goes into the existing section `id`.
    Fill(i32),
    /// A new section under `parent`, after its present children.
    Create(Parent),
}

fn normalized(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The target of every section of `draft`, in order.
pub fn placements(existing: &[Existing], draft: &[DraftSection]) -> Vec<Target> {
    let mut used: Vec<i32> = Vec::new();
    // The section each level currently hangs under: anchors[0] is level 1.
    let mut anchors: Vec<Parent> = Vec::new();
    let mut targets = Vec::with_capacity(draft.len());
    for (index, section) in draft.iter().enumerate() {
        let level = section.level.clamp(1, anchors.len() + 1);
        anchors.truncate(level - 1);
        let parent = anchors.last().copied().unwrap_or(Parent::Top);
        let title = normalized(&section.title);
        let fill = match parent {
            Parent::Imported(_) => None,
            Parent::Top | Parent::Existing(_) => existing.iter().find(|e| {
                e.fillable
                    && e.depth == level
                    && !used.contains(&e.id)
                    && normalized(&e.title) == title
                    && match parent {
                        Parent::Existing(p) => e.parent == Some(p),
                        _ => e.parent.is_none(),
                    }
            }),
        };
        match fill {
            Some(found) => {
                used.push(found.id);
                anchors.push(Parent::Existing(found.id));
                targets.push(Target::Fill(found.id));
            }
            None => {
                anchors.push(Parent::Imported(index));
                targets.push(Target::Create(parent));
            }
        }
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(level: usize, title: &str) -> DraftSection {
        DraftSection {
            level,
            title: title.into(),
            body: "text".into(),
        }
    }

    fn existing(id: i32, parent: Option<i32>, depth: usize, title: &str) -> Existing {
        Existing {
            id,
            parent,
            depth,
            title: title.into(),
            fillable: true,
        }
    }

    #[test]
    fn fills_empty_sections_of_the_same_title_and_nests_the_rest() {
        let outline = [
            existing(1, None, 1, "Introduction"),
            existing(2, None, 1, "Article 7"),
            existing(3, Some(2), 2, "Detention"),
        ];
        let targets = placements(
            &outline,
            &[
                draft(1, "introduction"),
                draft(1, "Article  7"),
                draft(2, "Detention"),
                draft(2, "Police custody"),
                draft(1, "Annex"),
                draft(2, "Sources"),
            ],
        );
        assert_eq!(
            targets,
            vec![
                Target::Fill(1),
                Target::Fill(2),
                Target::Fill(3),
                Target::Create(Parent::Existing(2)),
                Target::Create(Parent::Top),
                Target::Create(Parent::Imported(4)),
            ]
        );
    }

    #[test]
    fn never_fills_a_section_with_text_or_twice_or_at_another_level() {
        let mut written = existing(1, None, 1, "Article 7");
        written.fillable = false;
        let outline = [written, existing(2, None, 1, "Article 9")];
        let targets = placements(
            &outline,
            &[
                draft(1, "Article 7"),
                draft(1, "Article 9"),
                draft(1, "Article 9"),
                draft(1, "Other"),
                draft(2, "Article 9"),
            ],
        );
        assert_eq!(
            targets,
            vec![
                Target::Create(Parent::Top),
                Target::Fill(2),
                Target::Create(Parent::Top),
                Target::Create(Parent::Top),
                Target::Create(Parent::Imported(3)),
            ]
        );
    }
}
