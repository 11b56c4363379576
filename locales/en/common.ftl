app-name = MaCNSS
common-back = Back
common-language = Language
common-loading = Loading…
common-retry = Try again
common-step = Step { $current } of { $total }
common-error-summary-title = There is a problem
common-sending = Sending…
