# SMS and e-mails sent by the MaCNSS server, in Arabic. Arabic SMS are UCS-2: 70 characters
# per segment, 58 once the app-hash line is reserved. The word "code" stays in Latin letters
# so phones recognise the code.

sms-signup-code = code MaCNSS: { $code } رمز التسجيل، صالح { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. لا تشاركه
sms-credentials = MaCNSS: رقمكم { $account_id } كلمة سر مؤقتة { $password } ({ $hours }س)
sms-declared-phone = MaCNSS: حساب جديد بهويتك برقم آخر. ليس أنت؟ اتصل بـCNSS
sms-recovery-code = code MaCNSS: { $code } لتغيير كلمة السر، صالح { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
sms-password-reset = MaCNSS: تم تغيير كلمة السر. إن لم تكن أنت، اتصل بالـCNSS
sms-bank-code = code MaCNSS: { $code } لتغيير الحساب البنكي، صالح { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
sms-bank-changed = MaCNSS: تم تغيير حسابك البنكي. ليس أنت؟ اتصل { $phone }

email-recovery-code-subject = رمز MaCNSS
email-recovery-code-body =
    مرحبا،

    رمز MaCNSS لاختيار كلمة سر جديدة (code): { $code }
    صالح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. لا تشاركه مع أي أحد، ولا حتى مع موظف الصندوق.

    إن لم تطلب شيئا، تجاهل هذه الرسالة: كلمة السر لم تتغير.
email-password-reset-subject = تم تغيير كلمة سر MaCNSS
email-password-reset-body =
    مرحبا،

    تم للتو تغيير كلمة سر حسابك في MaCNSS.
    إن لم تكن أنت، اختر «نسيت كلمة السر» في التطبيق واتصل بالصندوق.
email-bank-changed-subject = تم تغيير حسابك البنكي في MaCNSS
email-bank-changed-body =
    مرحبا،

    تم للتو تغيير الحساب البنكي الذي يحول إليه الصندوق مستحقاتك، من تطبيق MaCNSS.
    إن لم تكن أنت، اتصل بالصندوق على الرقم { $phone } فورا وغيّر كلمة السر.

# «Mon compte»: a new phone or e-mail (its code goes to the new destination; the old one is
# told once it is changed), the account deleted, a sign-in from a device not seen before.
sms-contact-code = code MaCNSS: { $code } لتغيير رقم الهاتف، صالح { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
sms-phone-changed = MaCNSS: تم تغيير رقم حسابك. ليس أنت؟ اتصل { $phone }
sms-account-deleted = MaCNSS: حُذف حسابك وملفك باق. ليس أنت؟ اتصل { $phone }
email-contact-code-subject = رمز MaCNSS
email-contact-code-body =
    مرحبا،

    رمز MaCNSS لتأكيد هذا البريد الإلكتروني (code): { $code }
    صالح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. لا تشاركه مع أي أحد، ولا حتى مع موظف الصندوق.

    إن لم تطلب شيئا، تجاهل هذه الرسالة: لن يتغير شيء.
email-phone-changed-subject = تم تغيير رقم هاتف حسابك في MaCNSS
email-phone-changed-body =
    مرحبا،

    تم للتو تغيير رقم الهاتف المرتبط بحسابك في MaCNSS من التطبيق.
    إن لم تكن أنت، اتصل بالصندوق على الرقم { $phone } فورا وغيّر كلمة السر.
email-email-changed-subject = تم تغيير البريد الإلكتروني لحسابك في MaCNSS
email-email-changed-body =
    مرحبا،

    لم يعد حسابك في MaCNSS يستعمل هذا البريد الإلكتروني: تم للتو اختيار بريد آخر من التطبيق.
    إن لم تكن أنت، اتصل بالصندوق على الرقم { $phone } فورا وغيّر كلمة السر.
email-account-deleted-subject = تم حذف حسابك في MaCNSS
email-account-deleted-body =
    مرحبا،

    تم للتو حذف حسابك الإلكتروني في MaCNSS من التطبيق. ملفك لدى الصندوق (المسار المهني، التعويضات، التعويضات العائلية) لم يُمس، ويمكنك إنشاء حساب جديد متى شئت.
    إن لم تكن أنت، اتصل بالصندوق على الرقم { $phone } فورا.
email-new-device-subject = تسجيل دخول جديد إلى حسابك في MaCNSS
email-new-device-body =
    مرحبا،

    تم للتو فتح حسابك في MaCNSS على جهاز لم يستعمله من قبل:
    «{ $device }» ({ $platform ->
        [android] أندرويد
        [ios] آيفون أو آيباد
        [web] متصفح ويب
        [unknown] جهاز غير محدد
       *[desktop] حاسوب
    })، يوم { $date } حوالي الساعة { $hour } (بتوقيت المغرب). هذا الاسم هو الذي يعطيه الجهاز لنفسه.

    إن كنت أنت، فلا شيء عليك.
    وإلا، افصل هذا الجهاز في التطبيق، حسابي > أجهزتي ({ $url })، ثم غيّر كلمة السر.
device-unnamed = جهاز بلا اسم
