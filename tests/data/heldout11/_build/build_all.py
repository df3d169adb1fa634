import sys, os, importlib
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for m in sys.argv[1:]:
    importlib.import_module(m).build(OUT)
    print("built", m)
