# claims — en
