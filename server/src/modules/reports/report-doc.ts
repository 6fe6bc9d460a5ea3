/** A report as a sequence of blocks, written once and rendered to Word, PDF, HTML and plain text. */
export type Run = { text: string; bold?: boolean };
export type TableBlock = {
  kind: 'table';
  /** Column titles; `groups` is an optional row above them spanning columns (e.g. one county over three columns). */
  columns: string[];
  groups?: { title: string; span: number }[];
  rows: string[][];
  /** Relative column widths. */
  widths?: number[];
};
export type Block =
  | { kind: 'h1'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'para'; runs: Run[] }
  | { kind: 'note'; text: string }
  | ({ kind: 'signature' } & Signature)
  | TableBlock;

/** The 落款 at the end: the issuing office and the date (a document's date, 2019年9月30日), right-aligned. */
export type Signature = { issuer: string; date: string };

/** What a file's properties say: the author (the issuing office) and how the document was made. */
export type DocProperties = { author: string; description: string; subject?: string };

export type ReportDoc = {
  title: string;
  subtitle?: string;
  blocks: Block[];
  landscape?: boolean;
  properties?: DocProperties;
};

export const paraText = (b: { runs: Run[] }) => b.runs.map((r) => r.text).join('');

/** The report as plain text: one line per heading or paragraph, table rows tab-separated. */
export function toText(doc: ReportDoc): string {
  const lines = [doc.title, ...(doc.subtitle ? [doc.subtitle] : []), ''];
  for (const b of doc.blocks) {
    if (b.kind === 'para') lines.push(paraText(b));
    else if (b.kind === 'table') lines.push(b.columns.join('\t'), ...b.rows.map((r) => r.join('\t')));
    else if (b.kind === 'signature') lines.push('', b.issuer, b.date);
    else lines.push(b.text);
  }
  return `${lines.join('\n')}\n`;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

const STYLE = `body{font-family:"FangSong_GB2312","仿宋_GB2312","FangSong","仿宋","STFangsong","Noto Serif CJK SC","Noto Serif SC",serif;font-size:16pt;line-height:1.75;max-width:46em;margin:2em auto;padding:0 1em;color:#000}
h1{font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S","SimSun","宋体","Noto Serif CJK SC",serif;font-size:22pt;font-weight:normal;text-align:center;margin:0 0 .5em}
.subtitle{text-align:center;font-family:"KaiTi_GB2312","楷体_GB2312","KaiTi","楷体",serif;margin-bottom:1.5em}
h2{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-size:16pt;font-weight:normal;margin:.5em 0;text-indent:2em}
h3{font-family:"KaiTi_GB2312","楷体_GB2312","KaiTi","楷体",serif;font-size:16pt;font-weight:normal;margin:.5em 0;text-indent:2em}
p{text-indent:2em;margin:0;text-align:justify;line-break:strict}.signature{margin-top:2em}p.sign{text-align:right;text-indent:0;margin-right:4em}p.note{text-indent:0;font-size:12pt;color:#444}
table{border-collapse:collapse;font-size:11pt;line-height:1.4;margin:1em 0;width:100%}th,td{border:1px solid #000;padding:2px 4px}th{font-family:"黑体","SimHei",sans-serif;font-weight:normal;background:#f2f2f2}td.n{text-align:right}`;

function tableHtml(t: TableBlock): string {
  const groups = t.groups
    ? `<tr>${t.groups.map((g) => `<th colspan="${g.span}">${escapeHtml(g.title)}</th>`).join('')}</tr>`
    : '';
  const head = `<tr>${t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const body = t.rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${/^[\d.%-]+$/.test(c) ? ' class="n"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead>${groups}${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

/** The report body as HTML (escaped), for the preview. */
export function toHtmlBody(doc: ReportDoc): string {
  const parts = [
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...(doc.subtitle ? [`<div class="subtitle">${escapeHtml(doc.subtitle)}</div>`] : []),
  ];
  for (const b of doc.blocks) {
    if (b.kind === 'h1') parts.push(`<h2>${escapeHtml(b.text)}</h2>`);
    else if (b.kind === 'h2') parts.push(`<h3>${escapeHtml(b.text)}</h3>`);
    else if (b.kind === 'note') parts.push(`<p class="note">${escapeHtml(b.text)}</p>`);
    else if (b.kind === 'signature')
      parts.push(
        `<div class="signature"><p class="sign">${escapeHtml(b.issuer)}</p><p class="sign">${escapeHtml(b.date)}</p></div>`,
      );
    else if (b.kind === 'para')
      parts.push(
        `<p>${b.runs.map((r) => (r.bold ? `<strong>${escapeHtml(r.text)}</strong>` : escapeHtml(r.text))).join('')}</p>`,
      );
    else parts.push(tableHtml(b));
  }
  return parts.join('\n');
}

/** A whole HTML page (for format=html). */
export function toHtml(doc: ReportDoc): string {
  const meta = doc.properties
    ? `<meta name="author" content="${escapeHtml(doc.properties.author)}"><meta name="description" content="${escapeHtml(doc.properties.description)}">`
    : '';
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>${meta}<style>${STYLE}</style></head><body>\n${toHtmlBody(doc)}\n</body></html>\n`;
}
