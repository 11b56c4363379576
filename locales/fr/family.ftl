# family — fr
