# career — en
