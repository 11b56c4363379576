# career — ar
