# career — fr
