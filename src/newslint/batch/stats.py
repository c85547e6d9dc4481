"""The corpus report: aggregates of a batch output, as JSON, text, or one self-contained page.

The page carries its charts as inline SVG drawn here (no script, no stylesheet or font from
anywhere else), so it opens offline and can be mailed as one file.
"""

from __future__ import annotations

import html
from typing import Any

from newslint.batch.store import connect

UNKNOWN_OUTLET = "(no outlet)"
_FAMILY = "regexp_extract(f.rule, '^[A-Z]+')"


def _rows(con: Any, query: str, *params: Any) -> list[dict[str, Any]]:
    result = con.execute(query, list(params))
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


def _rate(findings: int, words: int) -> float | None:
    return round(1000 * findings / words, 3) if words else None


def corpus_stats(out: str, top: int = 20) -> dict[str, Any]:
    """Every aggregate of the report, as plain JSON-ready values, in a stable order."""
    con = connect(out)
    totals = _rows(
        con,
        """select count(*) as articles,
                  count(*) filter (where status = 'ok') as ok,
                  count(*) filter (where status = 'bad_input') as bad_input,
                  count(*) filter (where status = 'failed') as failed,
                  coalesce(sum(words), 0) as words,
                  coalesce(sum(findings), 0) as findings,
                  coalesce(sum(errors), 0) as errors,
                  coalesce(sum(warnings), 0) as warnings,
                  coalesce(sum(infos), 0) as infos,
                  coalesce(sum(quantities), 0) as quantities,
                  coalesce(sum(quotes), 0) as quotes
           from articles""",
    )[0]
    words = totals["words"]

    by_family = _rows(
        con,
        f"""select {_FAMILY} as family, count(*) as findings
            from findings f group by family order by family""",
    )
    for row in by_family:
        row["per_1000_words"] = _rate(row["findings"], words)

    outlet_words = {
        r["outlet"]: r
        for r in _rows(
            con,
            f"""select coalesce(outlet, '{UNKNOWN_OUTLET}') as outlet, count(*) as articles,
                       coalesce(sum(words), 0) as words
                from articles where status = 'ok' group by 1 order by 1""",
        )
    }
    by_outlet_family = _rows(
        con,
        f"""select coalesce(a.outlet, '{UNKNOWN_OUTLET}') as outlet, {_FAMILY} as family,
                   count(*) as findings
            from findings f join articles a using (article_id)
            group by 1, 2 order by 1, 2""",
    )
    # every outlet with every family found anywhere, zeros included: a quiet outlet is a result
    counted = {(r["outlet"], r["family"]): r["findings"] for r in by_outlet_family}
    outlets = sorted(set(outlet_words) | {o for o, _ in counted})
    by_outlet_family = []
    for outlet in outlets:
        for family in (r["family"] for r in by_family):
            found = counted.get((outlet, family), 0)
            outlet_total = outlet_words.get(outlet, {}).get("words", 0)
            by_outlet_family.append(
                {
                    "outlet": outlet,
                    "family": family,
                    "findings": found,
                    "words": outlet_total,
                    "per_1000_words": _rate(found, outlet_total),
                }
            )

    anonymous = _rows(
        con,
        f"""select coalesce(a.outlet, '{UNKNOWN_OUTLET}') as outlet, count(*) as quotes,
                   count(*) filter (where q.speaker_type = 'anonymous') as anonymous
            from quotes q join articles a using (article_id)
            group by 1 order by 1""",
    )
    for row in anonymous:
        row["anonymous_share"] = (
            round(row["anonymous"] / row["quotes"], 4) if row["quotes"] else None
        )

    num_by_rule = _rows(
        con,
        """select rule, any_value(name) as name, count(*) as findings,
                  count(distinct article_id) as articles
           from findings where rule like 'NUM%' group by rule order by rule""",
    )
    num_per_article = _rows(
        con,
        """with per as (
               select a.article_id, count(f.rule) as n
               from articles a left join findings f
                 on f.article_id = a.article_id and f.rule like 'NUM%'
               where a.status = 'ok' group by a.article_id)
           select least(n, 5) as num_findings, count(*) as articles
           from per group by 1 order by 1""",
    )
    for row in num_per_article:
        row["num_findings"] = "5+" if row["num_findings"] == 5 else str(row["num_findings"])

    figures = _rows(
        con,
        """select lower(trim(f.text)) as figure, count(*) as findings,
                  count(distinct f.article_id) as articles,
                  list(distinct f.rule order by f.rule) as rules
           from findings f where f.rule like 'NUM%' and f.severity = 'error'
           group by 1 order by findings desc, figure limit ?""",
        top,
    )
    for row in figures:
        row["examples"] = _rows(
            con,
            """select distinct a.article_id, a.title, a.url, a.source, a.row
               from findings f join articles a using (article_id)
               where f.rule like 'NUM%' and f.severity = 'error' and lower(trim(f.text)) = ?
               order by a.article_id limit 5""",
            row["figure"],
        )

    loaded = _loaded_by_outlet(con, outlet_words)

    top_errors = _rows(
        con,
        """select article_id, title, outlet, url, source, row, errors, warnings, findings, words
           from articles where errors > 0
           order by errors desc, findings desc, article_id limit ?""",
        top,
    )
    con.close()
    return {
        "totals": totals,
        "outlets": [
            {"outlet": o, "articles": r["articles"], "words": r["words"]}
            for o, r in outlet_words.items()
        ],
        "findings_by_family": by_family,
        "findings_by_outlet_family": by_outlet_family,
        "anonymous_quotes_by_outlet": anonymous,
        "num_findings_by_rule": num_by_rule,
        "num_findings_per_article": num_per_article,
        "contradicted_figures": figures,
        "loaded_language_by_outlet": loaded,
        "articles_with_most_errors": top_errors,
    }


