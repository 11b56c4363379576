# صيغ المبالغ والتواريخ والأشهر. الأرقام لاتينية كما في المغرب.
format-amount = { $amount } درهم
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = ماي
month-6 = يونيو
month-7 = يوليوز
month-8 = غشت
month-9 = شتنبر
month-10 = أكتوبر
month-11 = نونبر
month-12 = دجنبر
format-date = { $day } { $month } { $year }
format-month = { $month } { $year }
