//! The quick unlock's biometric secret in the Keychain: one generic-password item of its own
//! (service [`SERVICE`], account [`ACCOUNT`]) whose access control is
//! `kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly` + `.biometryCurrentSet`. The Secure
//! Enclave releases its data only after Face ID or Touch ID recognises one of the biometrics
//! enrolled when it was written: a new finger or face, or the passcode removed, makes the item
//! unreadable for good (the app then uses the PIN and enables biometrics again). It never
//! leaves the device (no iCloud Keychain, no backup to another device).
//!
//! Threads: [`biometric_release`] reads the item on a thread of its own, because
//! `SecItemCopyMatching` shows the system's prompt and blocks until the person answers. The
//! other functions return quickly and may be called from any thread.

use std::ptr::{self, NonNull};

use objc2::rc::Retained;
use objc2_core_foundation::{CFBoolean, CFData, CFDictionary, CFRetained, CFString, CFType};
use objc2_foundation::NSString;
use objc2_local_authentication::{LAContext, LAPolicy};
use objc2_security::{
    SecAccessControl, SecAccessControlCreateFlags, SecItemAdd, SecItemCopyMatching, SecItemDelete,
    errSecSuccess, kSecAttrAccessControl, kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly,
    kSecAttrAccount, kSecAttrService, kSecClass, kSecClassGenericPassword, kSecMatchLimit,
    kSecMatchLimitOne, kSecReturnData, kSecUseAuthenticationContext, kSecValueData,
};

use crate::{GlueError, SECRET_LEN, policy_error, release_error};

/// The Keychain service of the item: not the session's (keyring-core's own service).
pub const SERVICE: &str = "ma.cnss.macnss.quick-unlock";
/// The Keychain account of the item.
pub const ACCOUNT: &str = "biometric-key";

/// Whether Face ID or Touch ID is enrolled and usable now (not locked out).
pub fn biometric_available() -> bool {
    can_evaluate(&new_context()).is_ok()
}

/// Keeps `secret` in the biometric Keychain item, replacing any kept one. Shows no prompt
/// (writing the item needs no authentication; reading it does). Fails with
/// [`GlueError::Unavailable`] when no biometric is enrolled (the item could never be read).
pub fn biometric_store(secret: &[u8; SECRET_LEN]) -> Result<(), GlueError> {
    can_evaluate(&new_context())?;
    biometric_forget();
    let access = access_control()?;
    let data = CFData::from_bytes(secret);
    let keys = Keys::get();
    let service = CFString::from_str(SERVICE);
    let account = CFString::from_str(ACCOUNT);
    let attributes = CFDictionary::<CFString, CFType>::from_slices(
        &[
            keys.class,
            keys.service,
            keys.account,
            keys.access_control,
            keys.value_data,
        ],
        &[
            keys.generic_password.as_ref(),
            service.as_ref(),
            account.as_ref(),
            access.as_ref(),
            data.as_ref(),
        ],
    );
    match item_add(&attributes) {
        status if status == errSecSuccess => Ok(()),
        status => Err(GlueError::Failed(format!("SecItemAdd: {status}"))),
    }
}

/// Shows the system's Face ID / Touch ID prompt with `reason` (the localized line under the
/// title) on a thread of its own and calls `done` there with the secret once the person is
/// recognised, or with why not. If the thread cannot be started, `done` is dropped uncalled.
pub fn biometric_release(
    reason: &str,
    done: impl FnOnce(Result<[u8; SECRET_LEN], GlueError>) + Send + 'static,
) {
    let reason = reason.to_owned();
    let spawned = std::thread::Builder::new()
        .name("macnss-biometric".to_owned())
        .spawn(move || done(read_secret(&reason)));
    // On failure the closure, and `done` with it, is dropped: the caller sees no answer.
    drop(spawned);
}

