//! Saving a document the person asked for (an attestation's PDF, [`crate::flows::Effect::SavePdf`])
//! the way each platform does it:
//!
//! - web ([`BrowserDownload`]): a `Blob` and an `<a download>` clicked, so the browser's own
//!   download bar has the file; its object URL revoked right after;
//! - desktop ([`DownloadsFolder`]): a file in the user's Downloads folder (`dirs`' answer: the
//!   XDG user directory on Linux), never overwriting one already there («… (2).pdf»), and
//!   the path told to the person;
//! - Android ([`ShareSheet`]): the activity's `sharePdf` (android/MainActivity.kt) writes the
//!   file to the app's private cache (`cache/shared/`, deleted at the next start) and opens the
//!   system's share sheet with a read-only FileProvider grant; it answers with the
//!   `macnss:share` DOM event;
//! - iOS ([`ShareSheet`]): `macnss-ios-glue`'s `share_pdf`, a `UIActivityViewController` over
//!   a file in the app's temporary directory.
//!
//! A document the person saved on purpose is theirs: sign-out's "nothing left behind" is about
//! everything else (SECURITY.md). Tests use [`MemoryDocuments`], which keeps what it was given.

use crate::flows::attestations::Saved;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

/// A future of this service: not `Send` (the browser's and the webview bridge's are local).
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// The media type of every document saved here.
pub const PDF: &str = "application/pdf";

/// Hands a document to the person.
pub trait Documents {
    /// Saves (or shares) the PDF `bytes` as `file_name`; what became of it.
    fn save(&self, file_name: String, bytes: Vec<u8>) -> LocalFuture<'_, Saved>;
}

/// A [`Documents`] shareable between threads ([`crate::services::Services`] is `Send + Sync`).
pub type SharedDocuments = Arc<dyn Documents + Send + Sync>;

/// Whether saving a document opens the platform's share sheet (a phone) rather than a
/// download: the screen names its button for it («Partager le PDF»).
pub const SHARES: bool = cfg!(any(target_os = "android", target_os = "ios"));

/// The platform's way of saving a document.
pub fn platform_documents() -> SharedDocuments {
    #[cfg(target_arch = "wasm32")]
    let documents = BrowserDownload;
    #[cfg(any(target_os = "android", target_os = "ios"))]
    let documents = ShareSheet;
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    let documents = DownloadsFolder::default();
    Arc::new(documents)
}

/// Keeps what it is given (tests): the file names and bytes, in order.
#[derive(Debug, Default)]
pub struct MemoryDocuments(Mutex<Vec<(String, Vec<u8>)>>);

impl MemoryDocuments {
    /// Every document saved so far.
    pub fn saved(&self) -> Vec<(String, Vec<u8>)> {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Documents for MemoryDocuments {
    fn save(&self, file_name: String, bytes: Vec<u8>) -> LocalFuture<'_, Saved> {
        Box::pin(async move {
            match self.0.lock() {
                Ok(mut v) => {
                    v.push((file_name.clone(), bytes));
                    Saved::Downloaded { file_name }
                }
                Err(_) => Saved::NotSaved,
            }
        })
    }
}

/// The first name in `dir` that is free: `name`, then «stem (2).pdf», «stem (3).pdf», …
pub fn free_name(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext)) => (stem, format!(".{ext}")),
        None => (name, String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){extension}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// The desktop: a file in the user's Downloads folder (or `dir`, for the tests).
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
#[derive(Debug, Default, Clone)]
pub struct DownloadsFolder {
    dir: Option<std::path::PathBuf>,
}

#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
impl DownloadsFolder {
    /// Saves into `dir` instead of the Downloads folder.
    pub fn in_dir(dir: std::path::PathBuf) -> Self {
        Self { dir: Some(dir) }
    }

    /// The folder: the one given, the user's Downloads, else the home folder.
    fn folder(&self) -> Option<std::path::PathBuf> {
        self.dir
            .clone()
            .or_else(dirs::download_dir)
            .or_else(dirs::home_dir)
    }

    /// Writes the file (a new one: `create_new`, so a file appearing meanwhile is never
    /// overwritten).
    fn write(&self, file_name: &str, bytes: &[u8]) -> std::io::Result<std::path::PathBuf> {
        use std::io::Write as _;
        let dir = self
            .folder()
            .ok_or_else(|| std::io::Error::other("no Downloads or home folder"))?;
        std::fs::create_dir_all(&dir)?;
        let path = free_name(&dir, file_name);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        Ok(path)
    }
}

