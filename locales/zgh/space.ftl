# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# «Mon espace», its service cards and the freshness of every record screen.
space-services-heading = ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵉⵏⵓ
space-career-title = ⴰⴱⵔⵉⴷ ⵉⵏⵓ ⵏ ⵜⵡⵓⵔⵉ
space-career-last = ⵉⵙⵍⵖⵓⵜⵏ : ⴰⵎⴳⴳⴰⵔⵓ ⴳ { $month }
space-career-none = ⵓⵔ ⴷ ⵢⵓⵛⴽⵉ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵙⵍⵖⵓ ⴰⵔ ⴷⵖⵉ
space-claims-title = ⵉⵙⵙⵓⵖⵍⵏ ⵉⵏⵓ
space-claims-open = { $count ->
    [0] ⵓⵍⴰ ⴰⵙⴷⵍⵉⵙ ⴰⵔ ⵉⵜⵜⵓⵙⵎⵔⴰⵙ
    [one] 1 ⵓⵙⴷⵍⵉⵙ ⴰⵔ ⵉⵜⵜⵓⵙⵎⵔⴰⵙ
   *[other] { $count } ⵉⵙⴷⵍⵉⵙⵏ ⴰⵔ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ
}
space-claims-incomplete = { $count ->
    [one] 1 ⵓⵙⴷⵍⵉⵙ ⵓⵔ ⵉⴽⵎⵎⵍⵏ
   *[other] { $count } ⵉⵙⴷⵍⵉⵙⵏ ⵓⵔ ⵉⴽⵎⵎⵍⵏ
}
space-amo-open-until = ⵉⵣⵔⴼⴰⵏ AMO ⵕⵥⵎⵏ ⴰⵔ { $date }
space-amo-open = ⵉⵣⵔⴼⴰⵏ AMO ⵕⵥⵎⵏ
space-amo-closed = ⵉⵣⵔⴼⴰⵏ AMO ⵇⵇⵏⵏ
space-family-title = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ ⴷ TAWIDATY
space-family-certificates = { $count ->
    [one] TAWIDATY : 1 ⵓⵙⵏⵜⵎ ⴰⴷ ⵉⵜⵜⵓⵣⵏ ⵇⴱⵍ { $date }
   *[other] TAWIDATY : { $count } ⵉⵙⵏⵜⵎⵏ ⴰⴷ ⵜⵜⵓⵣⵏⵏ ⵇⴱⵍ { $date }
}
space-family-certificates-undated = { $count ->
    [one] TAWIDATY : 1 ⵓⵙⵏⵜⵎ ⴰⴷ ⵉⵜⵜⵓⵣⵏ
   *[other] TAWIDATY : { $count } ⵉⵙⵏⵜⵎⵏ ⴰⴷ ⵜⵜⵓⵣⵏⵏ
}
space-family-children = { $count ->
    [0] ⵓⵍⴰ ⴰⵔⴱⴰ ⵉⵜⵜⵓⵙⵍⵖⵏ
    [one] 1 ⵓⵔⴱⴰ
   *[other] { $count } ⵉⵔⴱⴰⵜⵏ
}
space-payments-title = ⵉⵅⵍⵍⵚⵏ ⵉⵏⵓ
space-payments-last = ⴰⵅⵍⵍⵚ ⴰⵎⴳⴳⴰⵔⵓ ⴳ { $date }
space-payments-none = ⵓⵍⴰ ⴰⵅⵍⵍⵚ ⴰⵔ ⴷⵖⵉ
space-account-link = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ : ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ, ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ, ⵜⵉⵍⵍⴰⵍ
space-attestations-title = ⵉⵙⵍⴽⵉⵏⵏ ⵉⵏⵓ
space-attestations-line = ⴰⵣⵎⵎⴻⵎ, ⵜⵉⵖⵔⵉⴷⵉⵏ, ⵉⵣⵔⴼⴰⵏ AMO, ⵜⵉⵡⵉⵙⵉⵡⵉⵏ, ⵜⴰⵏⴰⴳⵎⵓⵜ
space-attestations-dependant = ⵉⵣⵔⴼⴰⵏ AMO ⵏⵏⵓⵏ
space-inbox-title = ⵜⵉⵣⵏⴰⵇⵉⵏ ⵉⵏⵓ
space-inbox-unread = { $count ->
    [0] ⵓⵍⴰ ⵜⴰⵣⵏⵇⵉⵜ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
    [one] 1 ⵜⵣⵏⵇⵉⵜ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
   *[other] { $count } ⵜⵉⵣⵏⴰⵇⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
}
