welcome-title = Welcome to { -brand }
welcome-intro = Your personal CNSS space, for insured persons and their dependants.
welcome-create-account = Create my account
welcome-sign-in = Sign in
welcome-purpose = Your reimbursements, family allowances, career and payments, in one place.
welcome-verify = Check a certificate