#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
impl Documents for DownloadsFolder {
    fn save(&self, file_name: String, bytes: Vec<u8>) -> LocalFuture<'_, Saved> {
        Box::pin(async move {
            match self.write(&file_name, &bytes) {
                Ok(path) => Saved::File {
                    path: path.display().to_string(),
                },
                Err(e) => {
                    tracing::warn!(error = %e, "the PDF could not be written");
                    Saved::NotSaved
                }
            }
        })
    }
}

/// The web: the browser's download of a `Blob`.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Default, Clone, Copy)]
pub struct BrowserDownload;

#[cfg(target_arch = "wasm32")]
impl BrowserDownload {
    fn download(file_name: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
        use wasm_bindgen::JsCast as _;
        let window =
            web_sys::window().ok_or_else(|| wasm_bindgen::JsValue::from_str("no window"))?;
        let document = window
            .document()
            .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(PDF);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        let body = document
            .body()
            .ok_or_else(|| wasm_bindgen::JsValue::from_str("no body"))?;
        body.append_child(&link)?;
        link.click();
        link.remove();
        // The click has handed the Blob to the download: the URL is not needed any more.
        web_sys::Url::revoke_object_url(&url)?;
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
impl Documents for BrowserDownload {
    fn save(&self, file_name: String, bytes: Vec<u8>) -> LocalFuture<'_, Saved> {
        Box::pin(async move {
            match Self::download(&file_name, &bytes) {
                Ok(()) => Saved::Downloaded { file_name },
                Err(_) => Saved::NotSaved,
            }
        })
    }
}

/// The phones: the platform's share sheet.
#[cfg(any(target_os = "android", target_os = "ios"))]
#[derive(Debug, Default, Clone, Copy)]
pub struct ShareSheet;

#[cfg(target_os = "android")]
impl Documents for ShareSheet {
    fn save(&self, file_name: String, bytes: Vec<u8>) -> LocalFuture<'_, Saved> {
        Box::pin(async move {
            use base64::Engine as _;
            let id = bridge::next_id();
            let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
            let script = bridge::share_script(&id, &file_name, &encoded);
            match dioxus::prelude::document::eval(&script).await {
                Ok(answer) if bridge::shared(&id, &answer) => Saved::Shared,
                _ => Saved::NotSaved,
            }
        })
    }
}

#[cfg(target_os = "ios")]
impl Documents for ShareSheet {
    fn save(&self, file_name: String, bytes: Vec<u8>) -> LocalFuture<'_, Saved> {
        Box::pin(async move {
            let (sender, receiver) = tokio::sync::oneshot::channel();
            macnss_ios_glue::share_pdf(&file_name, &bytes, move |shown| {
                let _ = sender.send(shown);
            });
            match receiver.await {
                Ok(true) => Saved::Shared,
                _ => Saved::NotSaved,
            }
        })
    }
}

/// The contract with `android/MainActivity.kt`'s `sharePdf`, as pure functions (tested on the
/// host): the request's id, the file's name and its bytes in standard base64 go in; the
/// activity answers `{id, ok}` with the `macnss:share` DOM event once the share sheet is up.
#[cfg(any(target_os = "android", test))]
mod bridge {
    use std::sync::atomic::{AtomicU64, Ordering};

    /// The DOM event the activity dispatches on `window` with each answer (`detail`).
    pub const EVENT: &str = "macnss:share";

    /// A new request id, never the same twice in this process.
    pub fn next_id() -> String {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        format!("share-{}", NEXT.fetch_add(1, Ordering::Relaxed))
    }

    /// The script that calls `sharePdf(id, name, base64)` and returns the answer with that id
    /// (`ok: false` when the activity has no such method). Each argument is a JSON string
    /// literal, so any file name stays one argument.
    pub fn share_script(id: &str, file_name: &str, base64: &str) -> String {
        let literal = |s: &str| serde_json::Value::from(s).to_string();
        let (id, name, data) = (literal(id), literal(file_name), literal(base64));
        format!(
            "const id = {id};\
             const api = window.MaCNSSAndroid;\
             if (!api || typeof api.sharePdf !== 'function') {{ return {{ id: id, ok: false }}; }}\
             return await new Promise((resolve) => {{\
               const listen = (event) => {{\
                 if (!event.detail || event.detail.id !== id) return;\
                 window.removeEventListener('{EVENT}', listen);\
                 resolve(event.detail);\
               }};\
               window.addEventListener('{EVENT}', listen);\
               api.sharePdf(id, {name}, {data});\
             }});"
        )
    }

