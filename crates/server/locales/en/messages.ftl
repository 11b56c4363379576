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

## Attestations (the verification page; the PDF itself is French and Arabic).
attestation-country = KINGDOM OF MOROCCO
attestation-issuer = Caisse Nationale de Sécurité Sociale (CNSS)
attestation-intro = The Caisse Nationale de Sécurité Sociale attests that:
attestation-title-immatriculation = Certificate of registration
attestation-title-salary-declaration = Certificate of declared salaries
attestation-title-amo-rights = Certificate of AMO health-insurance rights
attestation-title-family-allowances = Certificate of receiving family allowances
attestation-title-family-allowances-none = Certificate of not receiving family allowances
attestation-title-pension = Certificate of receiving a pension
attestation-title-non-immatriculation = Certificate of non-registration
attestation-holder = Full name
attestation-immatriculation = Registration number
attestation-id-number = ID document number (masked)
attestation-since = Since
attestation-period = Period
attestation-period-value = from { $from } to { $to }
attestation-months = Months declared
attestation-days = Days declared
attestation-salary = Salary declared (total)
attestation-beneficiary = Beneficiary
attestation-rights = AMO rights
attestation-rights-open-until = open until { $date }
attestation-rights-open = open
attestation-rights-closed = closed as of today
attestation-children = Children receiving an allowance
attestation-monthly = Monthly amount
attestation-issued-on = Issued on
attestation-reference = Reference
attestation-relation-insured = insured person
attestation-relation-spouse = spouse
attestation-relation-child = child
attestation-says-immatriculation = { $holder } is registered with the Caisse Nationale de Sécurité Sociale.
attestation-says-salary-declaration = The salaries above were declared for { $holder } over the period shown.
attestation-says-amo-rights-open = The beneficiary shown has open rights to the compulsory health insurance (AMO).
attestation-says-amo-rights-closed = The beneficiary shown has no open rights to the compulsory health insurance (AMO) as of today.
attestation-says-family-allowances = { $holder } receives family allowances this month.
attestation-says-family-allowances-none = { $holder } does not receive family allowances this month.
attestation-says-pension = { $holder } receives a pension from the Caisse Nationale de Sécurité Sociale.
attestation-verify = Check this document: scan the code with the MaCNSS app or a phone, or open the address below.
attestation-signed = Electronically signed document (Ed25519, key { $kid }). Its signature can be checked offline.
attestation-date = { $day } { $month } { $year }
attestation-amount = { $amount } DH
attestation-month-1 = January
attestation-month-2 = February
attestation-month-3 = March
attestation-month-4 = April
attestation-month-5 = May
attestation-month-6 = June
attestation-month-7 = July
attestation-month-8 = August
attestation-month-9 = September
attestation-month-10 = October
attestation-month-11 = November
attestation-month-12 = December
verify-page-title = Check a CNSS attestation
verify-page-languages = Languages
verify-page-language-name = English
verify-page-document = Document
verify-page-valid = Valid attestation: it was issued by CNSS and has not been revoked.
verify-page-compare = Compare this with the document you were shown: it must be the same.
verify-page-revoked = Attestation revoked on { $date }: it is no longer valid.
verify-page-unknown = No attestation matches this address. Check the address, or paste the document's code below.
verify-page-signature-valid = Valid signature: CNSS signed this code and the document has not been revoked.
verify-page-signature-revoked = The signature is valid, but this document was revoked: it is no longer valid.
verify-page-error-malformed = This text is not a complete attestation code. Copy the whole code, or scan the QR code again.
verify-page-error-unknown-key = This code was not signed with a CNSS key: the document is not genuine.
verify-page-error-bad-signature = The signature does not match: the document was altered or forged.
verify-page-error-other-document = This code belongs to another document than this address's.
verify-page-check = Check a code
verify-page-check-help = Paste the code printed as a QR code (it starts with MC1.) or the whole address read from the QR code.
verify-page-code = The attestation's code or address
verify-page-submit = Check

## Push notifications: a generic title and one sentence per topic, nothing personal (the
## app shows the message itself once signed in).
push-title = CNSS
push-body-claims = One of your AMO claims has moved on. Open the app to see it.
push-body-payments = A payment was made. Open the app to see it.
push-body-family = News about your family allowances. Open the app to see it.
push-body-attestations = News about your attestations. Open the app to see it.
push-body-security = Something was done on your account. Open the app to see it.
