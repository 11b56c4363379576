error-validation-failed = يجب تصحيح بعض المعلومات.
error-malformed-request = أرسل التطبيق طلبًا غير مكتمل. حدِّثوا التطبيق ثم أعيدوا المحاولة.
error-payload-too-large = المعلومات المرسلة طويلة جدًا. تحققوا من الحقول ثم أعيدوا المحاولة.
error-identity-not-found = لم نجد أي شخص بهذه المعلومات. تحققوا من رقم وتواريخ وثيقة هويتكم.
error-id-document-expired = انتهت صلاحية وثيقة هويتكم. جدِّدوها أو استعملوا وثيقة أخرى صالحة.
error-account-exists = لديكم حساب بالفعل. سجِّلوا الدخول، أو اختاروا «نسيت كلمة المرور».
error-transaction-expired = انتهت صلاحية طلبكم. ابدؤوا من جديد.
error-code-invalid = { $remaining ->
    [zero] الرمز غير صحيح. لم تبقَ لكم أي محاولة.
    [one] الرمز غير صحيح. بقيت لكم محاولة واحدة.
    [two] الرمز غير صحيح. بقيت لكم محاولتان.
    [few] الرمز غير صحيح. بقيت لكم { $remaining } محاولات.
    [many] الرمز غير صحيح. بقيت لكم { $remaining } محاولة.
   *[other] الرمز غير صحيح. بقيت لكم { $remaining } محاولة.
}
error-code-expired = انتهت صلاحية الرمز. اطلبوا رمزًا جديدًا.
error-too-many-attempts = محاولات كثيرة جدًا. أعيدوا المحاولة بعد { $minutes } دقيقة.
error-resend-too-soon = يمكنكم طلب رمز جديد بعد { $seconds } ثانية.
error-rate-limited = طلبات كثيرة جدًا. أعيدوا المحاولة بعد { $minutes } دقيقة.
error-invalid-credentials = المعرِّف أو كلمة المرور غير صحيحين.
error-slow-down = محاولات دخول كثيرة جدًا. أعيدوا المحاولة بعد { $seconds } ثانية، أو اختاروا «نسيت كلمة المرور».
error-password-too-weak = كلمة المرور هذه غير مناسبة. اختاروا كلمة أخرى.
error-password-change-required = اختاروا أولًا كلمة مروركم الجديدة.
error-temporary-password-expired = انتهت صلاحية كلمة المرور المؤقتة. اختاروا «نسيت كلمة المرور» لتحديد كلمة جديدة.
error-session-expired = انتهت صلاحية جلستكم. سجِّلوا الدخول من جديد.
error-app-version-unsupported = لم يعد هذا الإصدار من التطبيق مدعومًا. حدِّثوه.
error-not-found = هذه الصفحة غير موجودة.
error-internal = تواجه الخدمة مشكلة. أعيدوا المحاولة بعد بضع دقائق.
error-offline = لا يوجد اتصال بالإنترنت. تحققوا من الاتصال ثم أعيدوا المحاولة.
error-timeout = الخدمة تستغرق وقتًا طويلًا للرد. أعيدوا المحاولة.
error-server-unavailable = الخدمة غير متاحة مؤقتًا. أعيدوا المحاولة بعد بضع دقائق.
field-error-required = هذا الحقل إلزامي.
field-error-cnie-format = أدخلوا رقم البطاقة الوطنية: حرف أو حرفان ثم أرقام، مثلًا AB123456.
field-error-passport-format = أدخلوا رقم جواز السفر: من 6 إلى 12 حرفًا ورقمًا.
field-error-residence-card-format = أدخلوا رقم بطاقة الإقامة: حرف أو حرفان ثم من 4 إلى 10 أرقام.
field-error-account-id-format = أدخلوا رقمًا من 9 أرقام.
field-error-phone-format = أدخلوا رقم هاتف محمول مغربي، مثلًا 06 12 34 56 78.
field-error-email-format = أدخلوا عنوان بريد إلكتروني، مثلًا nom@exemple.ma.
field-error-date-invalid = أدخلوا تاريخًا صحيحًا، مثلًا 17 05 1980.
field-error-date-in-future = يجب أن يكون التاريخ في الماضي.
field-error-date-too-old = تحققوا من السنة.
field-error-date-too-far = تحققوا من سنة تاريخ انتهاء الصلاحية.
field-error-document-expired = انتهت صلاحية وثيقة هويتكم. استعملوا وثيقة صالحة.
field-error-code-format = أدخلوا الرمز المكوَّن من 6 أرقام.
field-error-password-too-short = يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.
field-error-password-too-long = يجب ألا تتجاوز كلمة المرور 128 حرفًا.
field-error-password-common = كلمة المرور هذه شائعة جدًا وسهلة التخمين. اختاروا كلمة أخرى.
field-error-password-contains-identifier = يجب ألا تحتوي كلمة المرور على معرِّفكم.
field-error-terms-not-accepted = ضعوا علامة في الخانة لقبول الشروط العامة للاستخدام.
field-error-required-insured-id = أدخلوا رقم تسجيل المؤمَّن له.
field-error-required-document-number = أدخلوا رقم وثيقة هويتكم.
field-error-required-document-expiry = أدخلوا تاريخ انتهاء صلاحية وثيقة هويتكم.
field-error-required-birth-date = أدخلوا تاريخ ازديادكم.
field-error-required-phone = أدخلوا رقم هاتفكم المحمول.
field-error-required-email = أدخلوا عنوان بريدكم الإلكتروني.
field-error-required-code = أدخلوا الرمز المكوَّن من 6 أرقام الذي توصلتم به.
field-error-required-identifier = أدخلوا معرِّفكم.
field-error-required-password = أدخلوا كلمة المرور.
field-error-required-new-password = أدخلوا كلمة مرور جديدة.
field-error-required-channel = اختاروا أين تريدون تلقي الرمز.
error-idempotency-key-reused = تغيّر طلبكم منذ إرساله أول مرة. ارجعوا إلى الخطوة السابقة ثم أعيدوا المحاولة.
error-request-in-progress = طلبكم السابق ما زال قيد المعالجة. انتظروا بضع ثوانٍ ثم أعيدوا المحاولة.
error-service-unavailable = الخدمة غير متاحة مؤقتًا. أعيدوا المحاولة بعد بضع دقائق.
field-error-rib-format = أدخلوا الأرقام الأربعة والعشرين لرقم حسابكم البنكي (RIB) كما تظهر في شهادة الهوية البنكية.
field-error-rib-key = رقم الحساب البنكي (RIB) هذا غير صحيح: تحققوا من الأرقام الأربعة والعشرين، وخاصة الرقمين الأخيرين (المفتاح).
field-error-month-out-of-range = اختاروا شهرًا انتهى، منذ بداية مساركم المهني.
field-error-month-declared = صرّح هذا المشغّل بهذا الشهر فعلًا: تحقّقوا من الشهر، أو اتصلوا بوكالتكم إذا كانت الأيام المصرّح بها غير صحيحة.
field-error-employer-unknown = اختاروا أحد مشغليكم من القائمة.
error-not-available = هذه الخدمة خاصة بالمؤمَّن له. سجلوا الدخول بحسابه، أو اتصلوا بالصندوق الوطني للضمان الاجتماعي.
error-file-type-refused = هذا الملف غير مقبول. أرسلوا صورة (JPEG أو PNG) أو ملف PDF.
error-certificate-not-expected = لا يُنتظر أي شهادة لهذا الطفل حاليًا. حدِّثوا الصفحة للاطلاع على وضعيته.
error-report-exists = سبق أن أبلغتم عن هذا الشهر لدى هذا المشغل، وما زالت الشكاية قيد المعالجة. تابعوها في «شكاياتي».
error-current-session = هذا هو الجهاز الذي تستعملونه. لتسجيل الخروج منه، اختاروا «تسجيل الخروج».
field-error-confirmation-missing = ضعوا علامة في الخانة للتأكيد.
field-error-unchanged = هذا هو المسجَّل في حسابكم حاليًا. أدخلوا رقمًا أو عنوانًا جديدًا.
field-error-device-invalid = أرسل التطبيق وصفًا غير صحيح للجهاز. حدِّثوا التطبيق.
field-error-required-current-password = أدخلوا كلمة المرور الحالية.
field-error-required-destination = أدخلوا الرقم الجديد أو العنوان الجديد.
