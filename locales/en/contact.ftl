# contact — en
