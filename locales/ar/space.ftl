# space — ar
