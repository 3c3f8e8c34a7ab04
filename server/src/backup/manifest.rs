//! The manifest: what a backup holds, and the checksum that proves it arrived whole.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The archive layout this version writes and reads.
pub const FORMAT: u32 = 1;

/// What a backup holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The archive layout ([`FORMAT`]).
    pub format: u32,
    pub created_at: DateTime<Utc>,
    /// The Shadowdesk version that took the backup.
    pub shadowdesk_version: String,
    /// The newest migration applied to the database when it was taken.
    pub last_migration: String,
    /// SHA-256 of the database snapshot, lower-case hex.
    pub database_sha256: String,
    pub database_bytes: u64,
    /// Rows in each table of the snapshot.
    pub counts: BTreeMap<String, u64>,
    /// Bytes of uploaded evidence files in the snapshot.
    pub evidence_bytes: u64,
}

impl Manifest {
    /// Reads a manifest, refusing layouts newer than this version knows.
    pub fn parse(bytes: &[u8]) -> Result<Self, String> {
        let manifest: Manifest =
            serde_json::from_slice(bytes).map_err(|e| format!("unreadable manifest ({e})"))?;
        if manifest.format > FORMAT {
            return Err(format!(
                "it was written in archive format {} by Shadowdesk {}; this version reads \
                 format {FORMAT} — restore it with that version or newer",
                manifest.format, manifest.shadowdesk_version
            ));
        }
        Ok(manifest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Manifest {
        Manifest {
            format: FORMAT,
            created_at: Utc::now(),
            shadowdesk_version: "0.1.0".into(),
            last_migration: "m20261203_000010_submission_export".into(),
            database_sha256: "ab".repeat(32),
            database_bytes: 4096,
            counts: BTreeMap::from([("reports".to_string(), 2)]),
            evidence_bytes: 10,
        }
    }

    #[test]
    fn a_manifest_reads_back_as_written() {
        let manifest = sample();
        let bytes = serde_json::to_vec(&manifest).unwrap();
        assert_eq!(Manifest::parse(&bytes).unwrap(), manifest);
    }

    #[test]
    fn newer_formats_and_garbage_are_refused_with_a_reason() {
        let newer = Manifest {
            format: FORMAT + 1,
            ..sample()
        };
        let error = Manifest::parse(&serde_json::to_vec(&newer).unwrap()).unwrap_err();
        assert!(error.contains("archive format 2"), "{error}");
        assert!(
            Manifest::parse(b"{\"not\": 1}")
                .unwrap_err()
                .contains("unreadable")
        );
    }
}
