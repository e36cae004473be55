#!/usr/bin/env python3
"""Joins the page's script parts (web/glue/*.js, web/mirror.js, the generated
page contract) into one function, in the order given: each part may use what
the parts before it declare, and nothing after it. The page then sees one
script with one scope, as before it was split by concern.

usage: join_script.py OUT.js PART.js...
"""
import sys


def main(out, *parts):
    body = []
    for part in parts:
        text = open(part, encoding='utf-8').read().rstrip('\n')
        body.append('// ---- %s ----\n%s\n' % (part.rsplit('/', 2)[-1] if '/glue/' in part else part.rsplit('/', 1)[-1], text))
    open(out, 'w', encoding='utf-8').write("(function () {\n'use strict';\n" + '\n'.join(body) + '})();\n')


if __name__ == '__main__':
    main(*sys.argv[1:])
