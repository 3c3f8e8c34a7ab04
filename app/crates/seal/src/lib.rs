//! Sealing what must stay unreadable outside its organisation — the identities of victims,
//! witnesses and alleged perpetrators — with an authenticated cipher (XChaCha20-Poly1305).
//!
//! Each organisation has a key of its own, kept only wrapped (sealed) by the instance key in a
//! [`KeyStore`]: the instance key's file and, in a directory beside it, a file per
//! organisation — outside the database and its backups, which hold sealed values alone. Every
//! sealed value names what it belongs to (`context`, e.g. `person 17 identity`), so a value
//! copied onto another row does not open. Destroying an organisation's key file makes
//! everything sealed under it unreadable, in every database backup too.

use std::{
    fmt, fs,
    io::{ErrorKind, Write},
    path::{Path, PathBuf},
    sync::Mutex,
};

use chacha20poly1305::{
    KeyInit, XChaCha20Poly1305, XNonce,
    aead::{Aead, Payload},
};
use rand::RngCore;
pub use zeroize::Zeroizing;

/// Bytes in a key.
pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
/// The first byte of every sealed value: the format, should it ever change.
const FORMAT: u8 = 1;

/// Why something could not be sealed, opened or read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    /// The value was changed, belongs to another row, or was sealed under another key.
    #[error("the sealed value does not open with this key in this place")]
    Damaged,
    /// The key file does not hold a key.
    #[error("the seal key file {0} must hold 64 hexadecimal digits")]
    NotAKey(String),
    /// The key file cannot be read or written.
    #[error("the seal key file {path}: {reason}")]
    File { path: String, reason: String },
}

/// A 256-bit key, wiped from memory when dropped and never printed.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; KEY_BYTES]>);

impl Key {
    /// A new random key.
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        rand::rng().fill_bytes(bytes.as_mut());
        Key(bytes)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.as_ref().into())
    }

    /// The key as 64 lower-case hexadecimal digits (for its file).
    fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(self.0.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// The key written as 64 hexadecimal digits (spaces around ignored).
    fn from_hex(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != KEY_BYTES * 2 || !text.is_ascii() {
            return None;
        }
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        for (n, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[n * 2..n * 2 + 2], 16).ok()?;
        }
        Some(Key(bytes))
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key(sealed)")
    }
}

/// `plaintext` sealed under `key` for `context`: the format byte, a random nonce, and the
/// ciphertext with its tag.
pub fn seal(key: &Key, plaintext: &[u8], context: &str) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_BYTES];
    rand::rng().fill_bytes(&mut nonce);
    let payload = Payload {
        msg: plaintext,
        aad: context.as_bytes(),
    };
    // Encryption fails only for messages beyond 256 GiB, which no identity is.
    let ciphertext = key
        .cipher()
        .encrypt(&XNonce::from(nonce), payload)
        .unwrap_or_default();
    let mut sealed = Vec::with_capacity(1 + NONCE_BYTES + ciphertext.len());
    sealed.push(FORMAT);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&ciphertext);
    sealed
}

/// What `sealed` holds, if it was sealed under `key` for `context` and is unchanged.
pub fn open(key: &Key, sealed: &[u8], context: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
    let (format, rest) = sealed.split_first().ok_or(SealError::Damaged)?;
    if *format != FORMAT || rest.len() < NONCE_BYTES {
        return Err(SealError::Damaged);
    }
    let (nonce, ciphertext) = rest.split_at(NONCE_BYTES);
    let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| SealError::Damaged)?;
    let payload = Payload {
        msg: ciphertext,
        aad: context.as_bytes(),
    };
    key.cipher()
        .decrypt(&XNonce::from(nonce), payload)
        .map(Zeroizing::new)
        .map_err(|_| SealError::Damaged)
}

/// The instance key: it wraps every organisation's key. Read from a file outside the database.
#[derive(Clone, Debug)]
pub struct InstanceKey(Key);

impl InstanceKey {
    /// The key in the file at `path`.
    pub fn read(path: &Path) -> Result<Self, SealError> {
        let text = Zeroizing::new(fs::read_to_string(path).map_err(|e| file_error(path, e))?);
        Key::from_hex(&text)
            .map(InstanceKey)
            .ok_or_else(|| SealError::NotAKey(path.display().to_string()))
    }

    /// The key in the file at `path`, made (readable by its owner alone) if there is none;
    /// answers whether it was made.
    pub fn read_or_create(path: &Path) -> Result<(Self, bool), SealError> {
        if path.exists() {
            return Ok((Self::read(path)?, false));
        }
        let key = Key::generate();
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path).map_err(|e| file_error(path, e))?;
        file.write_all(key.to_hex().as_bytes())
            .and_then(|()| file.write_all(b"\n"))
            .and_then(|()| file.sync_all())
            .map_err(|e| file_error(path, e))?;
        Ok((InstanceKey(key), true))
    }

    /// A new key for organisation `organisation_id`, and that key wrapped for the database.
    pub fn new_organisation_key(&self, organisation_id: i32) -> (Key, Vec<u8>) {
        let key = Key::generate();
        let wrapped = seal(&self.0, key.0.as_ref(), &wrapping_context(organisation_id));
        (key, wrapped)
    }

    /// Organisation `organisation_id`'s key from its `wrapped` form.
    pub fn unwrap_organisation_key(
        &self,
        wrapped: &[u8],
        organisation_id: i32,
    ) -> Result<Key, SealError> {
        let bytes = open(&self.0, wrapped, &wrapping_context(organisation_id))?;
        let bytes: [u8; KEY_BYTES] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| SealError::Damaged)?;
        Ok(Key(Zeroizing::new(bytes)))
    }
}

