"""Print the document -> 卷 page map of a case (helper for writing notes)."""
import importlib
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
for name in sys.argv[1:]:
    c = importlib.import_module(name).build()
    for d in c.docs:
        print(name, d.first, d.last, d.title, d.date)
