print("dateline-bench: not built yet")
