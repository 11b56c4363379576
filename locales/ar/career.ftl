# career — ar: «مساري المهني» و«التبليغ عن تصريح ناقص».
career-title = مساري المهني
career-dependant = المسار المهني هو مسار المؤمَّن له الذي تستفيدون بصفتكم ذوي حقوقه: هو وحده من يمكنه الاطلاع عليه في فضائه الخاص.
career-empty = لم يصل أي تصريح بالأجر باسمكم. إذا كنتم قد اشتغلتم، بلِّغوا عن التصريح الناقص أو اتصلوا بالصندوق الوطني للضمان الاجتماعي.
career-rights-heading = حقوقكم
career-rights-as-of = محسوبة بتاريخ { $date } انطلاقًا من تصريحاتكم.
career-benefit-daily-sickness = التعويضات اليومية عن المرض
career-benefit-family-allowances = التعويضات العائلية
career-benefit-job-loss = التعويض عن فقدان الشغل
career-benefit-old-age-pension = معاش الشيخوخة
career-eligible = يحق لكم الاستفادة منه
career-days-missing = { $days ->
    [one] ينقصكم يوم واحد
    [two] ينقصكم يومان
    [few] ينقصكم { $days } أيام
    [many] ينقصكم { $days } يومًا
   *[other] ينقصكم { $days } يوم
}
career-not-eligible = لا يحق لكم الاستفادة منه بعد
career-condition-met = شرط مستوفى:
career-condition-unmet = شرط غير مستوفى:
career-rule-days-within = { $months ->
    [one] عدد الأيام المصرَّح بها خلال الشهر الأخير: { $required } على الأقل (لديكم { $actual })
    [two] عدد الأيام المصرَّح بها خلال الشهرين الأخيرين: { $required } على الأقل (لديكم { $actual })
    [few] عدد الأيام المصرَّح بها خلال آخر { $months } أشهر: { $required } على الأقل (لديكم { $actual })
    [many] عدد الأيام المصرَّح بها خلال آخر { $months } شهرًا: { $required } على الأقل (لديكم { $actual })
   *[other] عدد الأيام المصرَّح بها خلال آخر { $months } شهر: { $required } على الأقل (لديكم { $actual })
}
career-rule-days-total = عدد الأيام المصرَّح بها طوال مساركم المهني: { $required } على الأقل (لديكم { $actual })
career-rule-age = بلوغ سن { $required } (سنكم: { $actual })
career-rule-applied-in-time = تقديم الطلب داخل أجل { $required } يومًا من فقدان الشغل (مرّ على فقدانه { $actual } يومًا)
career-rule-salary = { $months ->
    [few] معدل أجر شهري لا يقل عن { $required } خلال آخر { $months } أشهر، أي { $percent }% من الحد الأدنى للأجور (معدل أجركم: { $actual })
    [many] معدل أجر شهري لا يقل عن { $required } خلال آخر { $months } شهرًا، أي { $percent }% من الحد الأدنى للأجور (معدل أجركم: { $actual })
   *[other] معدل أجر شهري لا يقل عن { $required } خلال آخر { $months } شهر، أي { $percent }% من الحد الأدنى للأجور (معدل أجركم: { $actual })
}
career-report-missing = التبليغ عن تصريح ناقص
career-totals-heading = مجاميعكم
career-total-all = منذ البداية
career-total-last = { $months ->
    [few] آخر { $months } أشهر
    [many] آخر { $months } شهرًا
   *[other] آخر { $months } شهر
}
career-total-value = الأيام المصرَّح بها: { $days } · الأجور: { $salary }
career-gaps-heading = أشهر بدون تصريح
career-gaps-none = لا ينقص أي شهر بين أول تصريح وآخر تصريح لكم.
career-gap = لا يوجد أي تصريح في { $month }
career-gap-report = التبليغ
career-declarations-heading = تصريحاتي، شهرًا بشهر
career-year = { $year } ({ $count ->
    [one] تصريح واحد
    [two] تصريحان
    [few] { $count } تصريحات
    [many] { $count } تصريحًا
   *[other] { $count } تصريح
})
career-declaration-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
career-reports-title = التبليغ عن تصريح ناقص
career-reports-intro = هل ينقص شهر في مساركم المهني؟ حدِّدوا المشغل والشهر: يطلب الصندوق من المشغل التصريح به.
career-report-no-employer = لم يصرِّح بكم أي مشغل بعد، لذلك لا يمكن للصندوق معرفة الجهة التي يتوجه إليها. اتصلوا بالصندوق الوطني للضمان الاجتماعي مع بيانات أجوركم.
career-report-employer = المشغل
career-report-employer-choose = اختاروا مشغلًا
career-report-month = الشهر الناقص
career-report-month-choose = اختاروا شهرًا
career-report-month-other = شهر آخر
career-report-month-input = شهر آخر
    .hint = السنة ثم الشهر، مثلًا 2026-03 لشهر مارس 2026.
career-report-submit = إرسال الشكاية
career-report-sent-heading = تم إرسال الشكاية
career-report-reference = المرجع
career-report-sent-body = يطلب الصندوق من مشغلكم التصريح بهذا الشهر. تابعوا تقدم الشكاية أدناه بواسطة هذا المرجع.
career-report-another = التبليغ عن شهر آخر
career-reports-heading = شكاياتي
career-reports-empty = لم ترسلوا أي شكاية.
career-report-item = { $month } – { $employer }
career-report-state-submitted = مُرسَلة
career-report-state-in-review = قيد الدراسة
career-report-state-resolved = تمت التسوية: أصبح الشهر يظهر في مساركم المهني
career-report-state-rejected = مرفوضة
career-report-rejected-hint = يفيد المشغل بأنكم لم تشتغلوا لديه خلال ذلك الشهر. إذا كانت لديكم بيانات أجور، اتصلوا بالصندوق الوطني للضمان الاجتماعي.
career-report-submitted-on = تاريخ الإرسال
career-report-updated-on = آخر تحديث
