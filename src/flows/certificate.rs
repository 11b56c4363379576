//! Sending a child's school certificate (TAWIDATY): a photo or a file is picked, prepared on
//! the device (a photo is downscaled and re-encoded, which also drops its EXIF location), shown
//! for a check, then sent. An interrupted send is retried with the same `Idempotency-Key`, so
//! the server stores it once; picking another file is a new send.
//!
//! What the device refuses before sending is what the server refuses: the type read from the
//! content ([`UploadType::sniff`]), at most [`MAX_UPLOAD_BYTES`] once prepared.

use super::{ApiError, Effect, Request, Response, SendKey};
use macnss_api::records::{MAX_UPLOAD_BYTES, SchoolingCheck, UploadReceipt, UploadType};
use std::sync::Arc;

/// A file's bytes, shared (a retry resends them without a copy). `Debug` shows their size only:
/// a school certificate is personal data, and a few megabytes in a log line are no use.
#[derive(Clone, PartialEq, Eq)]
pub struct FileBytes(Arc<[u8]>);

impl std::fmt::Debug for FileBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FileBytes({} bytes)", self.0.len())
    }
}

impl std::ops::Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for FileBytes {
    fn from(v: Vec<u8>) -> Self {
        Self(v.into())
    }
}

impl From<&[u8]> for FileBytes {
    fn from(v: &[u8]) -> Self {
        Self(v.into())
    }
}

impl From<Arc<[u8]>> for FileBytes {
    fn from(v: Arc<[u8]>) -> Self {
        Self(v)
    }
}

/// A file ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedFile {
    pub media_type: UploadType,
    pub bytes: FileBytes,
    /// The size picked, before a photo was downscaled.
    pub picked_bytes: u64,
    /// The photo was downscaled or re-encoded on the device.
    pub reduced: bool,
}

/// Why a picked file cannot be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Not a JPEG, PNG or PDF (read from the content).
    NotAccepted,
    /// Still larger than the limit once prepared (a PDF cannot be reduced on the device).
    TooLarge { bytes: u64 },
    /// The file could not be read or decoded.
    Unreadable,
}

/// What the device made of a picked file (the effect loop's answer to
/// [`Effect::PrepareFile`]).
pub type Prepared = Result<PreparedFile, FileProblem>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Nothing picked yet.
    Choose,
    /// The file is being read and, for a photo, reduced.
    Preparing,
    /// Shown for a check before «Envoyer».
    Ready(PreparedFile),
    /// The picked file cannot be sent: say why, pick another.
    Refused(FileProblem),
    Sending(PreparedFile),
    /// The send failed: «Réessayer» sends the same bytes with the same key.
    Failed(PreparedFile, ApiError),
    /// Received: the check as it now stands.
    Sent(UploadReceipt),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A file was picked: its bytes as read.
    Picked(FileBytes),
    /// The device prepared the file of the upload with this scope (another upload's file,
    /// picked before this one, is not this one's).
    Prepared(String, Prepared),
    Send,
    Retry,
    /// Pick another file (from Ready, Refused, Failed or Sent).
    ChooseAgain,
}

/// The certificate of one child being sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateUpload {
    pub child_id: String,
    pub step: Step,
    /// Files sent so far: the next send's key counts from here.
    sends: u32,
    /// Unique to this upload: the scope of its idempotency keys.
    scope: String,
}

impl CertificateUpload {
    pub fn new(child_id: String, scope: String) -> Self {
        Self {
            child_id,
            step: Step::Choose,
            sends: 0,
            scope,
        }
    }

    /// Unique to this upload (its keys' scope, and what its answers carry).
    pub fn scope(&self) -> &str {
        &self.scope
    }

    pub fn is_sending(&self) -> bool {
        matches!(self.step, Step::Sending(_) | Step::Preparing)
    }

    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        match (&self.step, event) {
            (Step::Sending(_) | Step::Preparing, Event::Picked(_)) => vec![],
            (_, Event::Picked(bytes)) => match UploadType::sniff(&bytes) {
                None => {
                    self.step = Step::Refused(FileProblem::NotAccepted);
                    vec![]
                }
                // A PDF is sent as it is: refused here when the server would refuse it.
                Some(UploadType::Pdf) if bytes.len() > MAX_UPLOAD_BYTES => {
                    self.step = Step::Refused(FileProblem::TooLarge {
                        bytes: bytes.len() as u64,
                    });
                    vec![]
                }
                Some(media_type) => {
                    self.step = Step::Preparing;
                    vec![Effect::PrepareFile {
                        scope: self.scope.clone(),
                        media_type,
                        bytes,
                    }]
                }
            },
            (Step::Preparing, Event::Prepared(scope, result)) if scope == self.scope => {
                self.step = match result {
                    Ok(file) if file.bytes.len() > MAX_UPLOAD_BYTES => {
                        Step::Refused(FileProblem::TooLarge {
                            bytes: file.bytes.len() as u64,
                        })
                    }
                    Ok(file) => Step::Ready(file),
                    Err(problem) => Step::Refused(problem),
                };
                vec![]
            }
            (_, Event::Prepared(..)) => vec![],
            (Step::Ready(file), Event::Send) => {
                let file = file.clone();
                self.sends += 1;
                self.send(file)
            }
            (Step::Failed(file, error), Event::Retry) if error.is_retryable() => {
                let file = file.clone();
                self.send(file)
            }
            (
                Step::Ready(_) | Step::Refused(_) | Step::Failed(..) | Step::Sent(_),
                Event::ChooseAgain,
            ) => {
                self.step = Step::Choose;
                vec![]
            }
            _ => vec![],
        }
    }

    fn send(&mut self, file: PreparedFile) -> Vec<Effect> {
        let key = SendKey::new(
            &self.scope,
            self.sends,
            &format!("{}.{}", self.child_id, file.bytes.len()),
        );
        self.step = Step::Sending(file.clone());
        vec![Effect::Send(Request::Certificate {
            child_id: self.child_id.clone(),
            media_type: file.media_type,
            bytes: file.bytes,
            key,
        })]
    }

    /// The send's answer: the new state of the check, to show in the family. `None` when
    /// nothing was waiting or it failed.
    pub fn answered(&mut self, result: Result<Response, ApiError>) -> Option<SchoolingCheck> {
        let Step::Sending(file) = &self.step else {
            return None;
        };
        match result {
            Ok(Response::Schooling(check)) => {
                self.step = match &check.upload {
                    Some(receipt) => Step::Sent(receipt.clone()),
                    None => Step::Failed(file.clone(), ApiError::Unavailable { status: 200 }),
                };
                Some(check)
            }
            Ok(_) => {
                self.step = Step::Failed(file.clone(), ApiError::Unavailable { status: 200 });
                None
            }
            Err(error) => {
                self.step = Step::Failed(file.clone(), error);
                None
            }
        }
    }
}