/// The instance key and every organisation's key wrapped by it, one file each in a directory
/// beside the instance key's file (`seal.key` → `seal.keys/organisation-7.key`). The instance
/// key is read when the store is made, if its file exists, and made when first needed.
#[derive(Debug)]
pub struct KeyStore {
    path: PathBuf,
    dir: PathBuf,
    instance: Mutex<Option<InstanceKey>>,
}

impl KeyStore {
    /// The store of the instance key file at `path`; a file there that holds no key is an
    /// error now rather than at the first identity.
    pub fn new(path: &Path) -> Result<Self, SealError> {
        let instance = if path.exists() {
            Some(InstanceKey::read(path)?)
        } else {
            None
        };
        Ok(KeyStore {
            path: path.to_path_buf(),
            dir: path.with_extension("keys"),
            instance: Mutex::new(instance),
        })
    }

    /// Whether the instance key's file exists (it is made with the first organisation key).
    pub fn has_instance_key(&self) -> bool {
        self.path.exists()
    }

    /// The instance key, made (with its directory) if there is none yet.
    fn instance(&self) -> Result<InstanceKey, SealError> {
        let mut instance = self.instance.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(key) = instance.as_ref() {
            return Ok(key.clone());
        }
        if let Some(parent) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            private_dir(parent)?;
        }
        let (key, _) = InstanceKey::read_or_create(&self.path)?;
        *instance = Some(key.clone());
        Ok(key)
    }

    fn file(&self, organisation_id: i32) -> PathBuf {
        self.dir.join(format!("organisation-{organisation_id}.key"))
    }

    /// Organisation `organisation_id`'s key, if it has one.
    pub fn organisation_key(&self, organisation_id: i32) -> Result<Option<Key>, SealError> {
        let path = self.file(organisation_id);
        match fs::read(&path) {
            Ok(wrapped) => self
                .instance()?
                .unwrap_organisation_key(&wrapped, organisation_id)
                .map(Some),
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(file_error(&path, error)),
        }
    }

    /// Organisation `organisation_id`'s key, made if it has none. Two servers making one at
    /// once agree on the first written.
    pub fn organisation_key_or_create(&self, organisation_id: i32) -> Result<Key, SealError> {
        if let Some(key) = self.organisation_key(organisation_id)? {
            return Ok(key);
        }
        let instance = self.instance()?;
        private_dir(&self.dir)?;
        let (key, wrapped) = instance.new_organisation_key(organisation_id);
        let path = self.file(organisation_id);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                file.write_all(&wrapped)
                    .and_then(|()| file.sync_all())
                    .map_err(|e| file_error(&path, e))?;
                Ok(key)
            }
            Err(error) if error.kind() == ErrorKind::AlreadyExists => self
                .organisation_key(organisation_id)?
                .ok_or_else(|| file_error(&path, error)),
            Err(error) => Err(file_error(&path, error)),
        }
    }

    /// Destroys organisation `organisation_id`'s key: everything sealed under it stays sealed
    /// for good. Answers whether it had one.
    pub fn destroy(&self, organisation_id: i32) -> Result<bool, SealError> {
        let path = self.file(organisation_id);
        match fs::metadata(&path) {
            Ok(meta) => {
                // Overwritten first, so the wrapped key does not linger in the freed blocks
                // of file systems that write in place.
                let len = usize::try_from(meta.len()).unwrap_or(0);
                fs::write(&path, vec![0u8; len]).map_err(|e| file_error(&path, e))?;
                fs::remove_file(&path).map_err(|e| file_error(&path, e))?;
                Ok(true)
            }
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(false),
            Err(error) => Err(file_error(&path, error)),
        }
    }
}

/// Makes `dir` (and its parents) if missing, readable by its owner alone.
fn private_dir(dir: &Path) -> Result<(), SealError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| file_error(dir, e))
}

fn wrapping_context(organisation_id: i32) -> String {
    format!("organisation {organisation_id} key")
}

