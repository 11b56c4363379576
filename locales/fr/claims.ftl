# claims — fr
