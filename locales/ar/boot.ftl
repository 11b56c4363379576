# The web's first moments, before the language's messages are fetched.
boot-loading = جارٍ تحميل MaCNSS…
boot-failed = تعذّر تحميل MaCNSS. تحقّقوا من اتصالكم ثم أعيدوا المحاولة.
boot-retry = إعادة المحاولة