fn file_error(path: &Path, error: std::io::Error) -> SealError {
    SealError::File {
        path: path.display().to_string(),
        reason: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_with_its_key_in_its_place_only() {
        let key = Key::generate();
        let sealed = seal(
            &key,
            "Aliya Nurlanovna, +7 701 000 0000".as_bytes(),
            "person 17 identity",
        );
        assert!(
            !sealed.windows(5).any(|w| w == b"Aliya"),
            "the name is not in the clear"
        );
        let opened = open(&key, &sealed, "person 17 identity").unwrap();
        assert_eq!(
            opened.as_slice(),
            "Aliya Nurlanovna, +7 701 000 0000".as_bytes()
        );
        // Copied onto another row, under another key, or changed: it does not open.
        assert_eq!(
            open(&key, &sealed, "person 18 identity"),
            Err(SealError::Damaged)
        );
        assert_eq!(
            open(&Key::generate(), &sealed, "person 17 identity"),
            Err(SealError::Damaged)
        );
        let mut changed = sealed.clone();
        *changed.last_mut().unwrap() ^= 1;
        assert_eq!(
            open(&key, &changed, "person 17 identity"),
            Err(SealError::Damaged)
        );
        assert_eq!(
            open(&key, &[], "person 17 identity"),
            Err(SealError::Damaged)
        );
        assert_eq!(
            open(&key, &sealed[..10], "person 17 identity"),
            Err(SealError::Damaged)
        );
        // The same value sealed twice looks different (a fresh nonce each time).
        assert_ne!(seal(&key, b"x", "c"), seal(&key, b"x", "c"));
    }

    #[test]
    fn organisation_keys_are_wrapped_by_the_instance_key_for_their_organisation() {
        let dir = tempfile::tempdir().unwrap();
        let (instance, _) = InstanceKey::read_or_create(&dir.path().join("seal.key")).unwrap();
        let (key, wrapped) = instance.new_organisation_key(3);
        let sealed = seal(&key, b"identity", "person 1 identity");
        let unwrapped = instance.unwrap_organisation_key(&wrapped, 3).unwrap();
        assert_eq!(
            open(&unwrapped, &sealed, "person 1 identity")
                .unwrap()
                .as_slice(),
            b"identity"
        );
        // Another organisation's row, or another instance's key: no key.
        assert!(instance.unwrap_organisation_key(&wrapped, 4).is_err());
        let (other, _) = InstanceKey::read_or_create(&dir.path().join("other.key")).unwrap();
        assert!(other.unwrap_organisation_key(&wrapped, 3).is_err());
    }

    #[test]
    fn the_key_file_is_made_once_for_its_owner_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seal.key");
        let (made, created) = InstanceKey::read_or_create(&path).unwrap();
        assert!(created);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.trim().len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (again, created) = InstanceKey::read_or_create(&path).unwrap();
        assert!(!created);
        let (key, wrapped) = made.new_organisation_key(1);
        let sealed = seal(&key, b"x", "c");
        let key = again.unwrap_organisation_key(&wrapped, 1).unwrap();
        assert_eq!(open(&key, &sealed, "c").unwrap().as_slice(), b"x");
        assert_eq!(fs::read_to_string(&path).unwrap(), text, "not rewritten");
        // Not a key, or no file: a clear error.
        fs::write(dir.path().join("bad.key"), "not a key").unwrap();
        assert!(matches!(
            InstanceKey::read(&dir.path().join("bad.key")),
            Err(SealError::NotAKey(_))
        ));
        assert!(matches!(
            InstanceKey::read(&dir.path().join("missing.key")),
            Err(SealError::File { .. })
        ));
        // Keys never print.
        assert_eq!(format!("{:?}", Key::generate()), "Key(sealed)");
        assert!(!format!("{made:?}").contains(&text.trim()[..16]));
    }

    #[test]
    fn an_organisations_key_is_made_once_kept_beside_the_instance_key_and_destroyed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys").join("seal.key");
        let store = KeyStore::new(&path).unwrap();
        assert!(store.organisation_key(5).unwrap().is_none());
        assert!(!store.has_instance_key(), "nothing made by reading");
        let key = store.organisation_key_or_create(5).unwrap();
        assert!(store.has_instance_key());
        let sealed = seal(&key, b"Aliya", "person 1 identity");
        // Another server on the same files finds the same key.
        let other = KeyStore::new(&path).unwrap();
        let again = other.organisation_key_or_create(5).unwrap();
        assert_eq!(
            open(&again, &sealed, "person 1 identity")
                .unwrap()
                .as_slice(),
            b"Aliya"
        );
        let file = dir
            .path()
            .join("keys")
            .join("seal.keys")
            .join("organisation-5.key");
        let wrapped = fs::read(&file).unwrap();
        assert!(
            !wrapped.windows(KEY_BYTES).any(|w| w == key.0.as_slice()),
            "wrapped"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Destroyed: gone for every server, and another organisation keeps its own.
        let six = store.organisation_key_or_create(6).unwrap();
        assert!(store.destroy(5).unwrap());
        assert!(!store.destroy(5).unwrap());
        assert!(other.organisation_key(5).unwrap().is_none());
        assert!(!file.exists());
        let new = store.organisation_key_or_create(5).unwrap();
        assert!(open(&new, &sealed, "person 1 identity").is_err());
        let six_again = other.organisation_key(6).unwrap().unwrap();
        let sealed = seal(&six, b"x", "c");
        assert_eq!(open(&six_again, &sealed, "c").unwrap().as_slice(), b"x");
        // A file that holds no key stops the store at once.
        fs::write(dir.path().join("bad.key"), "not a key").unwrap();
        assert!(KeyStore::new(&dir.path().join("bad.key")).is_err());
    }
}
