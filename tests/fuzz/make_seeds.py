#!/usr/bin/env python3
"""Writes the import fuzzer's seed corpus (tests/fuzz/seeds, committed).

Each seed is small and reaches one error path of the strict parser
(src/core/json/strict_json.cpp) or the report reader (src/core/report/report_import.cpp):
bad escapes, lone surrogates, numbers at their edges, every limit, in members
kept and in members read for their shape only (method, recommendations), at
several depths. No seed is itself a crash: the fuzzer has to combine them
(tests/fuzz/run_fuzz.sh). Run again after changing it:
    python3 tests/fuzz/make_seeds.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'tests', 'fuzz', 'seeds')

seeds = {}


def add(name, text):
    seeds[name] = text.encode('utf-8', 'surrogatepass') if isinstance(text, str) else text


# ---- the parser: syntax, literals, strings, escapes, numbers, limits ----
add('p-empty', '')
add('p-space', ' \t\r\n')
add('p-bom', '\ufeff{}')
add('p-bom-twice', '\ufeff\ufeff{}')
add('p-nul', '{"a":1}\x00{"b":2}')
add('p-literals', '[true,false,null,tru,nul]')
add('p-trailing', '{"a":1} x')
add('p-comma', '{"a":1,}')
add('p-colon', '{"a" 1}')
add('p-unclosed', '{"a":[1,2')
add('p-escapes', r'["\"\\\/\b\f\n\r\t","\u0041\u00e9\u20ac","\ud83d\ude00"]')
add('p-escape-bad', r'["\q"]')
add('p-escape-short', r'["\u12"]')
add('p-surrogate-high', r'["\ud800"]')
add('p-surrogate-low', r'["\udc00"]')
add('p-surrogate-pair-bad', r'["\ud83d\u0041"]')
add('p-control-in-string', '["a\x01b"]')
add('p-raw-utf8', '["\u00e9\u20ac\U0001F600"]')
add('p-invalid-utf8', b'["\xc3\x28", "\xed\xa0\x80", "\xf0\x28\x8c\x28"]')
add('p-utf16', '{"a":1}'.encode('utf-16'))
add('p-binary', b'PK\x03\x04\x14\x00\x00\x00\x08\x00')
add('p-numbers', '[0,-0,1,-1,0.5,-0.0,1e2,1E-2,1e+2,123456789012345,1234567890123456,0.123456789012345,'
                 '9007199254740993,18446744073709551615,18446744073709551616,-9223372036854775808,'
                 '-9223372036854775809,1.7976931348623157e308]')
add('p-number-overflow', '[1e999]')
add('p-number-bad', '[01, 1., .5, -, 1e, +1]')
add('p-deep', '[' * 17 + ']' * 17)
add('p-deep-objects', '{"a":' * 16 + '1' + '}' * 16)
add('p-long-string', '["' + 'a' * 2000 + '"]')  # (past the 64 KB limit: the unit tests; the fuzzer's inputs are shorter)
add('p-long-key', '{"' + 'k' * 129 + '":1}')
add('p-many-items', '[' + ','.join('0' for _ in range(2001)) + ']')
add('p-many-keys', '{' + ','.join('"k%d":0' % i for i in range(201)) + '}')
add('p-duplicate', '{"a":1,"b":2,"a":3}')
add('p-duplicate-deep', '{"x":{"y":{"a":1,"a":2}}}')
# Keys of every length, one after another, inside members read for their
# shape only and inside kept ones (the key buffers grow at every place).
keys = ','.join('"%s":%d' % ('k' * n, n) for n in (1, 7, 8, 15, 16, 17, 26, 31, 33, 64))
add('p-shape-keys', '{"method":{' + keys + '},"recommendations":[{' + keys + '}]}')
add('p-kept-keys', '{"profile":{' + keys + '}}')
add('p-shape-nested', '{"method":{"a":{"b":{"c":[{"d":"e"}]}}}}')
# Escapes in keys after keys of every length, in both kinds of member and
# deeper down: a mutation away from a broken escape there.
add('p-shape-key-escapes', '{"method":{' + keys + r',"\u0041":1,"a":{' + keys + r',"x\u00e9":2}},'
                           '"recommendations":[{' + keys + r',"\ud83d\ude00b":2}]}')
add('p-kept-key-escapes', '{"profile":{' + keys + r',"\u0041":1,"a":{' + keys + r',"x\u00e9":2}}}')
add('p-key-escape', r'{"x\ud800":1}')
add('p-key-escape-pair', r'{"\ud83d\ude00":1,"\u0041":2}')

# ---- the report reader: a real report, then one fault each ----
full = json.load(open(os.path.join(ROOT, 'assets', 'demo-report.json'), encoding='utf-8'))
add('r-demo', json.dumps(full, ensure_ascii=False, separators=(',', ':')))
# The faults go into a small report (three answers, short derived parts):
# small seeds keep the fuzzer quick.
demo = json.loads(json.dumps(full))
demo['answers'] = demo['answers'][:3]
demo['recommendations'] = demo['recommendations'][:2]
demo['actions'] = demo['actions'][:1]
demo['method'] = {k: v[:40] if isinstance(v, str) else v for k, v in list(demo['method'].items())[:4]}


def mutated(name, change):
    d = json.loads(json.dumps(demo))
    change(d)
    add('r-' + name, json.dumps(d, ensure_ascii=False, separators=(',', ':')))


def setter(path, value):
    def change(d):
        node = d
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return change


mutated('schema-wrong', setter(['schema'], 'other'))
mutated('version-new', setter(['schemaVersion'], 99))
mutated('version-old', setter(['schemaVersion'], 3))
mutated('version-text', setter(['schemaVersion'], '4'))
mutated('timestamp-bad', setter(['generatedAt'], '2026-02-30T08:00:00Z'))
mutated('timestamp-fraction', setter(['generatedAt'], '2026-11-27T08:00:00.900Z'))
mutated('timestamp-late', setter(['generatedAt'], '2101-01-01T00:00:00Z'))
mutated('checklist-other', setter(['checklist', 'id'], 'other'))
mutated('checklist-version', setter(['checklist', 'version'], '0.9.0'))
mutated('profile-control', setter(['profile', 'name'], 'a\x07b'))
mutated('profile-nonchar', setter(['profile', 'name'], 'a\uffffb'))
mutated('profile-linebreak', setter(['profile', 'agency'], 'a\nb'))
mutated('profile-year', setter(['profile', 'startYear'], 1800))
mutated('profile-option', setter(['profile', 'stage'], 'unknown'))
mutated('profile-unknown', setter(['profile', 'extra'], 1))
mutated('answer-level', setter(['answers', 0, 'level'], 5))
mutated('answer-level-fraction', setter(['answers', 0, 'level'], 2.5))
mutated('answer-id', setter(['answers', 0, 'id'], 'nope'))
mutated('answer-duplicate', lambda d: d['answers'].append(dict(d['answers'][0])))
mutated('answer-note-control', setter(['answers', 0, 'note'], 'a\x00b'))
mutated('answer-note-long', setter(['answers', 0, 'note'], 'n' * 5000))
mutated('answer-na-level', lambda d: d['answers'][0].update({'notApplicable': True}))
mutated('factors-wrong', setter(['factors', 0, 'score'], 101))
mutated('overall-wrong', setter(['overall', 'score'], -1))
mutated('recommendations-object', setter(['recommendations'], {'a': 1}))
mutated('recommendations-escape', setter(['recommendations', 0, 'text'], 'x\\u12'))
mutated('method-list', setter(['method'], [1, 2]))
mutated('method-keys', setter(['method'], {'k' * n: n for n in (1, 8, 16, 26, 33)}))
mutated('action-date', setter(['actions', 0, 'due'], '2026-13-01'))
mutated('action-status', setter(['actions', 0, 'status'], 'maybe'))
mutated('action-indicator', setter(['actions', 0, 'indicator'], 'nope'))
mutated('unknown-top', setter(['extra'], True))
mutated('answers-empty', setter(['answers'], []))
# Version 1 (the first prototype): answers keyed by indicator, -1 for N/A.
add('r-v1', open(os.path.join(ROOT, 'tests', 'fixtures', 'report-v1.json'), encoding='utf-8').read())

# ---- share codes and chats (the room reads them through the same import) ----
add('c-chat', '[10.04, 7/12/2026] Pak Hendra: LST1ABCDEFGHJKMNPQRSTVWXYZ0123456789\n'
              '[10.05] Bu Sari: kode saya LST1 0000\nLST1LST1\n')

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for name, data in sorted(seeds.items()):
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
    total = sum(len(d) for d in seeds.values())
    print('%d seeds, %d bytes' % (len(seeds), total), file=sys.stderr)
