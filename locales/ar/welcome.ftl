welcome-title = مرحبًا بكم في { -brand }
welcome-intro = فضاؤكم الشخصي في الصندوق الوطني للضمان الاجتماعي، للمؤمَّن لهم وذوي حقوقهم.
welcome-create-account = إنشاء حسابي
welcome-sign-in = تسجيل الدخول
welcome-purpose = تعويضاتكم وتعويضاتكم العائلية ومساركم المهني ومدفوعاتكم، في مكان واحد.
welcome-verify = التحقق من شهادة
