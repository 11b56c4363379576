# inbox — ar: «رسائلي»، ما تخبر به الضمان الاجتماعي الشخص عن ملفاته وحسابه.
inbox-title = رسائلي
inbox-intro = ما يخبركم به الصندوق الوطني للضمان الاجتماعي عن ملفاتكم وحسابكم. المسوا رسالة لفتح الصفحة التي تخصها.
inbox-unread-count = { $count ->
    [0] لا توجد أي رسالة غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
inbox-read-all = تعليم الكل كمقروء
inbox-empty = لا توجد أي رسالة حاليًا. سيتم إخباركم هنا عندما يتقدم ملف، أو عندما يؤدي لكم الصندوق مبلغًا، أو عندما يتغير حسابكم.
inbox-more = عرض الرسائل الأقدم
inbox-unread = غير مقروءة
inbox-received = يوم { $date } على الساعة { $time }
inbox-list-label = الرسائل، غير المقروءة أولًا

## One line per kind of message
inbox-claim-changed = ملف استرجاع المصاريف: { $state }
inbox-payment-made = أداء من الصندوق: { $kind }
inbox-certificate-required = تعويضاتي: شهادة مدرسية مطلوبة قبل { $date }
inbox-certificate-due-soon = تعويضاتي: تذكير، الشهادة المدرسية منتظرة قبل { $date }
inbox-certificate-accepted = تعويضاتي: تم قبول الشهادة المدرسية المرسلة
inbox-certificate-refused = تعويضاتي: تم رفض الشهادة المرسلة، { $reason }. أرسلوا شهادة أخرى قبل { $date }
inbox-certificate-refused-undated = تعويضاتي: تم رفض الشهادة المرسلة، { $reason }
inbox-allowance-suspended = تم توقيف التعويضات العائلية عن طفل: لم تصل الشهادة المدرسية في الوقت
inbox-attestation-revoked = { $kind } ملغاة: لم يعد رمزها يتحقق عبر الإنترنت
inbox-new-sign-in = اتصال جديد بحسابكم من جهاز آخر. إذا لم تكونوا أنتم، افصلوه وغيروا كلمة المرور.
inbox-password-changed = تم تغيير كلمة المرور
inbox-password-reset = تمت إعادة تعيين كلمة المرور عبر «نسيت كلمة المرور»
inbox-bank-changed = تم تغيير الحساب البنكي (RIB) الذي تُؤدى إليه مبالغكم. إذا لم تكونوا أنتم، اتصلوا بالصندوق.

# The message a notification named, while it opens.
inbox-open-title = رسالة
inbox-opening = جارٍ فتح الرسالة…
inbox-open-all = عرض كل رسائلي

# Push notifications: offered here, in context, once a message worth it has come.
inbox-push-offer-heading = التوصل بالإشعارات على هذا الجهاز
inbox-push-offer-text = سيخبركم إشعار بوصول رسالة، دون أي معلومة شخصية: لا اسم ولا مبلغ ولا رقم. تقرؤونها هنا.
inbox-push-offer-enable = تفعيل الإشعارات
inbox-push-offer-asking = جارٍ التفعيل…
inbox-push-offer-not-now = ليس الآن
inbox-push-on = الإشعارات مفعلة على هذا الجهاز.
inbox-push-denied = الإشعارات مرفوضة على هذا الجهاز. يمكنكم تغيير ذلك في إعداداته؛ تبقى رسائلكم هنا.
inbox-push-unsupported = لا يمكن لهذا الجهاز استقبال الإشعارات. تبقى رسائلكم هنا، في «رسائلي».
inbox-push-topics-heading = الإشعارات
inbox-push-topics-legend = أخبروني بخصوص:
inbox-push-topic-claims = ملفات استرجاع مصاريف التأمين الإجباري عن المرض
inbox-push-topic-payments = الدفعات
inbox-push-topic-family = التعويضات العائلية وتواصيلتي
inbox-push-topic-attestations = الشهادات
inbox-push-topic-security = أمان حسابي
inbox-push-topics-hint = يسري هذا الاختيار على جميع أجهزتكم. تبقى كل رسائلكم في «رسائلي».
