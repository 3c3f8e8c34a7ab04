//! The one authorisation policy: `can(actor, action, resource)`. Server functions and routes
//! ask it; nothing else checks roles.

use std::collections::HashMap;

pub use shadowdesk_states::Role;

/// Whether someone with `role` writes sections: may be a section's lead editor, and edits the
/// sections their organisation writes.
pub fn writes_sections(role: Role) -> bool {
    matches!(role, Role::Editor | Role::Coordinator)
}

/// Whether `role` runs the coalition: manages it, hears of every follow-up that falls due, and
/// is the role a coalition may never be left without.
pub fn runs_the_coalition(role: Role) -> bool {
    role == Role::Coordinator
}

/// Whether `role` may comment on and suggest changes to what the coalition writes.
fn comments(role: Role) -> bool {
    matches!(role, Role::Reviewer | Role::Editor | Role::Coordinator)
}

/// Who is making the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// Nobody is signed in.
    Anonymous,
    /// A signed-in user.
    User {
        id: i32,
        is_admin: bool,
        /// Role per coalition id.
        roles: HashMap<i32, Role>,
        /// Ids of the organisations the user belongs to.
        organisations: Vec<i32>,
        /// Ids of the organisations in which the user is a case worker: opens the sealed
        /// identities of their monitoring records.
        case_work: Vec<i32>,
        /// Archived coalitions: read-only for everyone, administrators included.
        archived: Vec<i32>,
    },
}

impl Actor {
    /// The signed-in user's id, if anyone is signed in.
    pub fn user_id(&self) -> Option<i32> {
        match self {
            Actor::Anonymous => None,
            Actor::User { id, .. } => Some(*id),
        }
    }

    /// The user's role in coalition `id`, if any.
    pub fn role_in(&self, coalition_id: i32) -> Option<Role> {
        match self {
            Actor::Anonymous => None,
            Actor::User { roles, .. } => roles.get(&coalition_id).copied(),
        }
    }
}

/// What the actor wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// See it.
    Read,
    /// Comment on it or suggest changes.
    Comment,
    /// Change its content.
    Edit,
    /// Change its structure, assignments, members or status.
    Manage,
}

/// What the action is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resource<'a> {
    /// The actor's own account: profile, password, sessions.
    OwnAccount,
    /// A coalition and everything that belongs to it as a whole (reports, members).
    Coalition { id: i32 },
    /// A section of a report and the organisations that write it (lead and contributors;
    /// none yet when unassigned).
    Section {
        coalition_id: i32,
        organisations: &'a [i32],
    },
    /// A section's translation into one language: its section's writers, and the person
    /// assigned to translate it (whatever their role in the coalition), edit it.
    Translation {
        coalition_id: i32,
        organisations: &'a [i32],
        translator: Option<i32>,
    },
    /// A recommendation a coalition follows up, and the organisations that do it (its lead
    /// organisation; for an NGO's own assessment, that NGO).
    Recommendation {
        coalition_id: i32,
        organisations: &'a [i32],
    },
    /// A coalition's public follow-up page and what it shows: anyone reads it once it is
    /// published; the coalition's members read it, and its coordinators publish it, always.
    PublicPage { coalition_id: i32, published: bool },
    /// An event of a member organisation's field monitoring: that organisation's members read
    /// it (its writers change it); the coalition's other members only once it is shared.
    MonitoringRecord {
        coalition_id: i32,
        organisation_id: i32,
        shared: bool,
    },
    /// The sealed identities of an organisation's monitoring records, and `coalitions` it
    /// belongs to: its case workers open them (`Read`); its case workers and the coordinators
    /// of those coalitions keep them (`Manage`: grant the right, destroy the key). Nobody else,
    /// administrators included.
    Identity {
        organisation_id: i32,
        coalitions: &'a [i32],
    },
    /// The whole instance: administration.
    Instance,
    /// Reports not yet made: managing them (creating one) needs a coalition to run.
    NewReport,
}

