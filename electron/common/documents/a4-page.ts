/** Escapes text for the printed HTML pages (names and answers are typed by people). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A self-contained A4 page for the browser's print dialog, with its print stylesheet. */
export function a4Page(title: string, body: string, lang = 'fr'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: system-ui, "Noto Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.45; color: #000; }
  h1 { font-size: 18pt; margin: 0 0 4mm; }
  h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 1px solid #000; }
  dl { margin: 0; }
  dt { font-weight: 700; margin-top: 2mm; }
  dd { margin: 0 0 0 6mm; }
  .meta { font-size: 10pt; margin-top: 8mm; }
  section { break-inside: avoid; }
  .notice { margin-bottom: 10mm; }
  .notice[dir="rtl"] { text-align: right; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}
