# contact — ar
