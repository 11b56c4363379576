# space — en: "My space", its service cards and the freshness of every record screen.
space-services-heading = My services
space-career-title = My career
space-career-last = Declarations: latest in { $month }
space-career-none = No declaration received yet
space-claims-title = My reimbursements
space-claims-open = { $count ->
    [0] No claim in progress
    [one] 1 claim in progress
   *[other] { $count } claims in progress
}
space-claims-incomplete = { $count ->
    [one] 1 claim incomplete
   *[other] { $count } claims incomplete
}
space-amo-open-until = AMO health cover open until { $date }
space-amo-open = AMO health cover open
space-amo-closed = AMO health cover closed
space-family-title = Family allowances and TAWIDATY
space-family-certificates = { $count ->
    [one] TAWIDATY: 1 certificate to send before { $date }
   *[other] TAWIDATY: { $count } certificates to send before { $date }
}
space-family-certificates-undated = { $count ->
    [one] TAWIDATY: 1 certificate to send
   *[other] TAWIDATY: { $count } certificates to send
}
space-family-children = { $count ->
    [0] No child declared
    [one] 1 child
   *[other] { $count } children
}
space-payments-title = My payments
space-payments-last = Latest payment on { $date }
space-payments-none = No payment yet
space-account-link = My account: contact details, password, devices
space-attestations-title = My certificates
space-attestations-line = Registration, salaries, AMO rights, allowances, pension
space-attestations-dependant = Your AMO rights
space-inbox-title = My messages
space-inbox-unread = { $count ->
    [0] No unread message
    [one] 1 unread message
   *[other] { $count } unread messages
}
