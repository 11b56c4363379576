# «Mes attestations» (private space) and «Vérifier une attestation» (public), in English.

## The attestations (form 310-1-34)
attestations-kind-immatriculation = Certificate of registration
attestations-kind-salary-declaration = Certificate of declared salary
attestations-kind-amo-rights = Certificate of AMO health insurance rights
attestations-kind-family-allowances = Certificate of receiving or not receiving family allowances
attestations-kind-pension = Certificate of pension
attestations-kind-non-immatriculation = Certificate of non-registration
attestations-title-family-allowances-receiving = Certificate of receiving family allowances
attestations-title-family-allowances-not-receiving = Certificate of not receiving family allowances
attestations-purpose-immatriculation = States that you are registered with CNSS, with your number.
attestations-purpose-salary-declaration = States the salaries and days declared in your name over the period you choose.
attestations-purpose-amo-rights = States the compulsory health insurance (AMO) rights of the insured person or a dependant.
attestations-purpose-family-allowances = States whether you receive family allowances this month.
attestations-purpose-pension = States the pension CNSS pays you.
attestations-purpose-non-immatriculation = States that a person has no CNSS registration number.
attestations-unavailable-insured-only = For the insured person only: it is asked for from their own account.
attestations-unavailable-no-pension = You do not receive a CNSS pension.
attestations-unavailable-no-declarations = No salary has been declared in your name yet: there is no period to state.
attestations-unavailable-public-only = Issued at a CNSS branch: it is for someone without a registration number, so without an account.
attestations-find-agency = Find a CNSS branch
attestations-relation-insured = insured person
attestations-relation-spouse = spouse
attestations-relation-child = child

## What a document states
attestations-holder = Holder
attestations-immatriculation = Registration number
attestations-masked-id = Identity document (masked)
attestations-attests = What it states
attestations-issued-on = Issued on
attestations-reference = Reference
attestations-facts-immatriculation = Registered with CNSS.
attestations-facts-immatriculation-since = Registered with CNSS since { $date }.
attestations-facts-salary-declaration = From { $from } to { $to }: { $months ->
    [one] 1 month declared
   *[other] { $months } months declared
}, { $days ->
    [one] 1 day
   *[other] { $days } days
}, { $salary } of declared salary.
attestations-facts-amo-open-until = AMO rights of { $name } ({ $relation }): open until { $date }.
attestations-facts-amo-open = AMO rights of { $name } ({ $relation }): open.
attestations-facts-amo-closed = AMO rights of { $name } ({ $relation }): closed.
attestations-facts-family-receiving = Receives family allowances for { $count ->
    [one] 1 child
   *[other] { $count } children
}: { $amount } a month.
attestations-facts-family-not-receiving = Does not receive family allowances this month.
attestations-facts-pension = Receives a pension of { $amount } a month since { $date }.

## «Mes attestations»
attestations-title = My certificates
attestations-intro = Generate a certificate signed by CNSS, in French and Arabic. Anyone can check that it is genuine, even offline.
attestations-offers-heading = Ask for a certificate
attestations-ask = Ask for it
attestations-issued-heading = Certificates issued
attestations-issued-none = No certificate issued yet.
attestations-issued-line = Issued on { $date } · Reference { $reference }
attestations-verify-link = Check a certificate
attestations-back-list = Back to my certificates
attestations-choose-first = First choose the certificate to generate from the list.

## The form
attestations-period = Period
attestations-period-hint = The months declared in your name run from { $from } to { $to }. Ten years at most.
attestations-period-from = First month
attestations-period-to = Last month
attestations-month-format = Format: YYYY-MM, for example 2026-01
attestations-period-outside = Choose months between { $from } and { $to }: those are the months declared in your name.
attestations-beneficiary = For whom?
attestations-beneficiary-choose = Choose a person
attestations-beneficiary-option = { $name } ({ $relation })
attestations-generate = Generate
attestations-generating = Generating your certificate…
attestations-generated = Your certificate is ready.

## The document
attestations-document-title = Certificate
attestations-not-found = This certificate is not among those issued to you.
attestations-download-pdf = Download the PDF
attestations-share-pdf = Share the PDF
attestations-pdf-size = PDF, { $size } KB
attestations-saving = Preparing the PDF…
attestations-saved-in = PDF saved in:
attestations-downloaded = PDF downloaded: { $name }
attestations-shared = The PDF was handed to your phone's sharing.
attestations-not-saved = The PDF could not be saved on this device. Try again; if it keeps failing, free some space.
attestations-code-heading = Checking
attestations-code-intro = The PDF's QR code holds this link. Anyone can open it, or paste it into the app's «Check a certificate», to check that it is genuine.

## «Vérifier une attestation»
verify-title = Check a certificate
verify-intro = Paste the link read from the certificate's QR code, or its code (it starts with MC1.). The check runs on this device, even offline.
verify-code-label = The certificate's link or code
verify-code-hint = For example: https://…/v/…#MC1.…
verify-required = Paste the certificate's link or code.
verify-submit = Check
verify-valid = Genuine certificate: it was signed by CNSS.
verify-revocation = A certificate may have been revoked since it was issued: only CNSS's online checking page can tell.
verify-online-link = Check for revocation online
verify-invalid = This certificate is not genuine
verify-malformed = This is not a certificate code, or it is incomplete. Copy the whole link or code.
verify-unknown-key = It was not signed with a CNSS key. Do not rely on it.
verify-bad-signature = Its signature does not match its content: it was altered or forged. Do not rely on it.
verify-other-document = This code belongs to another certificate than the link's.
verify-no-keys = To check offline, the app must first receive CNSS's public keys once.
verify-offline-note = CNSS's public keys are kept on this device after the first check.
