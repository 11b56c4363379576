# Formats of amounts, dates and months (French is the reference).
# { $amount } is already written with its digits, separators and decimals.
format-amount = { $amount } DH
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
format-date = { $day } { $month } { $year }
format-month = { $month } { $year }
