/** Escapes a value put in HTML text or in a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/** Tagged template: every interpolated value is escaped, except `Raw` fragments built by this module's callers. */
export class Raw {
  constructor(readonly html: string) {}
}

type Value = string | number | Raw | readonly Raw[] | null | undefined | false;

export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    if (value instanceof Raw) out += value.html;
    else if (Array.isArray(value)) out += (value as readonly Raw[]).map((part) => part.html).join('');
    else if (value !== null && value !== undefined && value !== false) out += escapeHtml(String(value));
    out += strings[index + 1] ?? '';
  });
  return new Raw(out);
}

/** The whole document: French, one stylesheet from the hub itself, no script. */
export function documentOf(title: string, body: Raw): string {
  return `<!doctype html>\n${
    html`<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/figures.css">
</head>
<body>
${body}
</body>
</html>
`.html
  }`;
}

/** AA contrast (text ≥ 7:1 on white, masked cells 4.5:1 at least), visible focus, tables that scroll on a phone. */
export const FIGURES_CSS = `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.25rem; }
a { color: #0b4f8a; }
:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
section.period { border: 1px solid #595959; padding: 0 1rem 1rem; margin-top: 1rem; }
section.period h2 { border: 0; margin-top: 0.75rem; }
section.period form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
ul.presets { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; list-style: none; padding: 0; }
ul.presets a[aria-current="page"] { font-weight: 700; color: #1a1a1a; text-decoration: none; border-bottom: 3px solid #1f4e79; }
label { display: block; font-weight: 600; }
input, select, button { font: inherit; color: #1a1a1a; border: 1px solid #595959; border-radius: 4px; padding: 0.3rem 0.5rem; background: #ffffff; }
button { background: #1f4e79; color: #ffffff; border-color: #1f4e79; cursor: pointer; }
button.secondary { background: #ffffff; color: #1f4e79; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 1rem 0; min-width: 20rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: 0.3rem 0.6rem; }
thead th { background: #e8eef5; }
td { text-align: right; font-variant-numeric: tabular-nums; }
td.text { text-align: left; }
tr.total th, tr.total td { font-weight: 700; background: #f2f2f2; }
td.masked { color: #4d4d4d; font-style: italic; }
.note, .footnote { color: #333333; font-size: 0.95rem; }
.error { color: #a30000; font-weight: 600; }
.stale { color: #a30000; font-weight: 600; }
header.top { display: flex; justify-content: flex-end; }
`;
