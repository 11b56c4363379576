# claims — ar
# «استرجاع مصاريف العلاج» (ملفات التأمين الإجباري الأساسي عن المرض) وما تشترك فيه صفحات الفضاء.
claims-title = ملفات استرجاع مصاريف العلاج
claims-back-space = العودة إلى فضائي
claims-footer-label = صفحات أخرى
claims-contact = الاتصال بالصندوق الوطني للضمان الاجتماعي
claims-filters-heading = تصفية الملفات
claims-filter-state = حالة الملف
claims-filter-all-states = الكل
claims-filter-beneficiary = المستفيد
claims-filter-all-beneficiaries = الكل
claims-beneficiary-you = أنتم
claims-count = { $count ->
        [zero] لا يُعرض أي ملف
        [one] يُعرض ملف واحد
        [two] يُعرض ملفان
        [few] يُعرض { $count } ملفات
        [many] يُعرض { $count } ملفًا
       *[other] يُعرض { $count } ملف
    }
claims-list-heading = ملفاتكم
claims-no-match = لا يوجد أي ملف يطابق هذه الاختيارات.
claims-clear-filters = إلغاء التصفية
claims-empty = ليس لديكم أي ملف لاسترجاع مصاريف العلاج
claims-empty-how = لاسترجاع المصاريف، اطلبوا من طبيبكم ملء ورقة العلاج وتوقيعها، ثم أودعوها بوكالتكم التابعة للصندوق مرفقةً بالوصفة الطبية والفواتير.
claims-empty-later = سيظهر الملف هنا فور توصل الصندوق به.
claims-state-received = تم التوصل به
claims-state-processing = في طور المعالجة
claims-state-incomplete = غير مكتمل
claims-state-reimbursed = تم الاسترجاع
claims-state-refused = مرفوض
claims-care-consultation = استشارة طبية
claims-care-pharmacy = أدوية
claims-care-laboratory = تحاليل مخبرية
claims-care-imaging = أشعة وتصوير طبي
claims-care-dental = علاجات الأسنان
claims-care-optical = بصريات
claims-card-title = { $care } – { $beneficiary }
claims-number-label = ملف رقم
claims-care-date = علاجات بتاريخ { $date }
claims-claimed = المبلغ المطلوب: { $amount }
claims-reimbursed = المبلغ المسترجع: { $amount }
claims-missing = الوثيقة الناقصة: { $document }
claims-missing-prescription = الوصفة الطبية
claims-missing-invoice = الفاتورة المفصلة
claims-missing-doctor-signature = ختم الطبيب وتوقيعه على ورقة العلاج
claims-missing-results = نتائج التحاليل أو التصوير الطبي
claims-refusal = السبب: { $reason }
claims-refusal-late-submission = أودعت ورقة العلاج بعد انقضاء الأجل
claims-refusal-not-covered = علاج أو دواء لا يشمله التأمين الإجباري الأساسي عن المرض
claims-refusal-rights-closed = الحقوق في التأمين الإجباري الأساسي عن المرض مغلقة في تاريخ العلاج
claims-refusal-duplicate = سبق التصريح بهذه العلاجات في ملف آخر
claims-detail-title = ملف استرجاع مصاريف العلاج
claims-detail-facts-heading = الملف
claims-detail-number = رقم الملف
claims-detail-state = الحالة
claims-detail-care = العلاجات
claims-detail-beneficiary = المستفيد
claims-detail-care-date = تاريخ العلاج
claims-detail-received-on = تاريخ التوصل
claims-detail-claimed = المبلغ المطلوب
claims-detail-reimbursed = المبلغ المسترجع
claims-detail-missing = الوثيقة الناقصة
claims-detail-refusal = سبب الرفض
claims-detail-timeline-heading = تتبع الملف
claims-detail-on = بتاريخ { $date }
claims-detail-current = (المرحلة الحالية)
claims-detail-next-heading = ماذا تفعلون الآن؟
claims-next-incomplete = أرسلوا { $document } إلى وكالتكم التابعة للصندوق.
claims-next-incomplete-unknown = تنقص هذا الملف وثيقة: اتصلوا بوكالتكم التابعة للصندوق لمعرفتها.
claims-next-incomplete-number = اذكروا رقم الملف أعلاه: تُستأنف المعالجة فور التوصل بالوثيقة.
claims-next-refused = إذا كنتم ترون أن هذا الرفض خطأ، فاتصلوا بوكالتكم التابعة للصندوق مع ذكر رقم الملف.
claims-next-reimbursed = تم تحويل المبلغ المسترجع إلى حسابكم البنكي.
claims-see-payments = الاطلاع على دفعاتي
claims-next-open = لا يلزمكم أي إجراء: الملف في طور التقدم وهذه الصفحة تتبع كل مراحله.
claims-not-found = هذا الملف غير موجود في حسابكم. تحققوا من الرابط، أو ابحثوا عن ملفاتكم في اللائحة.
claims-back-list = العودة إلى ملفات استرجاع المصاريف