/// Deletes the biometric Keychain item, if any (no prompt: deleting needs no authentication).
pub fn biometric_forget() {
    let keys = Keys::get();
    let service = CFString::from_str(SERVICE);
    let account = CFString::from_str(ACCOUNT);
    let query = CFDictionary::<CFString, CFType>::from_slices(
        &[keys.class, keys.service, keys.account],
        &[
            keys.generic_password.as_ref(),
            service.as_ref(),
            account.as_ref(),
        ],
    );
    // errSecItemNotFound when there was none: nothing to do either way.
    let _status = item_delete(&query);
}

/// Reads the item with a context carrying `reason`: blocks while the prompt is shown.
fn read_secret(reason: &str) -> Result<[u8; SECRET_LEN], GlueError> {
    let context = new_context();
    // Lockout, or no biometric enrolled: say so without a prompt that could only fail.
    can_evaluate(&context)?;
    set_texts(&context, reason);
    let keys = Keys::get();
    let service = CFString::from_str(SERVICE);
    let account = CFString::from_str(ACCOUNT);
    let query = CFDictionary::<CFString, CFType>::from_slices(
        &[
            keys.class,
            keys.service,
            keys.account,
            keys.return_data,
            keys.match_limit,
            keys.authentication_context,
        ],
        &[
            keys.generic_password.as_ref(),
            service.as_ref(),
            account.as_ref(),
            CFBoolean::new(true).as_ref(),
            keys.match_limit_one.as_ref(),
            context_as_cf(&context),
        ],
    );
    let data = match item_copy_data(&query) {
        Ok(data) => data,
        Err(status) => {
            let locked_out = matches!(can_evaluate(&new_context()), Err(GlueError::LockedOut));
            return Err(release_error(status, locked_out));
        }
    };
    let mut bytes = data.to_vec();
    let secret = <[u8; SECRET_LEN]>::try_from(bytes.as_slice())
        .map_err(|_| GlueError::Failed(format!("the item holds {} bytes", bytes.len())));
    bytes.fill(0);
    secret
}

/// A new LocalAuthentication context.
#[allow(unsafe_code)]
fn new_context() -> Retained<LAContext> {
    // SAFETY: `+[LAContext new]` takes no argument and may be called on any thread; the
    // context is used only by the thread that created it.
    unsafe { LAContext::new() }
}

/// Whether the device-owner-with-biometrics policy can be evaluated with `context`.
#[allow(unsafe_code)]
fn can_evaluate(context: &LAContext) -> Result<(), GlueError> {
    // SAFETY: `canEvaluatePolicy:error:` takes one of LAPolicy's values (this one exists since
    // iOS 8) and an out-error that objc2 manages; it may be called on any thread, and this is
    // never inside an `evaluatePolicy` reply (the deadlock Apple warns of).
    let answer = unsafe {
        context.canEvaluatePolicy_error(LAPolicy::DeviceOwnerAuthenticationWithBiometrics)
    };
    answer.map_err(|error| policy_error(error.code()))
}

/// The prompt's line under the title, and no «Enter Password» fallback (the passcode cannot
/// read a `.biometryCurrentSet` item: the app's PIN is the fallback).
#[allow(unsafe_code)]
fn set_texts(context: &LAContext, reason: &str) {
    let reason = NSString::from_str(reason);
    let no_fallback = NSString::from_str("");
    // SAFETY: both setters take an `NSString`, which the context copies (the properties are
    // `copy`); the context is not shared with any other thread while they are set.
    unsafe {
        context.setLocalizedReason(&reason);
        context.setLocalizedFallbackTitle(Some(&no_fallback));
    }
}

/// `context` as the `CFTypeRef` value of `kSecUseAuthenticationContext`.
#[allow(unsafe_code)]
fn context_as_cf(context: &LAContext) -> &CFType {
    let pointer: *const LAContext = context;
    // SAFETY: every Objective-C object is a valid `CFTypeRef` (toll-free bridging: CFRetain,
    // CFRelease and CFGetTypeID accept any object), which is what the Keychain expects as this
    // key's value; the reference borrows `context`, so it cannot outlive it.
    unsafe { &*pointer.cast::<CFType>() }
}

