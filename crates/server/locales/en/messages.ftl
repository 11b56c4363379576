# SMS and e-mails sent by the MaCNSS server, in English. Same one-segment rule as fr.

sms-signup-code = Your MaCNSS code: { $code }. Valid for { $minutes } min. Never share it, not even with CNSS staff.
sms-credentials = MaCNSS: account created. Identifier: { $account_id }. Temporary password: { $password } (valid { $hours } h, change it when you first sign in).
sms-declared-phone = MaCNSS: an account was created with your identity and another phone number. If this was not you, contact CNSS.
sms-recovery-code = Your MaCNSS code to reset your password: { $code }. Valid for { $minutes } min. Never share it.
sms-password-reset = MaCNSS: your account password was changed. If this was not you, use "Forgot password" and contact CNSS.
sms-bank-code = Your MaCNSS code to change your bank account: { $code }. Valid for { $minutes } min. Never share it, not even with CNSS staff.
sms-bank-changed = MaCNSS: the bank details for your CNSS payments were changed. If this was not you, call CNSS on { $phone }.

email-recovery-code-subject = Your MaCNSS code
email-recovery-code-body =
    Hello,

    Your MaCNSS code to choose a new password: { $code }
    It is valid for { $minutes } minutes. Never share it, not even with CNSS staff.

    If you did not ask for it, ignore this message: your password is unchanged.
email-password-reset-subject = Your MaCNSS password was changed
email-password-reset-body =
    Hello,

    The password of your MaCNSS account was just changed.
    If this was not you, choose "Forgot password" in the app and contact CNSS.
email-bank-changed-subject = Your MaCNSS bank details were changed
email-bank-changed-body =
    Hello,

    The bank details CNSS pays you on were just changed from the MaCNSS app.
    If this was not you, call CNSS on { $phone } straight away and change your password.

# «Mon compte»: a new phone or e-mail (its code goes to the new destination; the old one is
# told once it is changed), the account deleted, a sign-in from a device not seen before.
sms-contact-code = Your MaCNSS code to change your phone number: { $code }. Valid for { $minutes } min. Never share it, not even with CNSS staff.
sms-phone-changed = MaCNSS: the phone number of your account was changed. If this was not you, call CNSS on { $phone }.
sms-account-deleted = MaCNSS: your online account was deleted (your CNSS record stays). If this was not you, call CNSS on { $phone }.
email-contact-code-subject = Your MaCNSS code
email-contact-code-body =
    Hello,

    Your MaCNSS code to confirm this e-mail address: { $code }
    It is valid for { $minutes } minutes. Never share it, not even with CNSS staff.

    If you did not ask for it, ignore this message: nothing changes.
email-phone-changed-subject = The phone number of your MaCNSS account was changed
email-phone-changed-body =
    Hello,

    The phone number of your MaCNSS account was just changed from the app.
    If this was not you, call CNSS on { $phone } at once and change your password.
email-email-changed-subject = The e-mail address of your MaCNSS account was changed
email-email-changed-body =
    Hello,

    Your MaCNSS account no longer uses this e-mail address: another one was just chosen from the app.
    If this was not you, call CNSS on { $phone } at once and change your password.
email-account-deleted-subject = Your MaCNSS account was deleted
email-account-deleted-body =
    Hello,

    Your MaCNSS online account was just deleted from the app. Your CNSS record (career, reimbursements, allowances) is not affected, and you may create a new account whenever you wish.
    If this was not you, call CNSS on { $phone } at once.
email-new-device-subject = New sign-in to your MaCNSS account
email-new-device-body =
    Hello,

    Your MaCNSS account was just opened on a device it had not used before:
    "{ $device }" ({ $platform ->
        [android] Android
        [ios] iPhone or iPad
        [web] web browser
        [unknown] unknown device
       *[desktop] computer
    }), on { $date } at about { $hour }:00 (Morocco time). This name is the one the device gives itself.

    If this was you, there is nothing to do.
    Otherwise, sign that device out in the app, My account > My devices ({ $url }), then change your password.
device-unnamed = unnamed device
