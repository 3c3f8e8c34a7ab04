//! The role a person holds in a coalition.

use crate::stored_enum;

stored_enum! {
    /// A role a user holds in a coalition; what each may do is the policy's to say.
    pub enum Role {
        /// Runs the coalition: outline, assignments, approvals, members, export.
        Coordinator = ("coordinator", "role-coordinator"),
        /// Writes the sections assigned to their organisation.
        Editor = ("editor", "role-editor"),
        /// Reads, comments and suggests.
        Reviewer = ("reviewer", "role-reviewer"),
        /// Reads.
        Observer = ("observer", "role-observer"),
    }
}
