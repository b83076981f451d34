/** What every printable document shares: escaping and a self-contained page shell. */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: nothing in it can open a tag, an attribute or an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

/**
 * A complete HTML document that needs nothing from outside: no scripts, no fonts, no images, and a
 * Content-Security-Policy that forbids loading any, so printing it cannot reach the network.
 */
export function printDocument(options: { title: string; css: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(options.title)}</title>
<style>
${options.css}
</style>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/** The page itself: A4 and a plain, readable type that every Windows, macOS and Linux machine has. */
export const basePrintCss = `@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
html { font-family: "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #000; }
body { margin: 0; }`;
