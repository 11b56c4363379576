//! The privacy cover: a view in the icon's background colour over every visible window of every
//! connected window scene while the app is not active.
//!
//! Threads: [`install_privacy_cover`] only talks to Foundation's notification center, which may
//! be called from any thread and before `UIApplicationMain`. Both observers run on the main
//! operation queue, so every UIKit call, and every use of the covers' list, happens on the main
//! thread, proved by a [`MainThreadMarker`].

use std::cell::RefCell;
use std::ptr::NonNull;
use std::sync::Once;

use block2::RcBlock;
use objc2::MainThreadMarker;
use objc2::rc::Retained;
use objc2_foundation::{
    NSNotification, NSNotificationCenter, NSNotificationName, NSOperationQueue,
};
use objc2_ui_kit::{
    UIApplication, UIApplicationDidBecomeActiveNotification,
    UIApplicationWillResignActiveNotification, UIColor, UIView, UIViewAutoresizing, UIWindowScene,
};

use crate::{COVER_RGB, rgb_components};

thread_local! {
    /// The covers on screen. Only touched on the main thread (the observers' queue).
    static COVERS: RefCell<Vec<Retained<UIView>>> = const { RefCell::new(Vec::new()) };
}

/// Covers the app's windows whenever the app resigns active, and uncovers them when it becomes
/// active again. Call it once at launch; later calls do nothing. Any thread, and any moment
/// before the app could first resign active (before or after `UIApplicationMain`).
pub fn install_privacy_cover() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let (will_resign_active, did_become_active) = notification_names();
        observe_on_main_queue(will_resign_active, show);
        observe_on_main_queue(did_become_active, hide);
    });
}

/// UIKit's two notification names.
#[allow(unsafe_code)]
fn notification_names() -> (&'static NSNotificationName, &'static NSNotificationName) {
    // SAFETY: both are immutable `NSString` constants exported by UIKit, which the app links,
    // declared by objc2-ui-kit with their C type; they are initialised before any Rust code
    // runs and never change.
    unsafe {
        (
            UIApplicationWillResignActiveNotification,
            UIApplicationDidBecomeActiveNotification,
        )
    }
}

/// Runs `action` on the main thread each time the notification `name` is posted, for the app's
/// whole life.
#[allow(unsafe_code)]
fn observe_on_main_queue(name: &NSNotificationName, action: fn(MainThreadMarker)) {
    let block = RcBlock::new(sendable(move |_: NonNull<NSNotification>| {
        // Always on the main thread: the block is registered with the main queue below.
        if let Some(mtm) = MainThreadMarker::new() {
            action(mtm);
        }
    }));
    let center = NSNotificationCenter::defaultCenter();
    let main_queue = NSOperationQueue::mainQueue();
    // SAFETY: `obj` is `None` (any sender), so it has no type to get wrong. The queue is the
    // main queue, so the block runs on the main thread, the one UIKit requires, and the block
    // itself checks it with `MainThreadMarker::new` before touching UIKit. The block captures
    // only a function pointer, so it is `Send + Sync` (checked by `sendable`) and may be
    // retained, called or released by the notification center on any thread.
    let observer = unsafe {
        center.addObserverForName_object_queue_usingBlock(
            Some(name),
            None,
            Some(&main_queue),
            &block,
        )
    };
    // The notification center keeps the registration (and its own reference to this token)
    // until it is removed, which never happens: the cover is wanted for the app's whole life.
    drop(observer);
}

/// Checks at compile time that an observer's closure may be used from any thread.
fn sendable<F>(handler: F) -> F
where
    F: Fn(NonNull<NSNotification>) + Send + Sync + 'static,
{
    handler
}

/// Adds a cover to every visible window of every connected window scene (the app resigns
/// active: app switcher, notification centre, incoming call, system alert).
fn show(mtm: MainThreadMarker) {
    COVERS.with_borrow_mut(|covers| {
        if !covers.is_empty() {
            return;
        }
        let [red, green, blue] = rgb_components(COVER_RGB);
        let colour = UIColor::colorWithRed_green_blue_alpha(red, green, blue, 1.0);
        let scenes = UIApplication::sharedApplication(mtm).connectedScenes();
        for scene in scenes.iter() {
            let Ok(scene) = scene.downcast::<UIWindowScene>() else {
                continue;
            };
            for window in scene.windows().iter() {
                if window.isHidden() {
                    continue;
                }
                let cover = UIView::initWithFrame(mtm.alloc(), window.bounds());
                cover.setAutoresizingMask(
                    UIViewAutoresizing::FlexibleWidth | UIViewAutoresizing::FlexibleHeight,
                );
                cover.setBackgroundColor(Some(&colour));
                window.addSubview(&cover);
                covers.push(cover);
            }
        }
    });
}

/// Removes every cover (the app is active again).
fn hide(_mtm: MainThreadMarker) {
    COVERS.with_borrow_mut(|covers| {
        for cover in covers.drain(..) {
            cover.removeFromSuperview();
        }
    });
}