/// The access control of the item: this device only, a passcode set, the current biometrics.
#[allow(unsafe_code)]
fn access_control() -> Result<CFRetained<SecAccessControl>, GlueError> {
    // SAFETY: an immutable CFString constant of the Security framework, initialised before any
    // Rust code runs.
    let protection = unsafe { kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly };
    // SAFETY: the default allocator (`None`), a protection value from the `kSecAttrAccessible`
    // constants and one flag of the enum; the error pointer may be null (we only need to know
    // whether it failed, which the `None` says).
    let access = unsafe {
        SecAccessControl::with_flags(
            None,
            protection.as_ref(),
            SecAccessControlCreateFlags::BiometryCurrentSet,
            ptr::null_mut(),
        )
    };
    access.ok_or_else(|| GlueError::Failed("SecAccessControlCreateWithFlags".to_owned()))
}

/// `SecItemAdd` without a result.
#[allow(unsafe_code)]
fn item_add(attributes: &CFDictionary<CFString, CFType>) -> i32 {
    // SAFETY: the dictionary's keys are the Security framework's CFString keys and each value
    // has the type its key expects (built by the callers above); the result pointer is null,
    // which SecItemAdd allows (no result wanted).
    unsafe { SecItemAdd(attributes.as_opaque(), ptr::null_mut()) }
}

/// `SecItemDelete`.
#[allow(unsafe_code)]
fn item_delete(query: &CFDictionary<CFString, CFType>) -> i32 {
    // SAFETY: as in `item_add`: the Security framework's keys, each with its value's type.
    unsafe { SecItemDelete(query.as_opaque()) }
}

/// `SecItemCopyMatching` of one item's data: the data, or the status.
#[allow(unsafe_code)]
fn item_copy_data(query: &CFDictionary<CFString, CFType>) -> Result<CFRetained<CFData>, i32> {
    let mut result: *const CFType = ptr::null();
    // SAFETY: as in `item_add` for the query; `result` is a valid pointer to a null CFTypeRef
    // that SecItemCopyMatching sets on success.
    let status = unsafe { SecItemCopyMatching(query.as_opaque(), &mut result) };
    if status != errSecSuccess {
        return Err(status);
    }
    let result = NonNull::new(result.cast_mut()).ok_or(errSecSuccess)?;
    // SAFETY: SecItemCopyMatching follows the Create rule: the object it returns is retained
    // once for the caller, and `from_raw` takes over that one reference.
    let result = unsafe { CFRetained::from_raw(result) };
    // kSecReturnData with kSecMatchLimitOne answers a CFData; anything else is refused.
    result.downcast::<CFData>().map_err(|_| errSecSuccess)
}

/// The Security framework's constants used as dictionary keys and values.
struct Keys {
    class: &'static CFString,
    generic_password: &'static CFString,
    service: &'static CFString,
    account: &'static CFString,
    access_control: &'static CFString,
    value_data: &'static CFString,
    return_data: &'static CFString,
    match_limit: &'static CFString,
    match_limit_one: &'static CFString,
    authentication_context: &'static CFString,
}

impl Keys {
    #[allow(unsafe_code)]
    fn get() -> Self {
        // SAFETY: immutable CFString constants exported by the Security framework, which the
        // app links, declared by objc2-security with their C type; initialised before any Rust
        // code runs and never changed.
        unsafe {
            Self {
                class: kSecClass,
                generic_password: kSecClassGenericPassword,
                service: kSecAttrService,
                account: kSecAttrAccount,
                access_control: kSecAttrAccessControl,
                value_data: kSecValueData,
                return_data: kSecReturnData,
                match_limit: kSecMatchLimit,
                match_limit_one: kSecMatchLimitOne,
                authentication_context: kSecUseAuthenticationContext,
            }
        }
    }
}
