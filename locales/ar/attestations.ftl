# attestations — ar: «شهاداتي» (الفضاء الخاص) و«التحقق من شهادة» (عمومي).

## الشهادات (المطبوع 310-1-34)
attestations-kind-immatriculation = شهادة التسجيل
attestations-kind-salary-declaration = شهادة التصريح بالأجور
attestations-kind-amo-rights = شهادة الحقوق في التأمين الإجباري الأساسي عن المرض
attestations-kind-family-allowances = شهادة الاستفادة أو عدم الاستفادة من التعويضات العائلية
attestations-kind-pension = شهادة تقاضي المعاش
attestations-kind-non-immatriculation = شهادة عدم التسجيل
attestations-title-family-allowances-receiving = شهادة الاستفادة من التعويضات العائلية
attestations-title-family-allowances-not-receiving = شهادة عدم الاستفادة من التعويضات العائلية
attestations-purpose-immatriculation = تشهد بأنكم مسجلون في الصندوق الوطني للضمان الاجتماعي، مع رقم تسجيلكم.
attestations-purpose-salary-declaration = تشهد بالأجور والأيام المصرح بها باسمكم خلال الفترة التي تختارونها.
attestations-purpose-amo-rights = تشهد بحقوق المؤمَّن له أو أحد ذوي حقوقه في التأمين الإجباري الأساسي عن المرض.
attestations-purpose-family-allowances = تشهد بأنكم تستفيدون أو لا تستفيدون من التعويضات العائلية هذا الشهر.
attestations-purpose-pension = تشهد بالمعاش الذي يصرفه لكم الصندوق.
attestations-purpose-non-immatriculation = تشهد بأن شخصًا ليس له رقم تسجيل في الصندوق الوطني للضمان الاجتماعي.
attestations-unavailable-insured-only = خاصة بالمؤمَّن له: تُطلب من حسابه هو.
attestations-unavailable-no-pension = لا تتقاضون أي معاش من الصندوق الوطني للضمان الاجتماعي.
attestations-unavailable-no-declarations = لم يُصرَّح بعد بأي أجر باسمكم: لا توجد فترة يُشهد بها.
attestations-unavailable-public-only = تُسلَّم في وكالات الصندوق: تخص شخصًا ليس له رقم تسجيل، أي ليس له حساب.
attestations-find-agency = العثور على وكالة للصندوق
attestations-relation-insured = المؤمَّن له
attestations-relation-spouse = الزوج أو الزوجة
attestations-relation-child = الابن أو البنت

## ما تشهد به الوثيقة
attestations-holder = صاحب الشهادة
attestations-immatriculation = رقم التسجيل
attestations-masked-id = وثيقة الهوية (مُخفاة)
attestations-attests = ما تشهد به
attestations-issued-on = تاريخ التسليم
attestations-reference = المرجع
attestations-facts-immatriculation = مسجل في الصندوق الوطني للضمان الاجتماعي.
attestations-facts-immatriculation-since = مسجل في الصندوق الوطني للضمان الاجتماعي منذ { $date }.
attestations-facts-salary-declaration = من { $from } إلى { $to }: { $months ->
    [zero] لا شهر مصرح به
    [one] شهر واحد مصرح به
    [two] شهران مصرح بهما
    [few] { $months } أشهر مصرح بها
    [many] { $months } شهرًا مصرحًا به
   *[other] { $months } شهر مصرح به
}، { $days ->
    [zero] ولا يوم
    [one] ويوم واحد
    [two] ويومان
    [few] و{ $days } أيام
    [many] و{ $days } يومًا
   *[other] و{ $days } يوم
}، وأجر مصرح به قدره { $salary }.
attestations-facts-amo-open-until = حقوق { $name } ({ $relation }) في التأمين الإجباري عن المرض: مفتوحة إلى غاية { $date }.
attestations-facts-amo-open = حقوق { $name } ({ $relation }) في التأمين الإجباري عن المرض: مفتوحة.
attestations-facts-amo-closed = حقوق { $name } ({ $relation }) في التأمين الإجباري عن المرض: مغلقة.
attestations-facts-family-receiving = يستفيد من التعويضات العائلية عن { $count ->
    [zero] لا طفل
    [one] طفل واحد
    [two] طفلين
    [few] { $count } أطفال
    [many] { $count } طفلًا
   *[other] { $count } طفل
}: { $amount } في الشهر.
attestations-facts-family-not-receiving = لا يستفيد من التعويضات العائلية هذا الشهر.
attestations-facts-pension = يتقاضى معاشًا قدره { $amount } في الشهر منذ { $date }.

