# payments — fr
