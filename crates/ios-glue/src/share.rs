//! Sharing a document the person asked for (an attestation's PDF): the file written to the
//! app's temporary directory (`tmp/shared/`, emptied at every share: iOS also purges `tmp`),
//! then the system share sheet (`UIActivityViewController`) presented over the top view
//! controller of the key window, anchored to its view (an iPad shows it as a popover, which
//! needs an anchor).
//!
//! Threads: [`share_pdf`] may be called from any thread; the file is written there, and every
//! UIKit call runs on the main operation queue, proved by a [`MainThreadMarker`].

use std::path::PathBuf;
use std::sync::Mutex;

use block2::RcBlock;
use objc2::MainThreadMarker;
use objc2::rc::Retained;
use objc2::runtime::AnyObject;
use objc2_foundation::{NSArray, NSOperationQueue, NSString, NSURL};
use objc2_ui_kit::{UIActivityViewController, UIApplication, UIViewController, UIWindowScene};

/// Writes `bytes` as `name` and presents the share sheet; `done(true)` once it is up,
/// `done(false)` when the file could not be written or no window could present it.
pub fn share_pdf(name: &str, bytes: &[u8], done: impl FnOnce(bool) + Send + 'static) {
    let path = match write(name, bytes) {
        Ok(path) => path,
        Err(_) => return done(false),
    };
    // The block is `Fn`; the answer is given once, on the main thread.
    let pending = Mutex::new(Some((path, done)));
    let block = RcBlock::new(move || {
        let Some((path, done)) = pending.lock().ok().and_then(|mut p| p.take()) else {
            return;
        };
        let shown = MainThreadMarker::new().is_some_and(|mtm| present(mtm, &path));
        done(shown);
    });
    enqueue_on_main(&block);
}

/// The file in `tmp/shared/`, under a plain name (the app gives the reference in
/// `[A-Za-z0-9-]`; anything else becomes `_`). Earlier shares are deleted first.
fn write(name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join("shared");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(if safe.is_empty() {
        "attestation.pdf".to_owned()
    } else {
        safe
    });
    std::fs::write(&path, bytes)?;
    Ok(path)
}

/// Runs `block` on the main queue.
#[allow(unsafe_code)]
fn enqueue_on_main(block: &RcBlock<dyn Fn()>) {
    let queue = NSOperationQueue::mainQueue();
    // SAFETY: the main queue runs the block on the main thread, which the block checks again
    // with `MainThreadMarker::new` before any UIKit call. The block captures a `Mutex` of a
    // path and a `Send` callback, so it is sendable: the queue may retain, call and release
    // it on any thread.
    unsafe { queue.addOperationWithBlock(block) };
}

/// The view controller shown on top of the key window (the one a sheet must be presented by).
fn top_controller(mtm: MainThreadMarker) -> Option<Retained<UIViewController>> {
    let scenes = UIApplication::sharedApplication(mtm).connectedScenes();
    let window = scenes
        .iter()
        .filter_map(|s| s.downcast::<UIWindowScene>().ok())
        .flat_map(|scene| scene.windows().to_vec())
        .find(|w| w.isKeyWindow())?;
    let mut top = window.rootViewController()?;
    while let Some(next) = top.presentedViewController() {
        top = next;
    }
    Some(top)
}

/// Presents the share sheet for the file at `path`; false when there is no window to do it.
#[allow(unsafe_code)]
fn present(mtm: MainThreadMarker, path: &std::path::Path) -> bool {
    let Some(top) = top_controller(mtm) else {
        return false;
    };
    let url = NSURL::fileURLWithPath(&NSString::from_str(&path.to_string_lossy()));
    let item: &AnyObject = &url;
    let items = NSArray::from_slice(&[item]);
    // SAFETY: `initWithActivityItems:` takes an array of any objects the activities can share;
    // a file URL is the documented item for a file. No custom activities are given.
    let sheet = unsafe {
        UIActivityViewController::initWithActivityItems_applicationActivities(
            mtm.alloc(),
            &items,
            None,
        )
    };
    // An iPad presents the sheet as a popover, which must have an anchor (else UIKit raises).
    if let (Some(popover), Some(view)) = (sheet.popoverPresentationController(), top.view()) {
        popover.setSourceView(Some(&view));
    }
    let sheet: &UIViewController = &sheet;
    // SAFETY: `presentViewController:animated:completion:` on the main thread (the marker
    // proves it) with a view controller, a BOOL and a nil completion block — the types of its
    // Objective-C declaration.
    unsafe {
        let _: () = objc2::msg_send![
            &*top,
            presentViewController: sheet,
            animated: true,
            completion: std::ptr::null::<AnyObject>()
        ];
    }
    true
}
