//! The shape of an outline: nesting depth, moving a section (with everything under it) to a
//! new place, and the sibling positions that follow. Pure functions over the visible sections.

use std::collections::HashMap;

use crate::profiles::template::MAX_DEPTH;

/// One section's place: its parent and its position among its siblings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub id: i32,
    pub parent: Option<i32>,
    pub position: i32,
}

/// Where a move asks a section to go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Before its previous sibling.
    Up,
    /// After its next sibling.
    Down,
    /// Into its previous sibling, as its last child.
    In,
    /// Out of its parent, right after it.
    Out,
}

impl Direction {
    /// Parses `up`, `down`, `in` or `out`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "up" => Some(Direction::Up),
            "down" => Some(Direction::Down),
            "in" => Some(Direction::In),
            "out" => Some(Direction::Out),
            _ => None,
        }
    }
}

/// Why a move cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("no such section in this outline")]
    Unknown,
    #[error("a section cannot go inside itself")]
    IntoItself,
    #[error("the outline would be more than three levels deep")]
    TooDeep,
    #[error("there is nowhere further to move it that way")]
    NoRoom,
}

impl MoveError {
    /// The translation key of the message.
    pub fn message_key(self) -> &'static str {
        match self {
            MoveError::Unknown => "outline-error-unknown",
            MoveError::IntoItself => "outline-error-into-itself",
            MoveError::TooDeep => "outline-error-too-deep",
            MoveError::NoRoom => "outline-error-no-room",
        }
    }
}

/// The sections of one outline, indexed for moves.
#[derive(Clone, Debug)]
pub struct Outline {
    places: Vec<Place>,
}

impl Outline {
    /// An outline of the visible sections `places` (order does not matter).
    pub fn new(places: Vec<Place>) -> Self {
        Outline { places }
    }

    fn get(&self, id: i32) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// The children of `parent` in order.
    pub fn children(&self, parent: Option<i32>) -> Vec<i32> {
        let mut children: Vec<&Place> = self.places.iter().filter(|p| p.parent == parent).collect();
        children.sort_by_key(|p| (p.position, p.id));
        children.into_iter().map(|p| p.id).collect()
    }

    /// 1 for a top-level section, 2 under it, and so on.
    pub fn depth(&self, id: i32) -> usize {
        let mut depth = 1;
        let mut current = self.get(id).and_then(|p| p.parent);
        while let Some(parent) = current {
            depth += 1;
            current = self.get(parent).and_then(|p| p.parent);
            if depth > self.places.len() {
                break;
            }
        }
        depth
    }

    /// Levels in the subtree of `id`: 1 for a section without children.
    pub fn height(&self, id: i32) -> usize {
        1 + self
            .children(Some(id))
            .into_iter()
            .map(|c| self.height(c))
            .max()
            .unwrap_or(0)
    }

    /// Whether `id` is `ancestor` or lies under it.
    pub fn is_within(&self, id: i32, ancestor: i32) -> bool {
        let mut current = Some(id);
        let mut steps = 0;
        while let Some(at) = current {
            if at == ancestor {
                return true;
            }
            current = self.get(at).and_then(|p| p.parent);
            steps += 1;
            if steps > self.places.len() {
                break;
            }
        }
        false
    }

    /// Every section in reading order with its depth and number (`2`, `2.1`, `2.1.3`).
    pub fn reading_order(&self) -> Vec<(i32, usize, String)> {
        let mut out = Vec::with_capacity(self.places.len());
        self.walk(None, 1, "", &mut out);
        out
    }

    fn walk(
        &self,
        parent: Option<i32>,
        depth: usize,
        prefix: &str,
        out: &mut Vec<(i32, usize, String)>,
    ) {
        for (index, id) in self.children(parent).into_iter().enumerate() {
            let number = if prefix.is_empty() {
                format!("{}", index + 1)
            } else {
                format!("{prefix}.{}", index + 1)
            };
            out.push((id, depth, number.clone()));
            if depth < MAX_DEPTH + 1 {
                self.walk(Some(id), depth + 1, &number, out);
            }
        }
    }

