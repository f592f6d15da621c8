#!/usr/bin/env python3
# Semantic diff of two OpenAPI JSON documents, one line per difference: key order is ignored, parameters are
# matched by (name, in) and their order reported once, `required` lists compare as sets (left out unless
# --with-required). Used to check that a change of generator changed only what it meant to (ADR-004):
#
#   git show main:docs/openapi/v1.json > /tmp/old.json
#   python3 scripts/openapi-diff.py /tmp/old.json docs/openapi/v1.json [--with-required]
import json, sys
old = json.load(open(sys.argv[1])); new = json.load(open(sys.argv[2]))
ignore_required = '--with-required' not in sys.argv
UNORDERED = {'required'}
out = []
def walk(a, b, path):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            p = path + '/' + str(k)
            if k == 'required' and ignore_required and isinstance(a.get(k, []), list) and isinstance(b.get(k, []), list):
                continue
            if k not in a: out.append(f'+ {p}: {json.dumps(b[k])[:300]}')
            elif k not in b: out.append(f'- {p}: {json.dumps(a[k])[:300]}')
            else: walk(a[k], b[k], p)
    elif isinstance(a, list) and isinstance(b, list):
        key = path.rsplit('/', 1)[-1]
        if key in UNORDERED or key == 'tags':
            if sorted(map(json.dumps, a)) != sorted(map(json.dumps, b)):
                out.append(f'~ {path}: {json.dumps(a)[:300]} -> {json.dumps(b)[:300]}')
            return
        if key == 'parameters' and all(isinstance(x, dict) and 'name' in x for x in a + b):
            ka = [(x['name'], x.get('in')) for x in a]; kb = [(x['name'], x.get('in')) for x in b]
            if ka != kb: out.append(f'~ {path} order/names: {ka} -> {kb}')
            da = {(x['name'], x.get('in')): x for x in a}; db = {(x['name'], x.get('in')): x for x in b}
            for k in sorted(set(da) | set(db), key=str):
                p = f'{path}[{k[0]}@{k[1]}]'
                if k not in da: out.append(f'+ {p}: {json.dumps(db[k])[:300]}')
                elif k not in db: out.append(f'- {p}: {json.dumps(da[k])[:300]}')
                else: walk(da[k], db[k], p)
            return
        if len(a) != len(b):
            out.append(f'~ {path}: {json.dumps(a)[:300]} -> {json.dumps(b)[:300]}'); return
        for i, (x, y) in enumerate(zip(a, b)): walk(x, y, f'{path}[{i}]')
    elif a != b:
        out.append(f'~ {path}: {json.dumps(a)[:300]} -> {json.dumps(b)[:300]}')
walk(old, new, '')
print('\n'.join(out)); print(f'{len(out)} differences', file=sys.stderr)
