# The web's first moments, before the language's messages are fetched (compiled into every
# build: the only messages of the first download besides the fetched ones).
boot-loading = Chargement de MaCNSS…
boot-failed = MaCNSS n'a pas pu se charger. Vérifiez votre connexion puis réessayez.
boot-retry = Réessayer
