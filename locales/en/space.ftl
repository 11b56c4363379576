# space — en
