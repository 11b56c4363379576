# space — ar: «فضائي»، بطاقات الخدمات وتاريخ تحديث كل صفحة.
space-services-heading = خدماتي
space-career-title = مساري المهني
space-career-last = التصريحات: آخرها في { $month }
space-career-none = لم يصل أي تصريح إلى حدود الآن
space-claims-title = ملفات استرجاع مصاريف العلاج
space-claims-open = { $count ->
    [0] لا يوجد أي ملف قيد المعالجة
    [one] ملف واحد قيد المعالجة
    [two] ملفان قيد المعالجة
    [few] { $count } ملفات قيد المعالجة
    [many] { $count } ملفًا قيد المعالجة
   *[other] { $count } ملف قيد المعالجة
}
space-claims-incomplete = { $count ->
    [one] ملف واحد ناقص
    [two] ملفان ناقصان
    [few] { $count } ملفات ناقصة
    [many] { $count } ملفًا ناقصًا
   *[other] { $count } ملف ناقص
}
space-amo-open-until = الحقوق في التأمين الإجباري عن المرض مفتوحة إلى غاية { $date }
space-amo-open = الحقوق في التأمين الإجباري عن المرض مفتوحة
space-amo-closed = الحقوق في التأمين الإجباري عن المرض مغلقة
space-family-title = التعويضات العائلية وتعويضاتي
space-family-certificates = { $count ->
    [one] تعويضاتي: شهادة واحدة يجب إرسالها قبل { $date }
    [two] تعويضاتي: شهادتان يجب إرسالهما قبل { $date }
    [few] تعويضاتي: { $count } شهادات يجب إرسالها قبل { $date }
    [many] تعويضاتي: { $count } شهادةً يجب إرسالها قبل { $date }
   *[other] تعويضاتي: { $count } شهادة يجب إرسالها قبل { $date }
}
space-family-certificates-undated = { $count ->
    [one] تعويضاتي: شهادة واحدة يجب إرسالها
    [two] تعويضاتي: شهادتان يجب إرسالهما
    [few] تعويضاتي: { $count } شهادات يجب إرسالها
    [many] تعويضاتي: { $count } شهادةً يجب إرسالها
   *[other] تعويضاتي: { $count } شهادة يجب إرسالها
}
space-family-children = { $count ->
    [0] لا يوجد أي طفل مصرَّح به
    [one] طفل واحد
    [two] طفلان
    [few] { $count } أطفال
    [many] { $count } طفلًا
   *[other] { $count } طفل
}
space-payments-title = دفعاتي
space-payments-last = آخر دفعة بتاريخ { $date }
space-payments-none = لا توجد أي دفعة إلى حدود الآن
space-account-link = حسابي: معلومات الاتصال، كلمة المرور، الأجهزة
space-attestations-title = شهاداتي
space-attestations-line = التسجيل، الأجور، حقوق التأمين عن المرض، التعويضات، المعاش
space-attestations-dependant = حقوقكم في التأمين الإجباري عن المرض
space-inbox-title = رسائلي
space-inbox-unread = { $count ->
    [0] لا توجد أي رسالة غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
