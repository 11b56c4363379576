# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# Shared across screens.
-brand = MaCNSS
page-title = { $screen } – { -brand }
common-back = ⴰⵖⵓⵍ
common-language = ⵜⵓⵜⵍⴰⵢⵜ
common-loading = ⴰⵙⴰⵍⵉ…
common-retry = ⴰⵍⵙⴰⵜ ⴰⵔⵎ
common-step = ⵜⴰⵙⵓⵔⵉⴼⵜ { $current } ⵙⴳ { $total }
common-error-summary-title = ⵍⵍⴰⵏ ⵉⵎⵓⴽⵔⵉⵙⵏ
common-sending = ⴰⵣⴰⵏ…
common-brand = { -brand }
common-brand-tagline = ⵜⴰⵙⵏⴷⵓⵇⵜ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵓⵙⵓⴷⵙ ⴰⵏⴰⵎⵓⵏ
common-account = ⴰⵎⵉⴹⴰⵏ : { $name }