## «شهاداتي»
attestations-title = شهاداتي
attestations-intro = أنشئوا شهادة موقَّعة من الصندوق الوطني للضمان الاجتماعي، بالعربية والفرنسية. يمكن لأي شخص التحقق من صحتها، حتى دون اتصال بالإنترنت.
attestations-offers-heading = طلب شهادة
attestations-ask = طلبها
attestations-issued-heading = الشهادات المسلَّمة
attestations-issued-none = لم تُسلَّم أي شهادة إلى حدود الآن.
attestations-issued-line = سُلِّمت في { $date } · المرجع { $reference }
attestations-verify-link = التحقق من شهادة
attestations-back-list = الرجوع إلى شهاداتي
attestations-choose-first = اختاروا أولًا من القائمة الشهادة المراد إنشاؤها.

## الاستمارة
attestations-period = الفترة
attestations-period-hint = الأشهر المصرح بها باسمكم من { $from } إلى { $to }. عشر سنوات على الأكثر.
attestations-period-from = الشهر الأول
attestations-period-to = الشهر الأخير
attestations-month-format = الصيغة: AAAA-MM، مثلًا 2026-01
attestations-period-outside = اختاروا أشهرًا بين { $from } و{ $to }: هي الأشهر المصرح بها باسمكم.
attestations-beneficiary = لمن؟
attestations-beneficiary-choose = اختاروا شخصًا
attestations-beneficiary-option = { $name } ({ $relation })
attestations-generate = إنشاء
attestations-generating = جارٍ إنشاء شهادتكم…
attestations-generated = شهادتكم جاهزة.

## الوثيقة
attestations-document-title = شهادة
attestations-not-found = هذه الشهادة ليست من بين الشهادات التي سُلِّمت لكم.
attestations-download-pdf = تنزيل ملف PDF
attestations-share-pdf = مشاركة ملف PDF
attestations-pdf-size = ملف PDF، { $size } كيلوبايت
attestations-saving = جارٍ تحضير ملف PDF…
attestations-saved-in = حُفظ ملف PDF في:
attestations-downloaded = نُزِّل ملف PDF: { $name }
attestations-shared = سُلِّم ملف PDF إلى خاصية المشاركة في هاتفكم.
attestations-not-saved = تعذر حفظ ملف PDF على هذا الجهاز. أعيدوا المحاولة؛ وإن تكرر ذلك، فحرِّروا بعض المساحة.
attestations-code-heading = التحقق
attestations-code-intro = يحمل رمز QR في ملف PDF هذا الرابط. يمكن لأي شخص فتحه، أو لصقه في «التحقق من شهادة» داخل التطبيق، للتأكد من صحتها.

## «التحقق من شهادة»
verify-title = التحقق من شهادة
verify-intro = الصقوا الرابط المقروء من رمز QR للشهادة، أو رمزها (يبدأ بـ MC1.). يتم التحقق على هذا الجهاز، حتى دون اتصال بالإنترنت.
verify-code-label = رابط الشهادة أو رمزها
verify-code-hint = مثلًا: https://…/v/…#MC1.…
verify-required = الصقوا رابط الشهادة أو رمزها.
verify-submit = تحقق
verify-valid = شهادة صحيحة: وقَّعها الصندوق الوطني للضمان الاجتماعي.
verify-revocation = قد تكون الشهادة أُلغيت بعد تسليمها: وحدها صفحة التحقق على موقع الصندوق تُبيِّن ذلك.
verify-online-link = التحقق من الإلغاء عبر الإنترنت
verify-invalid = هذه الشهادة غير صحيحة
verify-malformed = هذا ليس رمز شهادة، أو أنه ناقص. انسخوا الرابط أو الرمز كاملًا.
verify-unknown-key = لم تُوقَّع بمفتاح من مفاتيح الصندوق. لا تعتمدوا عليها.
verify-bad-signature = توقيعها لا يطابق محتواها: لقد عُدِّلت أو زُوِّرت. لا تعتمدوا عليها.
verify-other-document = هذا الرمز يخص شهادة غير شهادة الرابط.
verify-no-keys = للتحقق دون اتصال، يجب أن يتلقى التطبيق أولًا، مرة واحدة، المفاتيح العمومية للصندوق.
verify-offline-note = تُحفظ المفاتيح العمومية للصندوق على هذا الجهاز بعد أول عملية تحقق.
