# space — fr
