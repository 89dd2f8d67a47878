import DatelineModel
import DatelineExtraction
print("dateline: not built yet")
