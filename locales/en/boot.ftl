# The web's first moments, before the language's messages are fetched.
boot-loading = Loading MaCNSS…
boot-failed = MaCNSS could not load. Check your connection, then try again.
boot-retry = Try again
