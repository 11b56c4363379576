# The web's first moments, before the language's messages are fetched (awaits a native
# speaker's review, as every zgh file).
boot-loading = ⴰⵙⴰⴷⴰⴼ ⵏ MaCNSS…
boot-failed = ⵓⵔ ⵉⵥⴹⴰⵕ MaCNSS ⴰⴷ ⵉⴽⵛⵎ. ⵙⵙⵏⵜⵍ ⴰⵣⴷⴰⵢ ⵏⵏⴽ, ⵜⵓⵔⴰ ⴰⵍⵙⴰⵜ ⴰⵔⵎ.
boot-retry = ⴰⵍⵙⴰⵜ ⴰⵔⵎ
