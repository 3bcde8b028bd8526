#!/usr/bin/env python3
"""Generates the benchmark corpus of DESIGN §9 and an equivalent plain Hugo site.

kinerja corpus (OUT/content): one language, one year, 12 000 packages — 10 000 as
package `.md` files with ~2 KB of narrative, 2 000 in packages.csv — 14 indicators, and 12
monthly realizations whose rows (one per package) live in CSV files.

Hugo site (OUT/hugo): the same 10 000 package narratives as Markdown pages with a
front-matter title and equivalent templates (a page per package, a list page).

Deterministic: the same arguments give the same bytes.
"""
import os
import random
import sys

YEAR = 2026
AREAS = [("waktu", "Ketepatan Waktu"), ("biaya", "Penghematan Biaya"), ("kualitas", "Kualitas"),
         ("layanan", "Tingkat Layanan")]
OPDS = [(f"1.{i:02d}.01", f"Dinas Contoh {i}", f"DC{i}") for i in range(1, 13)]
METHODS = ["Tender", "E-Purchasing", "Pengadaan Langsung", "Seleksi"]
WORDS = ("pengadaan barang jasa pekerjaan konstruksi jalan jembatan gedung sekolah puskesmas "
         "rumah sakit kantor desa kecamatan kabupaten peningkatan pembangunan rehabilitasi "
         "pemeliharaan penyediaan layanan masyarakat anggaran kontrak penyedia pemilihan "
         "evaluasi dokumen tender spesifikasi kualitas waktu biaya manfaat").split()


def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def narrative(rng, size=2000):
    paras, n = [], 0
    while n < size:
        sentence_count = rng.randint(3, 6)
        para = " ".join(
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."
            for _ in range(sentence_count))
        paras.append(para)
        n += len(para) + 2
    return "## Uraian\n\n" + "\n\n".join(paras) + "\n"


def indicator(i, area, per, agg, polarity, unit):
    iid = f"IK-{i:02d}"
    base, target = (40, 30) if polarity == "negative" else (70, 85)
    targets = ", ".join(f"{YEAR}-{m:02d}: {target}" for m in range(1, 13)) if agg != "sum" else \
        ", ".join(f"{YEAR}-{m:02d}: {target * m}" for m in range(1, 13))
    t = target * 12 if agg == "sum" else target
    scale = "scale: 100\n" if agg == "ratio" else ""
    return iid, f"""---
title: Indikator {i} {area}
area: {area}
unit: "{unit}"
polarity: {polarity}
frequency: monthly
aggregation: {agg}
per: {per}
{scale}formula: rumus indikator {i}
data_source: SPSE
owner: {{name: Kepala Subbagian Pengelolaan PBJ, role: Penanggung Jawab Kinerja}}
baseline: {{value: {base * 12 if agg == "sum" else base}, year: {YEAR - 1}}}
target: {t}
targets: {{{targets}}}
actions:
  - {{id: RA-{i:02d}-1, title: Rencana aksi indikator {i}, owner: Kepala Subbagian Pengelolaan PBJ, due: {YEAR}-06-30}}
---
Definisi dan cara pengukuran indikator {i}.
"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    md_packages = int(os.environ.get("BENCH_MD_PACKAGES", "10000"))
    csv_packages = int(os.environ.get("BENCH_CSV_PACKAGES", "2000"))
    rng = random.Random(2026)
    c = os.path.join(out, "content")
    y = os.path.join(c, str(YEAR))
    opds = "\n".join(f'  - {{code: "{code}", name: {name}, short: {short}}}' for code, name, short in OPDS)
    w(os.path.join(c, "site.yaml"), f"""title: Kinerja Pengadaan (benchmark)
unit: UKPBJ Benchmark
short_name: UKPBJ Bench
base_url: https://bench.example.go.id/
languages: [id]
achievement_cap: 120
opds:
{opds}
""")
    w(os.path.join(y, "plan.md"), f"""---
year: {YEAR}
title: Rencana Kinerja {YEAR}
status: approved
proposed_on: {YEAR}-01-05
approval: {{by: Kepala UKPBJ, on: {YEAR}-01-10}}
circular: {{number: B-1/BPBJ/{YEAR}, on: {YEAR}-01-12}}
socialization: {{invited_on: {YEAR}-01-13, held_on: {YEAR}-01-15, attendees: 40}}
objectives:
  - {{id: T1, title: Pengadaan yang tepat waktu dan efisien}}
