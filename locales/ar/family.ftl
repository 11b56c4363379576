# family — ar
