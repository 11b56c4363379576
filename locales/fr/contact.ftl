# contact — fr
