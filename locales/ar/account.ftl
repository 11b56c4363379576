# account — ar: «حسابي»: الحساب الإلكتروني نفسه (معلومات الاتصال، كلمة المرور، الأجهزة، القفل،
# الحذف)، وشاشة القفل، والهاتف المفقود، والحساب المحذوف.
account-title = حسابي
account-back = العودة إلى حسابي
account-back-space = العودة إلى فضائي
account-continue = متابعة
account-date-time = بتاريخ { $date } على الساعة { $time }
account-contact-heading = معلومات الاتصال الخاصة بي
account-phone = الهاتف المحمول
account-email = البريد الإلكتروني
account-contact-change = تغيير معلومات الاتصال الخاصة بي
account-password-title = كلمة المرور
account-password-line = تغيير كلمة المرور
account-devices-title = أجهزتي
account-devices-line = { $count ->
    [0] متصل على هذا الجهاز فقط
    [one] متصل أيضًا على جهاز واحد آخر
    [two] متصل أيضًا على جهازين آخرين
    [few] متصل أيضًا على { $count } أجهزة أخرى
    [many] متصل أيضًا على { $count } جهازًا آخر
   *[other] متصل أيضًا على { $count } جهاز آخر
}
account-lock-title = قفل التطبيق
account-lock-on = رمز التطبيق مفعَّل
account-lock-off = احموا التطبيق برمز
account-delete-title = حذف حسابي
account-delete-line = حذف حسابي الإلكتروني
account-platform-android = Android
account-platform-ios = iPhone أو iPad
account-platform-web = متصفح الويب
account-platform-desktop = حاسوب
account-platform-unknown = جهاز غير معروف
account-step-up-intro = لحماية حسابكم، أكدوا أولًا كلمة مروركم.
account-step-up-password = كلمة مروركم الحالية
account-contact-title = تغيير معلومات الاتصال الخاصة بي
account-contact-done-title = تم تغيير معلومات الاتصال
account-contact-which = ماذا تريدون تغييره؟
account-contact-which-phone = رقم هاتفي المحمول
account-contact-which-email = عنوان بريدي الإلكتروني
account-contact-current = حاليًا: { $value }
account-contact-new-phone = رقم الهاتف المحمول الجديد
    .hint = رقم مغربي، مثلًا 06 12 34 56 78. سيُرسَل إليه الرمز عبر رسالة قصيرة.
account-contact-new-email = عنوان البريد الإلكتروني الجديد
account-contact-send-code = تلقي الرمز
account-contact-code-sent = أرسلنا رمزًا من 6 أرقام إلى { $destination }. لن يُغيَّر أي شيء قبل أن تدخلوه.
account-contact-code = الرمز المتوصَّل به
account-contact-confirm = تأكيد
account-contact-resend = تلقي رمز جديد
account-contact-resend-in = يمكنكم طلب رمز جديد بعد { $seconds } ثانية.
account-contact-fix = تصحيح الرقم أو العنوان
account-contact-done-phone = تم تغيير رقم هاتفكم المحمول. ستُرسَل إليه الرموز القادمة. توصَّل رقمكم القديم برسالة إخبارية.
account-contact-done-email = تم تغيير عنوان بريدكم الإلكتروني. توصَّل عنوانكم القديم برسالة إخبارية.
account-password-done-title = تم تغيير كلمة المرور
account-password-intro = سيتم تسجيل الخروج من جميع أجهزتكم الأخرى. تبقون متصلين على هذا الجهاز.
account-password-current = كلمة المرور الحالية
account-password-new = كلمة المرور الجديدة
    .hint = 8 أحرف على الأقل. جملة سهلة التذكر مثالية. تجنبوا كلمات المرور الشائعة ومعرِّفكم.
account-password-submit = تغيير كلمة المرور
account-password-done = تم تغيير كلمة مروركم. تم تسجيل الخروج من أجهزتكم الأخرى، وأُرسلت إليكم رسالة.
account-devices-intro = حسابكم مفتوح على هذه الأجهزة. إذا لم تتعرفوا على أحدها، فسجِّلوا خروجه ثم غيِّروا كلمة مروركم.
account-devices-unnamed = جهاز بدون اسم
account-devices-this-one = هذا الجهاز
account-devices-version = الإصدار { $version }
account-devices-signed-in = تسجيل الدخول { $when }
account-devices-last-used = آخر استعمال { $when }
account-devices-revoke = تسجيل الخروج من هذا الجهاز
account-devices-revoke-others = تسجيل الخروج من جميع الأجهزة الأخرى
account-devices-unknown = الأوقات تقريبية. لا نسجل عنوانكم ولا موقعكم.
account-delete-what = حذف حسابكم الإلكتروني لا يحذف ملفكم لدى الصندوق الوطني للضمان الاجتماعي.
account-delete-gone = سيتم محو معرِّفكم وكلمة مروركم ومعلومات الاتصال الخاصة بكم والأجهزة المتصلة.
account-delete-kept = تبقى حقوقكم وتصريحاتكم وملفاتكم والوثائق المرسلة لدى الصندوق.
account-delete-again = يمكنكم إنشاء حساب جديد لاحقًا.
account-delete-confirm = أفهم أن حسابي الإلكتروني سيُحذف نهائيًا.
account-delete-submit = حذف حسابي
account-deleted-title = تم حذف الحساب
account-deleted = تم حذف حسابكم الإلكتروني. أُرسلت إليكم رسالة تأكيد. لم يطرأ أي تغيير على ملفكم لدى الصندوق الوطني للضمان الاجتماعي.
account-deleted-home = العودة إلى الصفحة الرئيسية
lock-intro = اختاروا رمزًا من 6 أرقام لفتح التطبيق دون كلمة المرور. يُقفَل التطبيق عندما يبقى في الخلفية.
lock-is-on = رمز التطبيق مفعَّل.
lock-pin = الرمز المكوَّن من 6 أرقام
    .hint = تجنبوا 123456 و000000 وتاريخ ازديادكم.
