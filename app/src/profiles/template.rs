//! Outline templates: one heading per line (`#` top level, `##` and `###` nested, at most
//! three levels); any other non-blank line is guidance for the heading above it, which becomes
//! that section's private coordination note.

/// The deepest nesting an outline allows.
pub const MAX_DEPTH: usize = 3;
/// The longest section title accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// One section a template describes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateSection {
    /// 1 for top level, up to [`MAX_DEPTH`].
    pub level: usize,
    pub title: String,
    /// Guidance for the writers (may be empty).
    pub guidance: String,
}

/// Why a template was refused; `line` counts from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("the template has no headings")]
    Empty,
    #[error("line {line}: more than three levels")]
    TooDeep { line: usize },
    #[error("line {line}: a level is skipped")]
    SkippedLevel { line: usize },
    #[error("line {line}: the heading has no title")]
    EmptyTitle { line: usize },
    #[error("line {line}: the title is longer than 200 characters")]
    TitleTooLong { line: usize },
    #[error("line {line}: guidance before the first heading")]
    GuidanceFirst { line: usize },
}

impl TemplateError {
    /// The translation key of the message.
    pub fn message_key(self) -> &'static str {
        match self {
            TemplateError::Empty => "template-error-empty",
            TemplateError::TooDeep { .. } => "template-error-too-deep",
            TemplateError::SkippedLevel { .. } => "template-error-skipped-level",
            TemplateError::EmptyTitle { .. } => "template-error-empty-title",
            TemplateError::TitleTooLong { .. } => "template-error-title-too-long",
            TemplateError::GuidanceFirst { .. } => "template-error-guidance-first",
        }
    }

    /// The line the error is on (0 when it is about the whole template).
    pub fn line(self) -> usize {
        match self {
            TemplateError::Empty => 0,
            TemplateError::TooDeep { line }
            | TemplateError::SkippedLevel { line }
            | TemplateError::EmptyTitle { line }
            | TemplateError::TitleTooLong { line }
            | TemplateError::GuidanceFirst { line } => line,
        }
    }
}

/// The sections `template` describes, in order.
pub fn parse(template: &str) -> Result<Vec<TemplateSection>, TemplateError> {
    let mut sections: Vec<TemplateSection> = Vec::new();
    for (index, raw) in template.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let hashes = trimmed.chars().take_while(|c| *c == '#').count();
        let is_heading = hashes > 0 && trimmed[hashes..].starts_with([' ', '\t']);
        let bare_hashes = hashes > 0 && trimmed.len() == hashes;
        if !(is_heading || bare_hashes) {
            let Some(last) = sections.last_mut() else {
                return Err(TemplateError::GuidanceFirst { line });
            };
            if !last.guidance.is_empty() {
                last.guidance.push('\n');
            }
            last.guidance.push_str(trimmed);
            continue;
        }
        if hashes > MAX_DEPTH {
            return Err(TemplateError::TooDeep { line });
        }
        let previous = sections.last().map_or(0, |s| s.level);
        if hashes > previous + 1 {
            return Err(TemplateError::SkippedLevel { line });
        }
        let title = trimmed[hashes..].trim();
        if title.is_empty() {
            return Err(TemplateError::EmptyTitle { line });
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(TemplateError::TitleTooLong { line });
        }
        sections.push(TemplateSection {
            level: hashes,
            title: title.to_string(),
            guidance: String::new(),
        });
    }
    if sections.is_empty() {
        return Err(TemplateError::Empty);
    }
    Ok(sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_nest_and_guidance_attaches_to_the_heading_above() {
        let sections = parse(
            "# Introduction\n\n# Follow-up\nCite A/HRC/43/10, para. 128.45.\nThen assess.\n## Torture\n### Detention\n## Fair trial\n# Recommendations",
        )
        .unwrap();
        let shape: Vec<(usize, &str)> = sections
            .iter()
            .map(|s| (s.level, s.title.as_str()))
            .collect();
        assert_eq!(
            shape,
            [
                (1, "Introduction"),
                (1, "Follow-up"),
                (2, "Torture"),
                (3, "Detention"),
                (2, "Fair trial"),
                (1, "Recommendations"),
            ]
        );
        assert_eq!(
            sections[1].guidance,
            "Cite A/HRC/43/10, para. 128.45.\nThen assess."
        );
        assert_eq!(sections[0].guidance, "");
    }

    #[test]
    fn bad_templates_name_the_line() {
        assert_eq!(parse(""), Err(TemplateError::Empty));
        assert_eq!(
            parse("just text"),
            Err(TemplateError::GuidanceFirst { line: 1 })
        );
        assert_eq!(
            parse("# A\n## B\n### C\n#### D"),
            Err(TemplateError::TooDeep { line: 4 })
        );
        assert_eq!(
            parse("# A\n### C"),
            Err(TemplateError::SkippedLevel { line: 2 })
        );
        assert_eq!(parse("## A"), Err(TemplateError::SkippedLevel { line: 1 }));
        assert_eq!(parse("# A\n#"), Err(TemplateError::EmptyTitle { line: 2 }));
        let long = format!("# {}", "x".repeat(201));
        assert_eq!(parse(&long), Err(TemplateError::TitleTooLong { line: 1 }));
    }

    #[test]
    fn every_seeded_template_parses() {
        for profile in migrations::default_profiles::DEFAULT_PROFILES {
            let sections =
                parse(profile.outline_template).unwrap_or_else(|e| panic!("{}: {e}", profile.code));
            assert!(sections.len() >= 5, "{}", profile.code);
        }
    }
}