impl Resource<'_> {
    /// The coalition the resource belongs to, if any.
    pub fn coalition_id(&self) -> Option<i32> {
        match self {
            Resource::Coalition { id } => Some(*id),
            Resource::Section { coalition_id, .. }
            | Resource::Translation { coalition_id, .. }
            | Resource::Recommendation { coalition_id, .. }
            | Resource::PublicPage { coalition_id, .. }
            | Resource::MonitoringRecord { coalition_id, .. } => Some(*coalition_id),
            Resource::OwnAccount
            | Resource::Instance
            | Resource::NewReport
            | Resource::Identity { .. } => None,
        }
    }
}

/// Whether `actor` may do `action` on `resource`.
pub fn can(actor: &Actor, action: Action, resource: Resource<'_>) -> bool {
    if let (
        Action::Read,
        Resource::PublicPage {
            published: true, ..
        },
    ) = (action, resource)
    {
        return true;
    }
    let Actor::User {
        is_admin,
        roles,
        organisations,
        case_work,
        archived,
        ..
    } = actor
    else {
        return false;
    };
    // Identities answer to their organisation alone: no administrator's rights reach them.
    if let Resource::Identity {
        organisation_id,
        coalitions,
    } = resource
    {
        let case_worker = case_work.contains(&organisation_id);
        let coordinates = coalitions.iter().any(|coalition| {
            !archived.contains(coalition)
                && roles
                    .get(coalition)
                    .is_some_and(|role| runs_the_coalition(*role))
        });
        return match action {
            Action::Read => case_worker,
            Action::Manage => case_worker || coordinates,
            Action::Edit | Action::Comment => false,
        };
    }
    // An archived coalition is kept whole: nobody changes it until it is restored.
    if action != Action::Read
        && resource
            .coalition_id()
            .is_some_and(|coalition| archived.contains(&coalition))
    {
        return false;
    }
    if *is_admin {
        return true;
    }
    match resource {
        Resource::OwnAccount => true,
        // Answered above, before an administrator's rights.
        Resource::Instance | Resource::Identity { .. } => false,
        Resource::NewReport => roles.values().any(|role| runs_the_coalition(*role)),
        Resource::PublicPage { coalition_id, .. } => {
            can(actor, action, Resource::Coalition { id: coalition_id })
        }
        Resource::MonitoringRecord {
            coalition_id,
            organisation_id,
            shared,
        } => {
            let own = organisations.contains(&organisation_id);
            match (roles.get(&coalition_id), action) {
                (None, _) => false,
                (Some(_), Action::Read) => own || shared,
                (Some(role), Action::Edit | Action::Manage) => own && writes_sections(*role),
                (Some(_), Action::Comment) => false,
            }
        }
        Resource::Coalition { id } => match (roles.get(&id), action) {
            (None, _) => false,
            (Some(_), Action::Read) => true,
            (Some(role), Action::Comment) => comments(*role),
            (Some(role), Action::Edit | Action::Manage) => runs_the_coalition(*role),
        },
        Resource::Translation {
            coalition_id,
            organisations: writers,
            translator,
        } => {
            let assigned = roles.contains_key(&coalition_id)
                && translator.is_some_and(|t| actor.user_id() == Some(t));
            (assigned && action == Action::Edit)
                || can(
                    actor,
                    action,
                    Resource::Section {
                        coalition_id,
                        organisations: writers,
                    },
                )
        }
        // Organisations write their sections and follow up the recommendations they lead.
        Resource::Section {
            coalition_id,
            organisations: writers,
        }
        | Resource::Recommendation {
            coalition_id,
            organisations: writers,
        } => match (roles.get(&coalition_id), action) {
            (None, _) => false,
            (Some(_), Action::Read) => true,
            (Some(role), Action::Comment) => comments(*role),
            (Some(role), _) if runs_the_coalition(*role) => true,
            (Some(role), Action::Edit) => {
                writes_sections(*role) && writers.iter().any(|org| organisations.contains(org))
            }
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COALITION: i32 = 1;
    const OTHER_COALITION: i32 = 2;
    const OWN_ORG: i32 = 10;
    const OTHER_ORG: i32 = 11;

    fn member(role: Role) -> Actor {
        Actor::User {
            id: 1,
            is_admin: false,
            roles: HashMap::from([(COALITION, role)]),
            organisations: vec![OWN_ORG],
            case_work: vec![],
            archived: vec![],
        }
    }

    fn admin() -> Actor {
        Actor::User {
            id: 9,
            is_admin: true,
            roles: HashMap::new(),
            organisations: vec![],
            case_work: vec![],
            archived: vec![],
        }
    }

    fn outsider() -> Actor {
        Actor::User {
            id: 2,
            is_admin: false,
            roles: HashMap::from([(OTHER_COALITION, Role::Coordinator)]),
            organisations: vec![OTHER_ORG],
            case_work: vec![],
            archived: vec![],
        }
    }

    #[test]
    fn section_matrix_follows_the_roles() {
        let own = Resource::Section {
            coalition_id: COALITION,
            organisations: &[OWN_ORG],
        };
        let theirs = Resource::Section {
            coalition_id: COALITION,
            organisations: &[OTHER_ORG],
        };
        let shared = Resource::Section {
            coalition_id: COALITION,
            organisations: &[OTHER_ORG, OWN_ORG],
        };
        let unassigned = Resource::Section {
            coalition_id: COALITION,
            organisations: &[],
        };
        // (actor, action, resource, allowed)
        let cases = [
            (Actor::Anonymous, Action::Read, own, false),
            (member(Role::Observer), Action::Read, own, true),
            (member(Role::Observer), Action::Comment, own, false),
            (member(Role::Reviewer), Action::Comment, own, true),
            (member(Role::Reviewer), Action::Edit, own, false),
            (member(Role::Editor), Action::Edit, own, true),
            (member(Role::Editor), Action::Edit, theirs, false),
            (member(Role::Editor), Action::Edit, shared, true),
            (member(Role::Editor), Action::Edit, unassigned, false),
            (member(Role::Editor), Action::Comment, theirs, true),
            (member(Role::Editor), Action::Manage, own, false),
            (member(Role::Coordinator), Action::Edit, theirs, true),
            (member(Role::Coordinator), Action::Manage, theirs, true),
            (outsider(), Action::Read, own, false),
            (admin(), Action::Manage, own, true),
        ];
        for (actor, action, resource, allowed) in cases {
            assert_eq!(
                can(&actor, action, resource),
                allowed,
                "{actor:?} {action:?} {resource:?}"
            );
        }
    }

    #[test]
    fn assigned_translators_edit_their_translation_whatever_their_role() {
        // `member` has user id 1.
        let theirs_assigned_to_me = Resource::Translation {
            coalition_id: COALITION,
            organisations: &[OTHER_ORG],
            translator: Some(1),
        };
        let theirs_assigned_elsewhere = Resource::Translation {
            coalition_id: COALITION,
            organisations: &[OTHER_ORG],
            translator: Some(2),
        };
        let own_unassigned = Resource::Translation {
            coalition_id: COALITION,
            organisations: &[OWN_ORG],
            translator: None,
        };
        let cases = [
            (
                member(Role::Observer),
                Action::Edit,
                theirs_assigned_to_me,
                true,
            ),
            (
                member(Role::Observer),
                Action::Comment,
                theirs_assigned_to_me,
                false,
            ),
            (
                member(Role::Observer),
                Action::Manage,
                theirs_assigned_to_me,
                false,
            ),
            (
                member(Role::Reviewer),
                Action::Edit,
                theirs_assigned_elsewhere,
                false,
            ),
            (
                member(Role::Reviewer),
                Action::Comment,
                theirs_assigned_elsewhere,
                true,
            ),
            (member(Role::Editor), Action::Edit, own_unassigned, true),
            (
                member(Role::Editor),
                Action::Edit,
                theirs_assigned_elsewhere,
                false,
            ),
            (
                member(Role::Coordinator),
                Action::Manage,
                theirs_assigned_elsewhere,
                true,
            ),
            // Assigned (the outsider is user 2) in a coalition they do not belong to: nothing.
            (outsider(), Action::Edit, theirs_assigned_elsewhere, false),
        ];
        for (actor, action, resource, allowed) in cases {
            assert_eq!(
                can(&actor, action, resource),
                allowed,
                "{actor:?} {action:?} {resource:?}"
            );
        }
    }

    #[test]
    fn lead_organisations_follow_up_their_recommendations_and_coordinators_decide() {
        let led = Resource::Recommendation {
            coalition_id: COALITION,
            organisations: &[OWN_ORG],
        };
        let unassigned = Resource::Recommendation {
            coalition_id: COALITION,
            organisations: &[],
        };
        let cases = [
            (member(Role::Observer), Action::Read, led, true),
            (member(Role::Observer), Action::Edit, led, false),
            (member(Role::Reviewer), Action::Edit, led, false),
            (member(Role::Editor), Action::Edit, led, true),
            (member(Role::Editor), Action::Edit, unassigned, false),
            (member(Role::Editor), Action::Manage, led, false),
            (member(Role::Coordinator), Action::Edit, unassigned, true),
            (member(Role::Coordinator), Action::Manage, unassigned, true),
            (outsider(), Action::Read, led, false),
            (Actor::Anonymous, Action::Read, led, false),
        ];
        for (actor, action, resource, allowed) in cases {
            assert_eq!(
                can(&actor, action, resource),
                allowed,
                "{actor:?} {action:?} {resource:?}"
            );
        }
    }

    #[test]
    fn only_signed_in_people_manage_their_own_account_and_only_admins_the_instance() {
        assert!(!can(
            &Actor::Anonymous,
            Action::Manage,
            Resource::OwnAccount
        ));
        assert!(can(
            &member(Role::Observer),
            Action::Manage,
            Resource::OwnAccount
        ));
        assert!(!can(
            &member(Role::Coordinator),
            Action::Manage,
            Resource::Instance
        ));
        assert!(can(&admin(), Action::Manage, Resource::Instance));
    }

    #[test]
    fn reports_are_created_by_those_who_run_a_coalition() {
        assert!(can(
            &member(Role::Coordinator),
            Action::Manage,
            Resource::NewReport
        ));
        for role in [Role::Editor, Role::Reviewer, Role::Observer] {
            assert!(
                !can(&member(role), Action::Manage, Resource::NewReport),
                "{role}"
            );
        }
        assert!(can(&admin(), Action::Manage, Resource::NewReport));
        assert!(!can(&Actor::Anonymous, Action::Manage, Resource::NewReport));
        assert!(writes_sections(Role::Editor) && writes_sections(Role::Coordinator));
        assert!(!writes_sections(Role::Reviewer) && !writes_sections(Role::Observer));
    }

    #[test]
    fn a_public_page_is_read_by_anyone_once_published_and_published_by_coordinators() {
        let published = Resource::PublicPage {
            coalition_id: COALITION,
            published: true,
        };
        let unpublished = Resource::PublicPage {
            coalition_id: COALITION,
            published: false,
        };
        for actor in [Actor::Anonymous, outsider(), member(Role::Observer)] {
            assert!(can(&actor, Action::Read, published), "{actor:?}");
            assert!(!can(&actor, Action::Manage, published), "{actor:?}");
        }
        assert!(!can(&Actor::Anonymous, Action::Read, unpublished));
        assert!(!can(&outsider(), Action::Read, unpublished));
        assert!(can(&member(Role::Observer), Action::Read, unpublished));
        for role in [Role::Editor, Role::Reviewer, Role::Observer] {
            assert!(!can(&member(role), Action::Manage, unpublished), "{role}");
        }
        assert!(can(&member(Role::Coordinator), Action::Manage, unpublished));
        assert!(can(&admin(), Action::Manage, unpublished));
    }

    #[test]
    fn a_monitoring_record_is_its_organisations_until_shared() {
        let own = |shared| Resource::MonitoringRecord {
            coalition_id: COALITION,
            organisation_id: OWN_ORG,
            shared,
        };
        let theirs = |shared| Resource::MonitoringRecord {
            coalition_id: COALITION,
            organisation_id: OTHER_ORG,
            shared,
        };
        for role in [
            Role::Observer,
            Role::Reviewer,
            Role::Editor,
            Role::Coordinator,
        ] {
            assert!(can(&member(role), Action::Read, own(false)), "{role}");
            assert!(!can(&member(role), Action::Read, theirs(false)), "{role}");
            assert!(can(&member(role), Action::Read, theirs(true)), "{role}");
            assert!(!can(&member(role), Action::Edit, theirs(true)), "{role}");
        }
        assert!(can(&member(Role::Editor), Action::Edit, own(false)));
        assert!(can(&member(Role::Coordinator), Action::Edit, own(false)));
        assert!(!can(&member(Role::Observer), Action::Edit, own(false)));
        assert!(!can(&member(Role::Reviewer), Action::Edit, own(true)));
        assert!(!can(&outsider(), Action::Read, own(true)));
        assert!(!can(&Actor::Anonymous, Action::Read, own(true)));
    }

    #[test]
    fn identities_open_to_case_workers_alone_and_are_kept_by_them_and_coordinators() {
        let identity = |coalitions| Resource::Identity {
            organisation_id: OWN_ORG,
            coalitions,
        };
        let case_worker = match member(Role::Editor) {
            Actor::User {
                id,
                is_admin,
                roles,
                organisations,
                archived,
                ..
            } => Actor::User {
                id,
                is_admin,
                roles,
                organisations,
                case_work: vec![OWN_ORG],
                archived,
            },
            Actor::Anonymous => Actor::Anonymous,
        };
        let in_coalition: &[i32] = &[COALITION];
        assert!(can(&case_worker, Action::Read, identity(&[])));
        assert!(can(&case_worker, Action::Manage, identity(&[])));
        assert!(!can(&case_worker, Action::Edit, identity(in_coalition)));
        // A coordinator of the organisation's coalition keeps them but does not open them;
        // an administrator does neither; nor does a member without the right.
        let coordinator = member(Role::Coordinator);
        assert!(can(&coordinator, Action::Manage, identity(in_coalition)));
        assert!(!can(
            &coordinator,
            Action::Manage,
            identity(&[OTHER_COALITION])
        ));
        assert!(!can(&coordinator, Action::Read, identity(in_coalition)));
        assert!(!can(&admin(), Action::Read, identity(in_coalition)));
        assert!(!can(&admin(), Action::Manage, identity(in_coalition)));
        assert!(!can(
            &member(Role::Editor),
            Action::Read,
            identity(in_coalition)
        ));
        assert!(!can(&outsider(), Action::Manage, identity(in_coalition)));
        assert!(!can(
            &Actor::Anonymous,
            Action::Read,
            identity(in_coalition)
        ));
    }

    #[test]
    fn an_archived_coalition_is_read_only_for_everyone() {
        let archive = |actor: Actor| match actor {
            Actor::User {
                id,
                is_admin,
                roles,
                organisations,
                case_work,
                ..
            } => Actor::User {
                id,
                is_admin,
                roles,
                organisations,
                case_work,
                archived: vec![COALITION],
            },
            Actor::Anonymous => Actor::Anonymous,
        };
        let coalition = Resource::Coalition { id: COALITION };
        let section = Resource::Section {
            coalition_id: COALITION,
            organisations: &[OWN_ORG],
        };
        for actor in [archive(member(Role::Coordinator)), archive(admin())] {
            assert!(can(&actor, Action::Read, coalition), "{actor:?}");
            assert!(can(&actor, Action::Read, section), "{actor:?}");
            for action in [Action::Comment, Action::Edit, Action::Manage] {
                assert!(!can(&actor, action, coalition), "{actor:?} {action:?}");
                assert!(!can(&actor, action, section), "{actor:?} {action:?}");
            }
        }
        // Other coalitions and the instance are untouched.
        let archived_admin = archive(admin());
        assert!(can(&archived_admin, Action::Manage, Resource::Instance));
        assert!(can(
            &archived_admin,
            Action::Manage,
            Resource::Coalition {
                id: OTHER_COALITION
            }
        ));
    }

    #[test]
    fn coalitions_are_invisible_to_outsiders() {
        let coalition = Resource::Coalition { id: COALITION };
        assert!(can(&member(Role::Observer), Action::Read, coalition));
        assert!(!can(&outsider(), Action::Read, coalition));
        assert!(!can(&member(Role::Editor), Action::Manage, coalition));
        assert!(can(&member(Role::Coordinator), Action::Manage, coalition));
    }
}