    /// Where `direction` takes `id`: its new parent and index among the new siblings.
    pub fn target(&self, id: i32, direction: Direction) -> Result<(Option<i32>, usize), MoveError> {
        let place = self.get(id).ok_or(MoveError::Unknown)?;
        let siblings = self.children(place.parent);
        let index = siblings
            .iter()
            .position(|s| *s == id)
            .ok_or(MoveError::Unknown)?;
        match direction {
            Direction::Up if index > 0 => Ok((place.parent, index - 1)),
            Direction::Down if index + 1 < siblings.len() => Ok((place.parent, index + 1)),
            Direction::In if index > 0 => {
                let new_parent = siblings[index - 1];
                Ok((Some(new_parent), self.children(Some(new_parent)).len()))
            }
            Direction::Out => {
                let parent = place.parent.ok_or(MoveError::NoRoom)?;
                let grandparent = self.get(parent).ok_or(MoveError::Unknown)?.parent;
                let at = self
                    .children(grandparent)
                    .iter()
                    .position(|s| *s == parent)
                    .ok_or(MoveError::Unknown)?;
                Ok((grandparent, at + 1))
            }
            _ => Err(MoveError::NoRoom),
        }
    }

    /// Moves `id` (with its subtree) under `parent` at `index` among the new siblings, and
    /// returns the places that changed.
    pub fn place(
        &mut self,
        id: i32,
        parent: Option<i32>,
        index: usize,
    ) -> Result<Vec<Place>, MoveError> {
        let old_parent = self.get(id).ok_or(MoveError::Unknown)?.parent;
        if let Some(parent) = parent {
            if self.get(parent).is_none() {
                return Err(MoveError::Unknown);
            }
            if self.is_within(parent, id) {
                return Err(MoveError::IntoItself);
            }
        }
        let parent_depth = parent.map_or(0, |p| self.depth(p));
        if parent_depth + self.height(id) > MAX_DEPTH {
            return Err(MoveError::TooDeep);
        }
        let before: HashMap<i32, Place> = self.places.iter().map(|p| (p.id, *p)).collect();
        let mut siblings: Vec<i32> = self
            .children(parent)
            .into_iter()
            .filter(|s| *s != id)
            .collect();
        siblings.insert(index.min(siblings.len()), id);
        self.renumber(parent, &siblings);
        if old_parent != parent {
            let old_siblings = self
                .children(old_parent)
                .into_iter()
                .filter(|s| *s != id)
                .collect::<Vec<_>>();
            self.renumber(old_parent, &old_siblings);
        }
        Ok(self
            .places
            .iter()
            .filter(|p| before.get(&p.id) != Some(p))
            .copied()
            .collect())
    }

    fn renumber(&mut self, parent: Option<i32>, order: &[i32]) {
        for (position, id) in order.iter().enumerate() {
            if let Some(place) = self.places.iter_mut().find(|p| p.id == *id) {
                place.parent = parent;
                place.position = i32::try_from(position).unwrap_or(i32::MAX);
            }
        }
    }

    /// Closes the gap `id` leaves among its siblings when it is removed; returns the places
    /// that changed (not `id` itself).
    pub fn remove(&mut self, id: i32) -> Result<Vec<Place>, MoveError> {
        let parent = self.get(id).ok_or(MoveError::Unknown)?.parent;
        let before: HashMap<i32, Place> = self.places.iter().map(|p| (p.id, *p)).collect();
        self.places.retain(|p| p.id != id);
        let siblings = self.children(parent);
        self.renumber(parent, &siblings);
        Ok(self
            .places
            .iter()
            .filter(|p| before.get(&p.id) != Some(p))
            .copied()
            .collect())
    }
}

