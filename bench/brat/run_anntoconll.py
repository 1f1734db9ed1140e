"""Runs brat's own converter, tools/anntoconll.py of a brat checkout, over every .txt file of a folder.

Usage: python3 run_anntoconll.py BRAT_CHECKOUT FOLDER

The converter writes FILE.conll beside each FILE.txt and prints its warnings (e.g. "annotation-token
boundary mismatch") to standard error. It was written for Python 2 and opens files in mode 'rU', which
Python 3.11 refuses; mode 'r' means the same in Python 3 (universal newlines are the default), so this
script maps one to the other and changes nothing else. brat's code is not part of Aurum: point this
script at a checkout fetched for the benchmark (see docs/PERFORMANCE.md).
"""
import builtins
import os
import runpy
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: run_anntoconll.py BRAT_CHECKOUT FOLDER")
    brat, folder = sys.argv[1], sys.argv[2]
    tool = os.path.join(brat, "tools", "anntoconll.py")
    if not os.path.isfile(tool):
        sys.exit("no tools/anntoconll.py in " + brat)
    builtin_open = builtins.open

    def open_without_u(file, mode="r", *args, **kwargs):
        return builtin_open(file, mode.replace("U", ""), *args, **kwargs)

    builtins.open = open_without_u
    sys.path.insert(0, os.path.join(brat, "server", "src"))
    sys.path.insert(0, os.path.join(brat, "tools"))
    texts = []
    for root, _dirs, files in os.walk(folder):
        texts.extend(os.path.join(root, f) for f in files if f.endswith(".txt"))
    texts.sort()
    sys.argv = [tool] + texts
    try:
        runpy.run_path(tool, run_name="__main__")
    except SystemExit as e:
        if e.code not in (None, 0):
            raise


if __name__ == "__main__":
    main()
