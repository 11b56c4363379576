welcome-title = Welcome to { -brand }
welcome-intro = Your personal CNSS space, for insured persons and their dependants.
welcome-create-account = Create my account
welcome-sign-in = Sign in
