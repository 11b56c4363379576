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
