# payments — en