def _loaded_by_outlet(con: Any, outlet_words: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Loaded language (LNG001) and unsourced record claims (LNG002) per 1,000 words by outlet,
    every outlet listed (zeros included), with its categories and most frequent loaded words."""
    counted = {
        r["outlet"]: r
        for r in _rows(
            con,
            f"""select coalesce(a.outlet, '{UNKNOWN_OUTLET}') as outlet,
                       count(*) filter (where f.rule = 'LNG001') as loaded,
                       count(*) filter (where f.rule = 'LNG001' and f.severity = 'warning')
                           as name_calling,
                       count(*) filter (where f.rule = 'LNG002') as superlatives
                from findings f join articles a using (article_id)
                where f.rule in ('LNG001', 'LNG002') group by 1""",
        )
    }
    categories: dict[str, dict[str, int]] = {}
    for r in _rows(
        con,
        f"""select coalesce(a.outlet, '{UNKNOWN_OUTLET}') as outlet,
                   coalesce(json_extract_string(f.evidence, '$.category'), '?') as category,
                   count(*) as findings
            from findings f join articles a using (article_id)
            where f.rule = 'LNG001' group by 1, 2 order by 1, 3 desc, 2""",
    ):
        categories.setdefault(r["outlet"], {})[r["category"]] = r["findings"]
    words: dict[str, list[str]] = {}
    for r in _rows(
        con,
        f"""select coalesce(a.outlet, '{UNKNOWN_OUTLET}') as outlet,
                   lower(trim(f.text)) as word, count(*) as n
            from findings f join articles a using (article_id)
            where f.rule = 'LNG001' group by 1, 2 order by 1, 3 desc, 2""",
    ):
        if len(words.setdefault(r["outlet"], [])) < 5:
            words[r["outlet"]].append(r["word"])
    rows = []
    for outlet in sorted(set(outlet_words) | set(counted)):
        found = counted.get(outlet, {})
        total = outlet_words.get(outlet, {}).get("words", 0)
        loaded, name_calling = found.get("loaded", 0), found.get("name_calling", 0)
        rows.append(
            {
                "outlet": outlet,
                "words": total,
                "loaded": loaded,
                "loaded_per_1000_words": _rate(loaded, total),
                "name_calling": name_calling,
                "name_calling_per_1000_words": _rate(name_calling, total),
                "superlatives": found.get("superlatives", 0),
                "superlatives_per_1000_words": _rate(found.get("superlatives", 0), total),
                "categories": categories.get(outlet, {}),
                "top_words": words.get(outlet, []),
            }
        )
    return rows


# -- text ----------------------------------------------------------------------------------
def render_text(stats: dict[str, Any]) -> str:
    t = stats["totals"]
    lines = [
        f"{t['articles']:,} articles ({t['ok']:,} ok, {t['bad_input']:,} bad input, "
        f"{t['failed']:,} failed), {t['words']:,} words",
        f"{t['findings']:,} findings ({t['errors']:,} errors, {t['warnings']:,} warnings, "
        f"{t['infos']:,} info); {t['quantities']:,} quantities; {t['quotes']:,} quotes",
        "",
        "findings per 1,000 words by family:",
    ]
    for row in stats["findings_by_family"]:
        lines.append(f"  {row['family']:<6} {row['findings']:>8,}  {row['per_1000_words']}")
    lines += ["", "loaded language (LNG001) per 1,000 words by outlet:"]
    for row in stats["loaded_language_by_outlet"]:
        top = ", ".join(row["top_words"])
        lines.append(
            f"  {row['outlet']:<24} {row['loaded']:>6,}  {row['loaded_per_1000_words']}"
            + (f"  ({top})" if top else "")
        )
    lines += ["", "articles with the most errors:"]
    for row in stats["articles_with_most_errors"]:
        lines.append(f"  {row['errors']:>3}  {row['article_id']}  {row['title'] or ''}")
    return "\n".join(lines) + "\n"


# -- HTML ----------------------------------------------------------------------------------
def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def bar_chart(title: str, bars: list[tuple[str, float]], unit: str = "") -> str:
    """A horizontal bar chart as inline SVG: one labelled bar per (label, value)."""
    if not bars:
        return f'<figure><figcaption>{_e(title)}</figcaption><p class="empty">No data.</p></figure>'
    width, label_w, row_h, pad = 640, 200, 22, 6
    high = max(v for _, v in bars) or 1.0
    height = len(bars) * row_h + 2 * pad
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}"><title>{_e(title)}</title>'
    ]
    span = width - label_w - 80
    for i, (label, value) in enumerate(bars):
        y = pad + i * row_h
        w = max(1.0, span * value / high) if value else 0.0
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="#3b6ea8">'
            f"<title>{_e(label)}: {value:g}{unit}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}">{value:g}{unit}</text>'
        )
    parts.append("</svg>")
    return f"<figure><figcaption>{_e(title)}</figcaption>{''.join(parts)}</figure>"


def _link(row: dict[str, Any]) -> str:
    name = _e(row.get("title") or row["article_id"])
    if row.get("url"):
        return f'<a href="{_e(row["url"])}">{name}</a>'
    where = f"{row['source']}:{row['row']}" if row.get("row") else row.get("source")
    return f'{name} <span class="where">({_e(where)}, id {_e(row["article_id"])})</span>'


def _table(header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return '<p class="empty">None.</p>'
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
svg text{font:12px system-ui,sans-serif;fill:#222}figure{margin:1em 0}
figcaption{font-weight:600;margin-bottom:.3em}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.25em .5em;text-align:left;vertical-align:top}
.where{color:#777;font-size:.85em}.empty{color:#777}
"""


def render_html(stats: dict[str, Any], top: int = 20) -> str:
    t = stats["totals"]
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>newslint corpus report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>newslint corpus report</h1>",
        f"<p>{t['articles']:,} articles ({t['ok']:,} linted, {t['bad_input']:,} bad input, "
        f"{t['failed']:,} failed), {t['words']:,} words; {t['findings']:,} findings "
        f"({t['errors']:,} errors, {t['warnings']:,} warnings, {t['infos']:,} info).</p>",
        "<h2>Findings per 1,000 words</h2>",
        bar_chart(
            "By rule family",
            [(r["family"], r["per_1000_words"] or 0.0) for r in stats["findings_by_family"]],
        ),
    ]
    biggest = sorted(stats["outlets"], key=lambda r: (-r["words"], r["outlet"]))[:top]
    shown = {r["outlet"] for r in biggest}
    loaded = [r for r in stats["loaded_language_by_outlet"] if r["outlet"] in shown]
    more = f" ({len(shown)} outlets with the most words)" if len(stats["outlets"]) > top else ""
    outlets: dict[str, list[tuple[str, float]]] = {}
    for r in stats["findings_by_outlet_family"]:
        if r["outlet"] in shown:
            outlets.setdefault(r["family"], []).append((r["outlet"], r["per_1000_words"] or 0.0))
    for family, bars in sorted(outlets.items()):
        out.append(bar_chart(f"{family} findings per 1,000 words, by outlet{more}", bars))
    out += [
        "<h2>Anonymous sources</h2>",
        bar_chart(
            "Share of quotes from anonymous sources, by outlet",
            [
                (
                    f"{r['outlet']} ({r['quotes']:,} quotes)",
                    round(100 * (r["anonymous_share"] or 0), 1),
                )
                for r in stats["anonymous_quotes_by_outlet"]
            ],
            unit="%",
        ),
        "<h2>Loaded language</h2>",
        bar_chart(
            "Loaded words in the reporter's own voice (LNG001) per 1,000 words, by outlet",
            [(r["outlet"], r["loaded_per_1000_words"] or 0.0) for r in loaded],
        ),
        _table(
            [
                "outlet",
                "loaded",
                "per 1,000 words",
                "name-calling",
                "record claims",
                "categories",
                "most frequent",
            ],
            [
                [
                    _e(r["outlet"]),
                    f"{r['loaded']:,}",
                    _e(r["loaded_per_1000_words"]),
                    f"{r['name_calling']:,}",
                    f"{r['superlatives']:,}",
                    _e(", ".join(f"{c} {n}" for c, n in r["categories"].items())),
                    _e(", ".join(r["top_words"])),
                ]
                for r in loaded
            ],
        ),
        "<h2>Number checks</h2>",
        bar_chart(
            "NUM findings by rule",
            [(f"{r['rule']} {r['name']}", r["findings"]) for r in stats["num_findings_by_rule"]],
        ),
        bar_chart(
            "Articles by number of NUM findings",
            [(r["num_findings"], r["articles"]) for r in stats["num_findings_per_article"]],
        ),
        "<h2>Most frequent contradicted figures</h2>",
        _table(
            ["figure", "findings", "rules", "articles"],
            [
                [
                    _e(r["figure"]),
                    f"{r['findings']:,}",
                    _e(", ".join(r["rules"])),
                    "<br>".join(_link(a) for a in r["examples"]),
                ]
                for r in stats["contradicted_figures"]
            ],
        ),
        "<h2>Articles with the most errors</h2>",
        _table(
            ["article", "outlet", "errors", "warnings", "findings", "words"],
            [
                [
                    _link(r),
                    _e(r["outlet"]),
                    str(r["errors"]),
                    str(r["warnings"]),
                    str(r["findings"]),
                    f"{r['words']:,}",
                ]
                for r in stats["articles_with_most_errors"]
            ],
        ),
        "</body></html>\n",
    ]
    return "\n".join(out)