    /// Whether `answer` says request `id` opened the share sheet.
    pub fn shared(id: &str, answer: &serde_json::Value) -> bool {
        answer.get("id").and_then(|v| v.as_str()) == Some(id)
            && answer.get("ok").and_then(|v| v.as_bool()) == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("macnss-documents-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_saved_pdf_lands_in_the_folder_and_never_overwrites_another() {
        let dir = scratch("folder");
        let folder = DownloadsFolder::in_dir(dir.clone());
        let save = |bytes: &[u8]| {
            futures_util::FutureExt::now_or_never(folder.save("a.pdf".into(), bytes.to_vec()))
                .expect("ready")
        };
        let first = save(b"%PDF-1");
        let second = save(b"%PDF-2");
        assert_eq!(
            first,
            Saved::File {
                path: dir.join("a.pdf").display().to_string()
            }
        );
        assert_eq!(
            second,
            Saved::File {
                path: dir.join("a (2).pdf").display().to_string()
            }
        );
        assert_eq!(std::fs::read(dir.join("a.pdf")).expect("first"), b"%PDF-1");
        assert_eq!(
            std::fs::read(dir.join("a (2).pdf")).expect("second"),
            b"%PDF-2"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_folder_that_cannot_be_written_says_nothing_was_saved() {
        let dir = scratch("refused");
        std::fs::write(&dir, b"a file where the folder should be").expect("file");
        let folder = DownloadsFolder::in_dir(dir.clone());
        let saved = futures_util::FutureExt::now_or_never(folder.save("a.pdf".into(), vec![1]));
        assert_eq!(saved, Some(Saved::NotSaved));
        let _ = std::fs::remove_file(&dir);
    }

    #[test]
    fn free_names_count_up_and_keep_the_extension() {
        let dir = scratch("names");
        std::fs::create_dir_all(&dir).expect("dir");
        assert_eq!(free_name(&dir, "x.pdf"), dir.join("x.pdf"));
        std::fs::write(dir.join("x.pdf"), b"").expect("x");
        std::fs::write(dir.join("x (2).pdf"), b"").expect("x2");
        assert_eq!(free_name(&dir, "x.pdf"), dir.join("x (3).pdf"));
        std::fs::write(dir.join("noext"), b"").expect("noext");
        assert_eq!(free_name(&dir, "noext"), dir.join("noext (2)"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn memory_documents_keep_what_they_are_given() {
        let memory = MemoryDocuments::default();
        let saved = futures_util::FutureExt::now_or_never(memory.save("a.pdf".into(), vec![7]));
        assert_eq!(
            saved,
            Some(Saved::Downloaded {
                file_name: "a.pdf".into()
            })
        );
        assert_eq!(memory.saved(), vec![("a.pdf".to_owned(), vec![7])]);
    }

    #[test]
    fn the_share_script_keeps_each_argument_one_literal_and_waits_for_its_answer() {
        let script = bridge::share_script("share-3", "a\"); x('.pdf", "JVBERi0=");
        assert!(script.contains("window.MaCNSSAndroid"));
        assert!(script.contains("'macnss:share'"));
        assert!(
            script.contains(r#"api.sharePdf(id, "a\"); x('.pdf", "JVBERi0=");"#),
            "{script}"
        );
        assert!(script.contains("event.detail.id !== id"));
        assert!(bridge::shared(
            "share-3",
            &json!({ "id": "share-3", "ok": true })
        ));
        assert!(!bridge::shared(
            "share-3",
            &json!({ "id": "share-4", "ok": true })
        ));
        assert!(!bridge::shared(
            "share-3",
            &json!({ "id": "share-3", "ok": false })
        ));
        assert!(!bridge::shared("share-3", &json!(null)));
        assert_ne!(bridge::next_id(), bridge::next_id());
    }
}
