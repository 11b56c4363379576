# account — en: "My account": the online account itself (contact details, password, devices,
# lock, deletion), the lock screen, the lost phone and the deleted account.
account-title = My account
account-back = Back to My account
account-back-space = Back to My space
account-continue = Continue
account-date-time = on { $date } at { $time }
account-contact-heading = My contact details
account-phone = Mobile phone
account-email = E-mail address
account-contact-change = Change my contact details
account-password-title = Password
account-password-line = Change my password
account-devices-title = My devices
account-devices-line = { $count ->
    [0] Signed in on this device only
    [one] Also signed in on 1 other device
   *[other] Also signed in on { $count } other devices
}
account-lock-title = App lock
account-lock-on = App code turned on
account-lock-off = Protect the app with a code
account-delete-title = Delete my account
account-delete-line = Delete my online account
account-platform-android = Android
account-platform-ios = iPhone or iPad
account-platform-web = Web browser
account-platform-desktop = Computer
account-platform-unknown = Unknown device
account-step-up-intro = To protect your account, first confirm your password.
account-step-up-password = Your current password
account-contact-title = Change my contact details
account-contact-done-title = Contact details changed
account-contact-which = What do you want to change?
account-contact-which-phone = My mobile phone number
account-contact-which-email = My e-mail address
account-contact-current = Currently: { $value }
account-contact-new-phone = New mobile number
    .hint = A Moroccan number, for example 06 12 34 56 78. The code will be sent to it by SMS.
account-contact-new-email = New e-mail address
account-contact-send-code = Get the code
account-contact-code-sent = We sent a 6-digit code to { $destination }. Nothing is changed until you enter it.
account-contact-code = Code received
account-contact-confirm = Confirm
account-contact-resend = Get a new code
account-contact-resend-in = You can ask for a new code in { $seconds } s.
account-contact-fix = Correct the number or the address
account-contact-done-phone = Your mobile number is changed. The next codes will be sent to it. Your old number received a message to let you know.
account-contact-done-email = Your e-mail address is changed. Your old address received a message to let you know.
account-password-done-title = Password changed
account-password-intro = All your other devices will be signed out. You stay signed in on this one.
account-password-current = Current password
account-password-new = New password
    .hint = At least 8 characters. An easy-to-remember phrase is ideal. Avoid common passwords and your identifier.
account-password-submit = Change my password
account-password-done = Your password is changed. Your other devices are signed out, and a message was sent to you.
account-devices-intro = Your account is open on these devices. If you do not recognise one, sign it out and then change your password.
account-devices-unnamed = Unnamed device
account-devices-this-one = This device
account-devices-version = version { $version }
account-devices-signed-in = Signed in { $when }
account-devices-last-used = Last used { $when }
account-devices-revoke = Sign out this device
account-devices-revoke-others = Sign out all other devices
account-devices-unknown = Times are approximate. We record neither your address nor your location.
account-delete-what = Deleting your online account does not delete your CNSS file.
account-delete-gone = Your identifier, your password, your contact details and your signed-in devices will be erased.
account-delete-kept = Your rights, your declarations, your files and the documents you sent stay with CNSS.
account-delete-again = You can create a new account later.
account-delete-confirm = I understand that my online account will be deleted for good.
account-delete-submit = Delete my account
account-deleted-title = Account deleted
account-deleted = Your online account is deleted. A confirmation message was sent to you. Your CNSS file is not changed.
account-deleted-home = Back to the home page
lock-intro = Choose a 6-digit code to open the app without your password. The app locks when it stays in the background.
lock-is-on = The app code is turned on.
lock-pin = 6-digit code
    .hint = Avoid 123456, 000000 and your date of birth.
lock-pin-confirm = Enter the code a second time
lock-pin-format = Enter 6 digits.
lock-pin-too-simple = This code is too easy to guess. Choose another one.
lock-pin-mismatch = The two codes are not the same.
lock-auto-legend = Lock the app after
lock-auto-immediately = As soon as it goes to the background
lock-auto-1 = 1 minute in the background
lock-auto-5 = 5 minutes in the background
lock-auto-15 = 15 minutes in the background
lock-cold-start = The code is also asked for every time the app is opened.
lock-biometric = Also unlock with fingerprint or face
lock-enable = Turn on the code
lock-save = Save
lock-disable = Turn off the code
lock-setup-failed = The code could not be saved on this device. Try again.
unlock-title = Unlock { -brand }
unlock-who = Account { $id }
unlock-pin = App code
unlock-tries = { $left ->
    [one] Last try before you have to sign in again with your password.
   *[other] { $left } tries out of { $max } before you have to sign in again with your password.
}
unlock-submit = Unlock
unlock-wrong-pin = { $left ->
    [one] Wrong code. You have 1 try left.
   *[other] Wrong code. You have { $left } tries left.
}
unlock-biometric = Use fingerprint or face
unlock-biometric-refused = The fingerprint or face was not recognised. Enter your code.
unlock-biometric-reason = Unlock MaCNSS
unlock-unreachable = Correct code, but the service is not answering. Check your connection, then press “Unlock”.
unlock-forgot = Forgot the code? Sign in with my password
lost-phone-title = I no longer have access to my number
lost-phone-intro = Is your phone lost or has your number changed? You can still get back into your account.
lost-phone-email-heading = By e-mail
lost-phone-email = Choose “Forgot password” then “By e-mail”: a code is sent to your account's address. Once signed in, change your number in “My account”.
lost-phone-email-action = Get a code by e-mail
lost-phone-agency-heading = At an agency
lost-phone-agency = If you no longer have access to either your number or your e-mail, a CNSS agency can update your contact details. Bring:
lost-phone-bring-id = your valid CNIE (or your passport or residence card);
lost-phone-bring-number = your CNSS registration number if you have it;
lost-phone-bring-phone = the new mobile number to record.
lost-phone-agencies = Find an agency
lost-phone-back = Back to sign-in
lock-not-offered = The app code is available in the Android, iPhone and desktop apps. In a browser, your session ends when you close the tab: on a shared computer, choose “Sign out” when you leave.
unlock-biometric-waiting = Touch the sensor or look at the screen, or type your code.
