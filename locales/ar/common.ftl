app-name = MaCNSS
common-back = رجوع
common-language = اللغة
common-loading = جارٍ التحميل…
common-retry = إعادة المحاولة
common-step = الخطوة { $current } من { $total }
common-error-summary-title = هناك مشكلة
common-sending = جارٍ الإرسال…