lock-pin-confirm = أدخلوا الرمز مرة ثانية
lock-pin-format = أدخلوا 6 أرقام.
lock-pin-too-simple = هذا الرمز سهل التخمين جدًا. اختاروا رمزًا آخر.
lock-pin-mismatch = الرمزان غير متطابقين.
lock-auto-legend = قفل التطبيق بعد
lock-auto-immediately = بمجرد انتقاله إلى الخلفية
lock-auto-1 = دقيقة واحدة في الخلفية
lock-auto-5 = 5 دقائق في الخلفية
lock-auto-15 = 15 دقيقة في الخلفية
lock-cold-start = يُطلب الرمز أيضًا عند كل فتح للتطبيق.
lock-biometric = فتح القفل أيضًا بالبصمة أو بالوجه
lock-enable = تفعيل الرمز
lock-save = حفظ
lock-disable = إلغاء تفعيل الرمز
lock-setup-failed = تعذر حفظ الرمز على هذا الجهاز. أعيدوا المحاولة.
unlock-title = فتح قفل { -brand }
unlock-who = الحساب { $id }
unlock-pin = رمز التطبيق
unlock-tries = { $left ->
    [zero] لم تبقَ أي محاولة من أصل { $max } قبل أن يتعين عليكم تسجيل الدخول من جديد بكلمة المرور.
    [one] آخر محاولة قبل أن يتعين عليكم تسجيل الدخول من جديد بكلمة المرور.
    [two] محاولتان من أصل { $max } قبل أن يتعين عليكم تسجيل الدخول من جديد بكلمة المرور.
    [few] { $left } محاولات من أصل { $max } قبل أن يتعين عليكم تسجيل الدخول من جديد بكلمة المرور.
    [many] { $left } محاولة من أصل { $max } قبل أن يتعين عليكم تسجيل الدخول من جديد بكلمة المرور.
   *[other] { $left } محاولة من أصل { $max } قبل أن يتعين عليكم تسجيل الدخول من جديد بكلمة المرور.
}
unlock-submit = فتح القفل
unlock-wrong-pin = { $left ->
    [zero] الرمز غير صحيح. لم تبقَ لكم أي محاولة.
    [one] الرمز غير صحيح. بقيت لكم محاولة واحدة.
    [two] الرمز غير صحيح. بقيت لكم محاولتان.
    [few] الرمز غير صحيح. بقيت لكم { $left } محاولات.
    [many] الرمز غير صحيح. بقيت لكم { $left } محاولة.
   *[other] الرمز غير صحيح. بقيت لكم { $left } محاولة.
}
unlock-biometric = استعمال البصمة أو الوجه
unlock-biometric-refused = لم يتم التعرف على البصمة أو الوجه. أدخلوا رمزكم.
unlock-biometric-reason = فتح قفل MaCNSS
unlock-unreachable = الرمز صحيح، لكن الخدمة لا تستجيب. تحققوا من الاتصال ثم اضغطوا على «فتح القفل».
unlock-forgot = نسيتم الرمز؟ تسجيل الدخول بكلمة المرور
lost-phone-title = لم يعد بإمكاني الوصول إلى رقمي
lost-phone-intro = فقدتم هاتفكم أو تغيّر رقمكم؟ يمكنكم مع ذلك استرجاع حسابكم.
lost-phone-email-heading = عبر البريد الإلكتروني
lost-phone-email = اختاروا «نسيت كلمة المرور» ثم «عبر البريد الإلكتروني»: يُرسَل رمز إلى عنوان حسابكم. بعد تسجيل الدخول، غيِّروا رقمكم في «حسابي».
lost-phone-email-action = تلقي رمز عبر البريد الإلكتروني
lost-phone-agency-heading = في الوكالة
lost-phone-agency = إذا لم يعد بإمكانكم الوصول لا إلى رقمكم ولا إلى بريدكم الإلكتروني، يمكن لإحدى وكالات الصندوق الوطني للضمان الاجتماعي تحيين معلومات الاتصال الخاصة بكم. أحضروا:
lost-phone-bring-id = بطاقتكم الوطنية (أو جواز سفركم أو بطاقة إقامتكم) سارية الصلاحية؛
lost-phone-bring-number = رقم تسجيلكم في الصندوق الوطني للضمان الاجتماعي إن كان لديكم؛
lost-phone-bring-phone = رقم الهاتف المحمول الجديد المراد تسجيله.
lost-phone-agencies = البحث عن وكالة
lost-phone-back = العودة إلى تسجيل الدخول
lock-not-offered = رمز التطبيق متاح في تطبيق أندرويد وآيفون والحاسوب. في المتصفح، تنتهي جلستكم عند إغلاق علامة التبويب: على حاسوب مشترك، اختاروا «تسجيل الخروج» عند المغادرة.
unlock-biometric-waiting = ضعوا إصبعكم أو انظروا إلى الشاشة، أو أدخلوا رمزكم.
