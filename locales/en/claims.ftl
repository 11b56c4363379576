# claims — en
# «Mes remboursements» (AMO claims) and what every record screen of the space shares.
claims-title = My reimbursements
claims-back-space = Back to My space
claims-footer-label = Other pages
claims-contact = Contact CNSS
claims-filters-heading = Filter the claims
claims-filter-state = Claim status
claims-filter-all-states = All
claims-filter-beneficiary = Patient
claims-filter-all-beneficiaries = All
claims-beneficiary-you = You
claims-count =
    { $count ->
        [0] No claim shown
        [one] { $count } claim shown
       *[other] { $count } claims shown
    }
claims-list-heading = Your claims
claims-no-match = No claim matches these filters.
claims-clear-filters = Clear the filters
claims-empty = You have no reimbursement claim
claims-empty-how = To be reimbursed, have your doctor fill in and sign the care sheet (feuille de soins), then hand it in at your CNSS agency with the prescription and the invoices.
claims-empty-later = The claim will appear here as soon as CNSS has received it.
claims-state-received = Received
claims-state-processing = Being processed
claims-state-incomplete = Incomplete
claims-state-reimbursed = Reimbursed
claims-state-refused = Refused
claims-care-consultation = Consultation
claims-care-pharmacy = Pharmacy
claims-care-laboratory = Laboratory tests
claims-care-imaging = Radiology and imaging
claims-care-dental = Dental care
claims-care-optical = Optical
claims-card-title = { $care } – { $beneficiary }
claims-number-label = Claim no.
claims-care-date = Care on { $date }
claims-claimed = Amount claimed: { $amount }
claims-reimbursed = Amount reimbursed: { $amount }
claims-missing = Missing document: { $document }
claims-missing-prescription = the doctor's prescription
claims-missing-invoice = the itemised invoice
claims-missing-doctor-signature = the doctor's stamp and signature on the care sheet
claims-missing-results = the test or imaging results
claims-refusal = Reason: { $reason }
claims-refusal-late-submission = care sheet handed in after the deadline
claims-refusal-not-covered = care or medicine not covered by AMO
claims-refusal-rights-closed = AMO rights closed on the date of care
claims-refusal-duplicate = care already claimed in another claim
claims-detail-title = Reimbursement claim
claims-detail-facts-heading = The claim
claims-detail-number = Claim number
claims-detail-state = Status
claims-detail-care = Care
claims-detail-beneficiary = Patient
claims-detail-care-date = Date of care
claims-detail-received-on = Received on
claims-detail-claimed = Amount claimed
claims-detail-reimbursed = Amount reimbursed
claims-detail-missing = Missing document
claims-detail-refusal = Reason for refusal
claims-detail-timeline-heading = Claim history
claims-detail-current = (current step)
claims-detail-next-heading = What to do now
claims-next-incomplete = Send { $document } to your CNSS agency.
claims-next-incomplete-unknown = A document is missing from this claim: ask your CNSS agency which one.
claims-next-incomplete-number = Quote the claim number above: processing resumes as soon as the document arrives.
claims-next-refused = If you think this refusal is a mistake, contact your CNSS agency with the claim number.
claims-next-reimbursed = The reimbursement was paid into your bank account.
claims-see-payments = See my payments
claims-next-open = There is nothing for you to do: the claim is moving and this page follows each step.
claims-not-found = This claim does not exist in your account. Check the link, or find your claims in the list.
claims-back-list = Back to my reimbursements
