//! Outgoing email over SMTP (lettre), when the instance configures it (server only).

use std::{fmt, time::Duration};

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, message::Mailbox,
    message::header::ContentType,
};

/// Why a message could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address: {0}")]
    Address(String),
    #[error("cannot build the message: {0}")]
    Message(String),
    #[error("the SMTP server refused or could not be reached: {0}")]
    Smtp(String),
}

/// Sends plain-text messages from one sender through one SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// `scheme://host:port` only: the URL may carry a password.
    server: String,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mailer")
            .field("server", &self.server)
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer {
    /// A mailer for `url` (`smtp://host:25`, `smtp://user:pass@host:587?tls=required`,
    /// `smtps://user:pass@host:465`) sending as `from` (`Name <address>` or an address).
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
        let server = format!(
            "{}://{}:{}",
            parsed.scheme(),
            parsed.host_str().unwrap_or_default(),
            parsed.port_or_known_default().unwrap_or(25)
        );
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("{server}: {e}"))?
            .timeout(Some(Duration::from_secs(15)))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("sender {from:?}: {e}"))?;
        Ok(Mailer {
            transport,
            from,
            server,
        })
    }

    /// Where messages go, without credentials.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// Sends a plain-text message to `to`.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), MailError> {
        let to = to
            .parse::<Mailbox>()
            .map_err(|e| MailError::Address(format!("{to}: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Message(e.to_string()))?;
        self.transport
            .send(message)
            .await
            .map_err(|e| MailError::Smtp(e.to_string()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_server_never_show_the_password() {
        let mailer = Mailer::new(
            "smtps://mailer:hunter2-secret@smtp.example.org:465",
            "Shadowdesk <noreply@example.org>",
        )
        .unwrap();
        assert_eq!(mailer.server(), "smtps://smtp.example.org:465");
        assert!(!format!("{mailer:?}").contains("hunter2"));
    }

    #[test]
    fn bad_settings_are_explained() {
        assert!(
            Mailer::new("not a url", "a@b.c")
                .unwrap_err()
                .contains("not a URL")
        );
        let error = Mailer::new("smtp://127.0.0.1:2525", "nobody").unwrap_err();
        assert!(error.contains("sender"), "{error}");
    }
}