---
Rencana kinerja tahun {YEAR}.
""")
    for order, (aid, title) in enumerate(AREAS, 1):
        w(os.path.join(y, "areas", f"{aid}.md"), f"---\ntitle: {title}\nobjective: T1\norder: {order}\n---\nArea {title}.\n")
    # 14 indicators: one per-package indicator per area (value rows), the rest per unit.
    specs = []
    for k, (aid, _) in enumerate(AREAS):
        specs.append((aid, "package", "average", "negative" if k == 0 else "positive", "hari" if k == 0 else "%"))
    units = [("sum", "positive", "paket"), ("average", "positive", "%"), ("last", "positive", "indeks"),
             ("ratio", "positive", "%"), ("average", "negative", "hari")]
    for k in range(10):
        agg, pol, unit = units[k % len(units)]
        specs.append((AREAS[k % 4][0], "unit", agg, pol, unit))
    ids = []
    for i, spec in enumerate(specs, 1):
        iid, text = indicator(i, *spec)
        ids.append((iid, spec))
        w(os.path.join(y, "indicators", f"{iid}.md"), text)
    # Packages.
    packages = []
    for n in range(md_packages + csv_packages):
        kd = str(40000000 + n)
        area = AREAS[n % 4][0]
        code, name, _ = OPDS[n % len(OPDS)]
        pagu = rng.randint(50, 5000) * 1_000_000
        method = METHODS[n % len(METHODS)]
        packages.append((kd, area, code, name, pagu, method))
        if n < md_packages:
            w(os.path.join(y, "packages", f"{kd}.md"), f"""---
nama_paket: Paket pekerjaan {n} {rng.choice(WORDS)} {rng.choice(WORDS)}
kd_satker: "{code}"
nama_satker: {name}
pagu: {pagu}
metode_pengadaan: {method}
jenis_pengadaan: Barang
tgl_awal_pemilihan: {YEAR}-{1 + n % 12:02d}-10
area: {area}
---
{narrative(rng)}""")
    rows = ["kd_rup,nama_paket,kd_satker,nama_satker,pagu,metode_pengadaan,jenis_pengadaan,area"]
    for kd, area, code, name, pagu, method in packages[md_packages:]:
        rows.append(f'{kd},Paket {kd},{code},"{name}",{pagu},{method},Barang,{area}')
    w(os.path.join(y, "packages.csv"), "\n".join(rows) + "\n")
    # Realizations: 12 months, one CSV row per package for its area's package indicator.
    per_area = {spec[0]: iid for iid, spec in ids if spec[1] == "package"}
    for m in range(1, 13):
        period = f"{YEAR}-{m:02d}"
        values = []
        for iid, (area, per, agg, pol, unit) in ids:
            if per != "unit":
                continue
            if agg == "ratio":
                values.append(f"  - {{indicator: {iid}, numerator: {rng.randint(70, 90)}, denominator: 100}}")
            elif agg == "sum":
                values.append(f"  - {{indicator: {iid}, value: {rng.randint(20, 40)}}}")
            else:
                values.append(f"  - {{indicator: {iid}, value: {rng.randint(25, 90)}}}")
        w(os.path.join(y, "realizations", f"{period}.md"), f"""---
period: {period}
reported_on: {YEAR}-{m:02d}-28
reported_by: Tim Pengelola Kelembagaan UKPBJ
values:
{chr(10).join(values)}
data: {period}.csv
---
Kendala dan tindak lanjut bulan {m}.
""")
        lines = ["package,indicator,value,numerator,denominator,note"]
        for kd, area, *_ in packages:
            v = rng.randint(20, 45) if area == "waktu" else rng.randint(60, 100)
            lines.append(f"{kd},{per_area[area]},{v},,,")
        w(os.path.join(y, "realizations", f"{period}.csv"), "\n".join(lines) + "\n")

    # The equivalent Hugo site: the same 10 000 narratives.
    h = os.path.join(out, "hugo")
    w(os.path.join(h, "config.toml"), 'baseURL = "https://bench.example.go.id/"\nlanguageCode = "id"\ntitle = "Kinerja (benchmark)"\n'
      'disableKinds = ["taxonomy", "term", "RSS"]\n')
    rng = random.Random(2026)
    for n in range(md_packages + csv_packages):
        kd, area, code, name, pagu, method = packages[n]
        # Re-draw exactly as above to reproduce the same narrative text.
        rng.randint(50, 5000)
        if n < md_packages:
            title = f"Paket pekerjaan {n} {rng.choice(WORDS)} {rng.choice(WORDS)}"
            w(os.path.join(h, "content", "packages", f"{kd}.md"),
              f'---\ntitle: "{title}"\nkd_satker: "{code}"\npagu: {pagu}\nmetode: "{method}"\narea: "{area}"\n---\n{narrative(rng)}')
    w(os.path.join(h, "layouts", "_default", "baseof.html"),
      '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>'
      '<link rel="stylesheet" href="/assets/site.css"></head><body><header><a href="/">{{ .Site.Title }}</a></header>'
      '<main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>\n')
    w(os.path.join(h, "layouts", "_default", "single.html"),
      '{{ define "main" }}<h1>{{ .Title }}</h1><table><tr><th>OPD</th><td>{{ .Params.kd_satker }}</td></tr>'
      '<tr><th>Pagu</th><td>{{ lang.FormatNumber 0 .Params.pagu }}</td></tr><tr><th>Metode</th><td>{{ .Params.metode }}</td></tr>'
      '<tr><th>Area</th><td>{{ .Params.area }}</td></tr></table>{{ .Content }}{{ end }}\n')
    w(os.path.join(h, "layouts", "_default", "list.html"),
      '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    w(os.path.join(h, "layouts", "index.html"),
      '{{ define "main" }}<h1>{{ .Site.Title }}</h1><p>{{ len .Site.RegularPages }} paket</p>{{ end }}\n')


if __name__ == "__main__":
    main()
