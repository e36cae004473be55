#!/usr/bin/env python3
"""Writes the page contract (assets/page-contract.json) for both sides of the
WebAssembly boundary: a C++ header (roles, flags, slot indices, role names)
and a script of the same names for web/mirror.js and web/glue/. Neither
side writes these numbers by hand.

usage: make_contract.py CONTRACT.json OUT.h OUT.js
"""
import json
import re
import sys


def camel(name):
    return name[0].upper() + name[1:]


def upper(name):
    return re.sub(r'(?<!^)(?=[A-Z])', '_', name).upper()


def main(src, out_h, out_js):
    c = json.load(open(src, encoding='utf-8'))
    roles, flags = c['roles'], c['flags']
    names = list(roles)
    assert names[0] == 'None' and c['firstContainer'] in roles
    h = ['// Written by scripts/build/make_contract.py from assets/page-contract.json: do not edit.',
         '#pragma once', '#include <cstdint>', '', 'namespace lestari::contract {', '',
         '// What a mirrored element is. None: a test aid only (a rectangle to click), not in the mirror;',
         '// from ' + c['firstContainer'] + ' on, containers: the nodes after them (until endGroup) are their children.',
         'enum class Role : std::uint8_t {']
    h += ['  %s,' % r for r in names]
    h += ['};', '// The names the page reads.',
          'inline constexpr const char* kRoleNames[] = {%s};' % ', '.join('"%s"' % roles[r] for r in names),
          'inline constexpr Role kFirstContainer = Role::%s;' % c['firstContainer'], '',
          'enum SemanticFlag : std::uint16_t {']
    h += ['  k%s = %d,' % (camel(k), v) for k, v in flags.items()]
    h += ['};', '']
    for part in ('node', 'look', 'edit'):
        h += ['// The slots of a mirror %s array.' % part, 'enum %sSlot : int {' % camel(part)]
        h += ['  k%s%s,' % (camel(part), camel(f)) for f in c[part]]
        h += ['  k%sSlots' % camel(part), '};', '']
    for part, name in (('keyTarget', 'KeyTarget'), ('textInput', 'TextInputMode')):
        h += ['enum class %s : int {' % name] + ['  %s = %d,' % (camel(k), v) for k, v in c[part].items()] + ['};']
    h += ['inline constexpr const char* kStoragePrefix = %s;' % json.dumps(c['storagePrefix']), '']
    h += ['}  // namespace lestari::contract', '']
    open(out_h, 'w', encoding='utf-8').write('\n'.join(h))

    def obj(names):
        return '{ ' + ', '.join('%s: %d' % (upper(n), i) for i, n in enumerate(names)) + ' }'
    js = ['// Written by scripts/build/make_contract.py from assets/page-contract.json: do not edit.',
          'var CONTRACT = {',
          '  FLAG: { %s },' % ', '.join('%s: %d' % (upper(k), v) for k, v in flags.items()),
          '  NODE: %s,' % obj(c['node']),
          '  LOOK: %s,' % obj(c['look']),
          '  EDIT: %s,' % obj(c['edit']),
          '  KEY_TARGET: { %s },' % ', '.join('%s: %d' % (upper(k), v) for k, v in c['keyTarget'].items()),
          '  TEXT_INPUT: { %s },' % ', '.join('%s: %d' % (upper(k), v) for k, v in c['textInput'].items()),
          '  STORAGE_PREFIX: %s' % json.dumps(c['storagePrefix']),
          '};', '']
    open(out_js, 'w', encoding='utf-8').write('\n'.join(js))


if __name__ == '__main__':
    main(*sys.argv[1:])
