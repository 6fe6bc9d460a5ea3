import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Block, ReportDoc, TableBlock } from './report-doc';

/** mm → twentieths of a point (twips). */
const mm = (v: number) => Math.round(v * 56.6929);
const LINE = 560; // fixed 28 pt lines, the usual 公文 body spacing
const BODY_SIZE = 32; // 三号 = 16 pt, in half-points
const INDENT = 640; // two characters of 16 pt

/**
 * Fonts of an official document (GB/T 9704): title 方正小标宋简体, body 仿宋_GB2312, level-one headings 黑体, level-two
 * 楷体_GB2312; Latin text and figures in Times New Roman. The font table below names the fallbacks a reader without
 * these fonts gets (w:altName), and the GB2312 charset so Word substitutes a Chinese face of the same family.
 */
const F = {
  title: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' },
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' },
  h1: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  h2: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '楷体_GB2312' },
  page: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' },
};

const FONTS: { name: string; alt: string; family: 'roman' | 'modern' | 'swiss' }[] = [
  { name: '方正小标宋简体', alt: 'FZXiaoBiaoSong-B05S', family: 'roman' },
  { name: 'FZXiaoBiaoSong-B05S', alt: 'SimSun', family: 'roman' },
  { name: '仿宋_GB2312', alt: '仿宋', family: 'modern' },
  { name: '仿宋', alt: 'FangSong', family: 'modern' },
  { name: '楷体_GB2312', alt: '楷体', family: 'modern' },
  { name: '楷体', alt: 'KaiTi', family: 'modern' },
  { name: '黑体', alt: 'SimHei', family: 'swiss' },
  { name: '宋体', alt: 'SimSun', family: 'roman' },
  { name: 'SimSun', alt: '宋体', family: 'roman' },
];

const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${FONTS.map(
  (f) =>
    `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
).join(
  '',
)}<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

const run = (text: string, o: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text, font: F.body, size: BODY_SIZE, ...o });
const body = {
  spacing: { line: LINE, lineRule: LineRuleType.EXACT },
  indent: { firstLine: INDENT },
  alignment: AlignmentType.JUSTIFIED,
};

const CELL_SIZE = 21; // 五号 10.5 pt
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, o: { header?: boolean; span?: number; width: number; numeric?: boolean }) {
  return new TableCell({
    columnSpan: o.span,
    width: { size: o.width, type: WidthType.DXA },
    borders,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: o.header ? AlignmentType.CENTER : o.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, font: o.header ? F.h1 : F.body, size: CELL_SIZE })],
      }),
    ],
  });
}

function table(t: TableBlock, contentWidth: number): Table {
  const weights = t.widths ?? t.columns.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * contentWidth));
  const rows: TableRow[] = [];
  if (t.groups) {
    let at = 0;
    const cells = t.groups.map((g) => {
      const w = widths.slice(at, at + g.span).reduce((a, b) => a + b, 0);
      at += g.span;
      return cell(g.title, { header: true, span: g.span > 1 ? g.span : undefined, width: w });
    });
    rows.push(new TableRow({ tableHeader: true, children: cells }));
  }
  rows.push(
    new TableRow({
      tableHeader: true,
      children: t.columns.map((c, i) => cell(c, { header: true, width: widths[i]! })),
    }),
  );
  for (const r of t.rows)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: r.map((c, i) => cell(c, { width: widths[i]!, numeric: /^-?[\d.]+%?$/.test(c) })),
      }),
    );
  return new Table({ rows, width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths });
}

function blockToDocx(b: Block, contentWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'h1':
      return [new Paragraph({ ...body, keepNext: true, children: [run(b.text, { font: F.h1 })] })];
    case 'h2':
      return [new Paragraph({ ...body, keepNext: true, children: [run(b.text, { font: F.h2 })] })];
    case 'para':
      return [new Paragraph({ ...body, children: b.runs.map((r) => run(r.text, { bold: r.bold })) })];
    case 'note':
      return [
        new Paragraph({
          spacing: { before: 240, line: 400, lineRule: LineRuleType.EXACT },
          children: [run(b.text, { size: 24 })],
        }),
      ];
    case 'signature':
      // 落款: the issuing office and the date right-aligned, two characters in from the right margin (a long
      // office name fits one line)
      return [b.issuer, b.date].map(
        (text, i) =>
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            indent: { right: INDENT },
            spacing: { line: LINE, lineRule: LineRuleType.EXACT, ...(i === 0 ? { before: LINE * 2 } : {}) },
            keepNext: i === 0,
            children: [run(text)],
          }),
      );
    case 'table':
      return [table(b, contentWidth), new Paragraph({ children: [] })];
    default: {
      const never: never = b;
      return never;
    }
  }
}

/** The report as a Word document in official-document layout: A4, GB/T 9704 margins and fonts, page numbers "— 1 —". */
export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const landscape = doc.landscape === true;
  const margin = landscape
    ? { top: mm(26), bottom: mm(24), left: mm(25), right: mm(25) }
    : { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
  const contentWidth = (landscape ? mm(297) : mm(210)) - margin.left - margin.right;
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 200 },
    children: [new TextRun({ text: doc.title, font: F.title, size: 44 })],
  });
  const subtitle = doc.subtitle
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 300 },
          children: [run(doc.subtitle, { font: F.h2 })],
        }),
      ]
    : [];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: F.page, size: 28 })],
      }),
    ],
  });
  const props = doc.properties;
  const document = new Document({
    // the issuing office is the author; how the file was made goes in its description, not on the page
    creator: props?.author ?? '协作平台',
    lastModifiedBy: props?.author ?? '协作平台',
    title: doc.title,
    subject: props?.subject,
    description: props?.description,
    styles: { default: { document: { run: { font: F.body, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mm(210),
              height: mm(297),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { ...margin, footer: mm(20) },
          },
        },
        footers: { default: footer },
        children: [title, ...subtitle, ...doc.blocks.flatMap((b) => blockToDocx(b, contentWidth))],
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
}
