// The part of the core's rendered HTML that belongs to one section: from its heading
// (`<h2 id="section-ID">`) to the next second-level heading. The HTML is the core's, in which
// all agreement text is escaped; this only cuts it.

export function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<h2 id="section-${id}">`);
  if (start < 0) return "";
  const headingEnd = html.indexOf("</h2>", start);
  const bodyStart = headingEnd < 0 ? start : headingEnd + "</h2>".length;
  const next = html.indexOf("<h2", bodyStart);
  return html.slice(bodyStart, next < 0 ? html.length : next).trim();
}
