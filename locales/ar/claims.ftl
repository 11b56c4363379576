# claims — ar