/// For sections in reading order, given as (depth, marked as an annex): whether each is part
/// of an annex, the marked section itself or a section under it.
pub fn within_annexes(rows: impl IntoIterator<Item = (usize, bool)>) -> Vec<bool> {
    let mut annex_depth: Option<usize> = None;
    rows.into_iter()
        .map(|(depth, annex)| {
            if annex_depth.is_some_and(|d| depth <= d) {
                annex_depth = None;
            }
            if annex && annex_depth.is_none() {
                annex_depth = Some(depth);
            }
            annex_depth.is_some()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_annex_takes_its_subsections_with_it() {
        let rows = [
            (1, false),
            (1, true),
            (2, false),
            (3, false),
            (1, false),
            (2, true),
        ];
        assert_eq!(within_annexes(rows), [false, true, true, true, false, true]);
    }

    /// 1 A, 2 B (2.1 B1, 2.2 B2 (2.2.1 B2a)), 3 C
    fn sample() -> Outline {
        let place = |id, parent, position| Place {
            id,
            parent,
            position,
        };
        Outline::new(vec![
            place(1, None, 0),
            place(2, None, 1),
            place(3, None, 2),
            place(21, Some(2), 0),
            place(22, Some(2), 1),
            place(221, Some(22), 0),
        ])
    }

    fn shape(outline: &Outline) -> Vec<(i32, usize, String)> {
        outline.reading_order()
    }

    #[test]
    fn reading_order_numbers_and_depths() {
        let order: Vec<(i32, String)> = shape(&sample())
            .into_iter()
            .map(|(id, _, n)| (id, n))
            .collect();
        assert_eq!(
            order,
            [
                (1, "1".into()),
                (2, "2".into()),
                (21, "2.1".into()),
                (22, "2.2".into()),
                (221, "2.2.1".into()),
                (3, "3".into())
            ]
        );
        let outline = sample();
        assert_eq!(outline.depth(221), 3);
        assert_eq!(outline.height(2), 3);
        assert_eq!(outline.height(3), 1);
    }

    #[test]
    fn up_down_in_and_out() {
        let outline = sample();
        assert_eq!(outline.target(2, Direction::Up), Ok((None, 0)));
        assert_eq!(outline.target(1, Direction::Up), Err(MoveError::NoRoom));
        assert_eq!(outline.target(3, Direction::Down), Err(MoveError::NoRoom));
        assert_eq!(outline.target(3, Direction::In), Ok((Some(2), 2)));
        assert_eq!(outline.target(22, Direction::Out), Ok((None, 2)));
        assert_eq!(outline.target(1, Direction::Out), Err(MoveError::NoRoom));
    }

    #[test]
    fn moving_renumbers_both_sibling_lists() {
        let mut outline = sample();
        let changed = outline.place(22, None, 2).unwrap();
        let order: Vec<String> = shape(&outline)
            .into_iter()
            .map(|(id, _, n)| format!("{id}:{n}"))
            .collect();
        assert_eq!(order, ["1:1", "2:2", "21:2.1", "22:3", "221:3.1", "3:4"]);
        let mut ids: Vec<i32> = changed.iter().map(|p| p.id).collect();
        ids.sort();
        assert_eq!(ids, [3, 22]);
    }

    #[test]
    fn moves_that_break_the_outline_are_refused() {
        let mut outline = sample();
        assert_eq!(outline.place(2, Some(221), 0), Err(MoveError::IntoItself));
        assert_eq!(outline.place(2, Some(2), 0), Err(MoveError::IntoItself));
        // B has three levels: it cannot go under anything.
        assert_eq!(outline.place(2, Some(1), 0), Err(MoveError::TooDeep));
        assert_eq!(outline.place(22, Some(21), 0), Err(MoveError::TooDeep));
        assert_eq!(outline.place(99, None, 0), Err(MoveError::Unknown));
        assert_eq!(outline.place(3, Some(99), 0), Err(MoveError::Unknown));
        // A leaf may go to the third level.
        assert!(outline.place(3, Some(21), 0).is_ok());
        assert_eq!(outline.depth(3), 3);
    }

    #[test]
    fn removing_closes_the_gap() {
        let mut outline = sample();
        let changed = outline.remove(1).unwrap();
        assert_eq!(
            changed,
            [
                Place {
                    id: 2,
                    parent: None,
                    position: 0
                },
                Place {
                    id: 3,
                    parent: None,
                    position: 1
                }
            ]
        );
    }
}
