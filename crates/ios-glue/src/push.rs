//! Push notifications on iOS: the authorisation (`UNUserNotificationCenter`), the
//! registration with APNs (`UIApplication.registerForRemoteNotifications`), and the device
//! token handed to Rust as hexadecimal (what the server's APNs sender posts to).
//!
//! tao's application delegate implements neither
//! `application:didRegisterForRemoteNotificationsWithDeviceToken:` nor
//! `application:didFailToRegisterForRemoteNotificationsWithError:`, through which UIKit gives
//! the token: both are added to its class at run time (`class_addMethod`), once, before the
//! first registration. The app must carry the `aps-environment` entitlement
//! (ios/MaCNSS.entitlements).
//!
//! Threads: [`push_status`] and [`push_register`] may be called from any thread; UIKit calls
//! run on the main queue, the answers come on whichever thread iOS gives them.

use std::sync::{Mutex, Once};

use block2::RcBlock;
use objc2::MainThreadMarker;
use objc2::ffi;
use objc2::runtime::{AnyObject, Bool, Imp, Sel};
use objc2::sel;
use objc2_foundation::{NSData, NSError, NSOperationQueue};
use objc2_ui_kit::UIApplication;
use objc2_user_notifications::{
    UNAuthorizationOptions, UNAuthorizationStatus, UNNotificationSettings, UNUserNotificationCenter,
};

/// What iOS says of notifications for this app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushStatus {
    /// Not asked yet.
    NotDetermined,
    Denied,
    /// Allowed (or provisionally, or for an App Clip's time).
    Authorized,
}

/// Why no token came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushRefusal {
    /// The person said no (now or before).
    Denied,
    /// APNs registration failed (no entitlement, no network, the simulator).
    Failed,
}

type TokenCallback = Box<dyn FnOnce(Result<String, PushRefusal>) + Send>;

/// The registration waiting for UIKit's answer (one at a time: a newer one replaces it, and
/// the older is told it failed).
static PENDING: Mutex<Option<TokenCallback>> = Mutex::new(None);

/// Answers `done` with the app's authorisation status.
#[allow(unsafe_code)]
pub fn push_status(done: impl FnOnce(PushStatus) + Send + 'static) {
    let pending = Mutex::new(Some(done));
    let block = RcBlock::new(move |settings: std::ptr::NonNull<UNNotificationSettings>| {
        // SAFETY: UserNotifications passes a valid settings object for the block's duration.
        let status = unsafe { settings.as_ref() }.authorizationStatus();
        let answer = match status {
            UNAuthorizationStatus::NotDetermined => PushStatus::NotDetermined,
            UNAuthorizationStatus::Denied => PushStatus::Denied,
            _ => PushStatus::Authorized,
        };
        if let Some(done) = pending.lock().ok().and_then(|mut p| p.take()) {
            done(answer);
        }
    });
    // The block is called once, on any thread: it captures only a `Mutex` of a `Send`
    // callback.
    UNUserNotificationCenter::currentNotificationCenter()
        .getNotificationSettingsWithCompletionHandler(&block);
}

/// Asks for the authorisation (alerts, sounds, badges) when not given yet, then registers
/// with APNs: `done(Ok(hex token))`, or why not.
pub fn push_register(done: impl FnOnce(Result<String, PushRefusal>) + Send + 'static) {
    let pending = Mutex::new(Some(done));
    let block = RcBlock::new(move |granted: Bool, _error: *mut NSError| {
        let Some(done) = pending.lock().ok().and_then(|mut p| p.take()) else {
            return;
        };
        if !granted.as_bool() {
            return done(Err(PushRefusal::Denied));
        }
        if let Ok(mut slot) = PENDING.lock()
            && let Some(older) = slot.replace(Box::new(done))
        {
            older(Err(PushRefusal::Failed));
        }
        on_main(|mtm| {
            if !install_delegate_methods(mtm) {
                answer(Err(PushRefusal::Failed));
                return;
            }
            UIApplication::sharedApplication(mtm).registerForRemoteNotifications();
        });
    });
    let center = UNUserNotificationCenter::currentNotificationCenter();
    let options = UNAuthorizationOptions::Alert
        | UNAuthorizationOptions::Sound
        | UNAuthorizationOptions::Badge;
    // As in `push_status`: the block is called once, on any thread, and captures only a
    // `Mutex` of a `Send` callback.
    center.requestAuthorizationWithOptions_completionHandler(options, &block);
}

