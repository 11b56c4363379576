# family — en
