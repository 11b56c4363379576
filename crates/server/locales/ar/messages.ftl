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

## الشهادات (الجانب العربي من الوثيقة) وصفحة التحقق العمومية.
attestation-country = المملكة المغربية
attestation-issuer = الصندوق الوطني للضمان الاجتماعي
attestation-intro = يشهد الصندوق الوطني للضمان الاجتماعي بما يلي:
attestation-title-immatriculation = شهادة التسجيل
attestation-title-salary-declaration = شهادة التصريح بالأجور
attestation-title-amo-rights = شهادة الحقوق في التأمين الإجباري عن المرض
attestation-title-family-allowances = شهادة الاستفادة من التعويضات العائلية
attestation-title-family-allowances-none = شهادة عدم الاستفادة من التعويضات العائلية
attestation-title-pension = شهادة الاستفادة من المعاش
attestation-title-non-immatriculation = شهادة عدم التسجيل
attestation-holder = الاسم الكامل
attestation-immatriculation = رقم التسجيل
attestation-id-number = رقم وثيقة الهوية (مخفي)
attestation-since = منذ
attestation-period = الفترة
attestation-period-value = من { $from } إلى { $to }
attestation-months = الأشهر المصرح بها
attestation-days = الأيام المصرح بها
attestation-salary = الأجر المصرح به (المجموع)
attestation-beneficiary = المستفيد
attestation-rights = الحقوق في التأمين الإجباري عن المرض
attestation-rights-open-until = مفتوحة إلى غاية { $date }
attestation-rights-open = مفتوحة
attestation-rights-closed = مغلقة إلى حد الآن
attestation-children = الأطفال المستفيدون
attestation-monthly = المبلغ الشهري
attestation-issued-on = سلمت بتاريخ
attestation-reference = المرجع
attestation-relation-insured = المؤمن
attestation-relation-spouse = الزوج أو الزوجة
attestation-relation-child = الابن أو البنت
attestation-says-immatriculation = { $holder } مسجل(ة) لدى الصندوق الوطني للضمان الاجتماعي.
attestation-says-salary-declaration = صرح بالأجور المذكورة أعلاه لفائدة { $holder } خلال الفترة المبينة.
attestation-says-amo-rights-open = للمستفيد المذكور حقوق مفتوحة في التأمين الإجباري الأساسي عن المرض.
attestation-says-amo-rights-closed = ليست للمستفيد المذكور حقوق مفتوحة في التأمين الإجباري الأساسي عن المرض إلى حد الآن.
attestation-says-family-allowances = يستفيد(تستفيد) { $holder } من التعويضات العائلية هذا الشهر.
attestation-says-family-allowances-none = لا يستفيد(تستفيد) { $holder } من التعويضات العائلية هذا الشهر.
attestation-says-pension = يتقاضى(تتقاضى) { $holder } معاشا من الصندوق الوطني للضمان الاجتماعي.
attestation-verify = تحققوا من هذه الوثيقة: امسحوا الرمز بتطبيق MaCNSS أو بهاتف، أو افتحوا العنوان أسفله.
attestation-signed = وثيقة موقعة إلكترونيا (Ed25519، المفتاح { $kid }). يمكن التحقق من توقيعها دون شبكة.
attestation-date = { $day } { $month } { $year }
attestation-amount = { $amount } درهم
attestation-month-1 = يناير
attestation-month-2 = فبراير
attestation-month-3 = مارس
attestation-month-4 = أبريل
attestation-month-5 = ماي
attestation-month-6 = يونيو
attestation-month-7 = يوليوز
attestation-month-8 = غشت
attestation-month-9 = شتنبر
attestation-month-10 = أكتوبر
attestation-month-11 = نونبر
attestation-month-12 = دجنبر
verify-page-title = التحقق من شهادة صادرة عن الصندوق الوطني للضمان الاجتماعي
verify-page-languages = اللغات
verify-page-language-name = العربية
verify-page-document = الوثيقة
verify-page-valid = شهادة صحيحة: سلمها الصندوق الوطني للضمان الاجتماعي ولم تلغ.
verify-page-compare = قارنوا هذه المعلومات بالوثيقة المقدمة لكم: يجب أن تكون مطابقة.
verify-page-revoked = ألغيت هذه الشهادة بتاريخ { $date }: لم تعد صالحة.
verify-page-unknown = لا توجد شهادة تطابق هذا العنوان. تحققوا من العنوان، أو الصقوا رمز الوثيقة أسفله.
verify-page-signature-valid = توقيع صحيح: وقع الصندوق الوطني للضمان الاجتماعي هذا الرمز ولم تلغ الوثيقة.
verify-page-signature-revoked = التوقيع صحيح، لكن هذه الوثيقة ألغيت: لم تعد صالحة.
verify-page-error-malformed = هذا النص ليس رمز شهادة كاملا. انسخوا الرمز كله، أو امسحوا رمز QR من جديد.
verify-page-error-unknown-key = لم يوقع هذا الرمز بمفتاح للصندوق الوطني للضمان الاجتماعي: الوثيقة غير أصلية.
verify-page-error-bad-signature = التوقيع غير مطابق: عدلت الوثيقة أو زورت.
verify-page-error-other-document = هذا الرمز يخص وثيقة غير وثيقة هذا العنوان.
verify-page-check = التحقق من رمز
verify-page-check-help = الصقوا الرمز المطبوع على شكل رمز QR (يبدأ بـ MC1.) أو العنوان الكامل المقروء من رمز QR.
verify-page-code = رمز الشهادة أو عنوانها
verify-page-submit = تحقق

## Push notifications: a generic title and one sentence per topic, nothing personal (the
## app shows the message itself once signed in).
push-title = CNSS
push-body-claims = تقدّم أحد ملفاتكم في التأمين الإجباري عن المرض. افتحوا التطبيق للاطلاع عليه.
push-body-payments = تم إجراء دفعة. افتحوا التطبيق للاطلاع عليها.
push-body-family = جديد بخصوص تعويضاتكم العائلية. افتحوا التطبيق للاطلاع عليه.
push-body-attestations = جديد بخصوص شهاداتكم. افتحوا التطبيق للاطلاع عليه.
push-body-security = تمت عملية على حسابكم. افتحوا التطبيق للاطلاع عليها.