/// Gives the pending registration its answer.
fn answer(result: Result<String, PushRefusal>) {
    let done = PENDING.lock().ok().and_then(|mut p| p.take());
    if let Some(done) = done {
        done(result);
    }
}

/// The token as the server expects it: lowercase hexadecimal.
pub fn hex(token: &[u8]) -> String {
    token.iter().map(|b| format!("{b:02x}")).collect()
}

extern "C-unwind" fn did_register(_this: &AnyObject, _cmd: Sel, _app: &AnyObject, token: &NSData) {
    answer(Ok(hex(&token.to_vec())));
}

extern "C-unwind" fn did_fail(_this: &AnyObject, _cmd: Sel, _app: &AnyObject, _error: &NSError) {
    answer(Err(PushRefusal::Failed));
}

/// Adds the two callbacks to the class of the application's delegate (once); whether the
/// delegate has them now.
#[allow(unsafe_code)]
fn install_delegate_methods(mtm: MainThreadMarker) -> bool {
    static INSTALL: Once = Once::new();
    static INSTALLED: Mutex<bool> = Mutex::new(false);
    INSTALL.call_once(|| {
        let app = UIApplication::sharedApplication(mtm);
        // SAFETY: the delegate is retained by the returned `Retained` for this block.
        let Some(delegate) = (unsafe { app.delegate() }) else {
            return;
        };
        let object: &AnyObject = delegate.as_ref();
        let class = object.class();
        let register: extern "C-unwind" fn(&AnyObject, Sel, &AnyObject, &NSData) = did_register;
        let fail: extern "C-unwind" fn(&AnyObject, Sel, &AnyObject, &NSError) = did_fail;
        // SAFETY: both functions have the Objective-C signatures of the selectors they are
        // added for (`v@:@@`: void, self, _cmd, two objects); `class_addMethod` only adds
        // (it does nothing when the class already has a method of that name), and is called
        // once, on the main thread, before UIKit may call either.
        let added = unsafe {
            let cls = std::ptr::from_ref(class).cast_mut();
            ffi::class_addMethod(
                cls,
                sel!(application:didRegisterForRemoteNotificationsWithDeviceToken:),
                std::mem::transmute::<
                    extern "C-unwind" fn(&AnyObject, Sel, &AnyObject, &NSData),
                    Imp,
                >(register),
                c"v@:@@".as_ptr(),
            );
            ffi::class_addMethod(
                cls,
                sel!(application:didFailToRegisterForRemoteNotificationsWithError:),
                std::mem::transmute::<
                    extern "C-unwind" fn(&AnyObject, Sel, &AnyObject, &NSError),
                    Imp,
                >(fail),
                c"v@:@@".as_ptr(),
            );
            object
                .class()
                .responds_to(sel!(application:didRegisterForRemoteNotificationsWithDeviceToken:))
        };
        if let Ok(mut installed) = INSTALLED.lock() {
            *installed = added;
        }
    });
    INSTALLED.lock().map(|i| *i).unwrap_or(false)
}

/// Runs `f` on the main thread.
#[allow(unsafe_code)]
fn on_main(f: impl Fn(MainThreadMarker) + Send + 'static) {
    let block = RcBlock::new(move || {
        if let Some(mtm) = MainThreadMarker::new() {
            f(mtm);
        }
    });
    let queue = NSOperationQueue::mainQueue();
    // SAFETY: the main queue runs the block on the main thread, which the block checks with
    // `MainThreadMarker::new` before any UIKit call; it captures a `Send` closure.
    unsafe { queue.addOperationWithBlock(&block) };
}
