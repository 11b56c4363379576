# payments — ar
