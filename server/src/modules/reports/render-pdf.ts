import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, ReportDoc, TableBlock } from './report-doc';

// Noto Sans SC from the npm registry (OFL-1.1), embedded and subset by pdfkit: the PDF needs no font on the reader's
// or the server's system.
const require = createRequire(import.meta.url);
const REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const FONT_FILES = new Set([REGULAR, BOLD]);

let configured = false;
function configure() {
  if (configured) return;
  pdfmake.setFonts({ NotoSansSC: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
  // nothing but the two font files is read, and nothing is fetched, whatever a document definition names
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => FONT_FILES.has(p));
  configured = true;
}

const pt = (mm: number) => (mm * 72) / 25.4;
const BODY = 15;

function tableContent(t: TableBlock): Content {
  const weights = t.widths ?? t.columns.map(() => 1);
  const head: TableCell[][] = [];
  if (t.groups)
    head.push(
      t.groups.flatMap((g) => [
        { text: g.title, colSpan: g.span, bold: true, alignment: 'center' as const },
        ...Array.from({ length: g.span - 1 }, () => ({})),
      ]),
    );
  head.push(t.columns.map((c) => ({ text: c, bold: true, alignment: 'center' as const })));
  const body = t.rows.map((r) =>
    r.map((c) => ({ text: c, alignment: /^-?[\d.]+%?$/.test(c) ? ('right' as const) : ('left' as const) })),
  );
  return {
    table: {
      headerRows: head.length,
      dontBreakRows: true,
      widths: weights.map((w) => `${w}*`),
      body: [...head, ...body],
    },
    fontSize: 8.5,
    lineHeight: 1.2,
    margin: [0, 6, 0, 10],
  };
}

function blockContent(b: Block): Content {
  switch (b.kind) {
    case 'h1':
      return { text: b.text, bold: true, leadingIndent: BODY * 2, margin: [0, 6, 0, 2], headlineLevel: 1 };
    case 'h2':
      return { text: b.text, bold: true, leadingIndent: BODY * 2, margin: [0, 4, 0, 2], headlineLevel: 2 };
    case 'para':
      return {
        text: b.runs.map((r) => ({ text: r.text, bold: r.bold === true })),
        leadingIndent: BODY * 2,
        alignment: 'justify',
      };
    case 'note':
      return { text: b.text, fontSize: 10, color: '#444444', margin: [0, 10, 0, 0] };
    case 'table':
      return tableContent(b);
    default: {
      const never: never = b;
      return never;
    }
  }
}

/** The report as a PDF with the Chinese font embedded: A4, the official-document margins, page numbers "— 1 —". */
export async function renderPdf(doc: ReportDoc): Promise<Buffer> {
  configure();
  const landscape = doc.landscape === true;
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: landscape ? [pt(25), pt(26), pt(25), pt(24)] : [pt(28), pt(37), pt(26), pt(35)],
    info: { title: doc.title, creator: 'Xiezuo 协作', producer: 'Xiezuo 协作' },
    defaultStyle: { font: 'NotoSansSC', fontSize: BODY, lineHeight: 1.45 },
    // a heading never ends a page: one in the last lines of a page (or with nothing of its own after it) moves on
    pageBreakBefore: (node, q) =>
      node.headlineLevel !== undefined &&
      ((node.startPosition as { verticalRatio?: number }).verticalRatio! > 0.88 ||
        !q.getFollowingNodesOnPage().some((n) => n.headlineLevel === undefined)),
    footer: (page: number) => ({ text: `— ${page} —`, alignment: 'center', fontSize: 12, margin: [0, 14, 0, 0] }),
    content: [
      { text: doc.title, fontSize: 21, bold: true, alignment: 'center', lineHeight: 1.3, margin: [0, 0, 0, 10] },
      ...(doc.subtitle
        ? [
            {
              text: doc.subtitle,
              alignment: 'center' as const,
              margin: [0, 0, 0, 12] as [number, number, number, number],
            },
          ]
        : []),
      ...doc.blocks.map(blockContent),
    ],
  };
  return pdfmake.createPdf(def).getBuffer();
}
