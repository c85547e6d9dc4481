import json, os, re, datetime as dt, textwrap
OUT = '/work/blind/changes/c2'
D = dt.date
def wd(y, m, d): return D(y, m, d).strftime('%A')
def age(b, on): return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
def pct(a, b): return (b - a) / a * 100
def save(slug, published, outlet, kind, text, expected=(), traps=()):
    paras = [' '.join(l.strip() for l in p.strip().splitlines()) for p in textwrap.dedent(text).strip().split('\n\n')]
    txt = '\n\n'.join(paras) + '\n'
    n = len(txt.split())
    assert 120 <= n <= 300, (slug, n)
    D.fromisoformat(published)
    assert kind in ('seeded', 'clean')
    if kind == 'seeded': assert len(expected) == 1, slug
    else: assert not expected and len(traps) >= 1, slug
    expected = [{k: v for k, v in e.items() if v is not None} for e in expected]
    for e in expected:
        for k in ('near', 'other'):
            if e.get(k): assert txt.count(e[k]) == 1, (slug, k, e[k], txt.count(e[k]))
    name = 'c2-' + slug
    assert re.fullmatch(r'[a-z0-9-]+', name)
    with open(os.path.join(OUT, name + '.txt'), 'w') as f: f.write(txt)
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump({'published': published, 'outlet_style': outlet, 'kind': kind,
                   'expected': list(expected), 'traps': list(traps)}, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(name, n)
