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
