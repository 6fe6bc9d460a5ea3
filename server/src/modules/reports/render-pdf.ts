import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { breakUnits, titleLines } from './cjk-lines';
import type { Block, ReportDoc, Run, TableBlock } from './report-doc';

// Fonts from the npm registry (OFL-1.1), embedded and subset by pdfkit: the PDF needs no font on the reader's or the
// server's system. The hierarchy follows the Word file (GB/T 9704): the title in a heavy serif standing in for
// 方正小标宋, the body in a serif standing in for 仿宋_GB2312, level-one headings in a sans standing in for 黑体 and
// level-two headings in a semi-bold serif standing in for 楷体.
const require = createRequire(import.meta.url);
const SERIF = '@expo-google-fonts/noto-serif-sc';
const FILES = {
  serif: require.resolve(`${SERIF}/400Regular/NotoSerifSC_400Regular.ttf`),
  serifSemi: require.resolve(`${SERIF}/600SemiBold/NotoSerifSC_600SemiBold.ttf`),
  serifBold: require.resolve(`${SERIF}/700Bold/NotoSerifSC_700Bold.ttf`),
  sans: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  sansBold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};
const FONT_FILES = new Set(Object.values(FILES));

let configured = false;
function configure() {
  if (configured) return;
  const face = (normal: string, bold: string) => ({ normal, bold, italics: normal, bolditalics: bold });
  pdfmake.setFonts({
    Body: face(FILES.serif, FILES.serifBold),
    Title: face(FILES.serifBold, FILES.serifBold),
    Kai: face(FILES.serifSemi, FILES.serifBold),
    Hei: face(FILES.sans, FILES.sansBold),
  });
  // nothing but the font files is read, and nothing is fetched, whatever a document definition names
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => FONT_FILES.has(p));
  configured = true;
}

const pt = (mm: number) => (mm * 72) / 25.4;
const BODY = 16; // 三号
const TITLE = 22; // 二号

/** Text cut into units that never break inside (see cjk-lines): pdfmake breaks lines only between them. */
const units = (text: string, style: { bold?: boolean } = {}) =>
  breakUnits(text).map((u) => ({ text: u, noWrap: true, ...style }));
const runsOf = (runs: Run[]) => runs.flatMap((r) => units(r.text, r.bold ? { bold: true } : {}));

function tableContent(t: TableBlock): Content {
  const weights = t.widths ?? t.columns.map(() => 1);
  const head: TableCell[][] = [];
  if (t.groups)
    head.push(
      t.groups.flatMap((g) => [
        { text: g.title, colSpan: g.span, font: 'Hei', alignment: 'center' as const },
        ...Array.from({ length: g.span - 1 }, () => ({})),
      ]),
    );
  head.push(t.columns.map((c) => ({ text: units(c), font: 'Hei', alignment: 'center' as const })));
  const body = t.rows.map((r) =>
    r.map((c) => ({ text: units(c), alignment: /^-?[\d.]+%?$/.test(c) ? ('right' as const) : ('left' as const) })),
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

function blockContent(b: Block, width: number): Content {
  switch (b.kind) {
    case 'h1':
      return { text: units(b.text), font: 'Hei', leadingIndent: BODY * 2, margin: [0, 6, 0, 2], headlineLevel: 1 };
    case 'h2':
      return { text: units(b.text), font: 'Kai', leadingIndent: BODY * 2, margin: [0, 4, 0, 2], headlineLevel: 2 };
    case 'para':
      return { text: runsOf(b.runs), leadingIndent: BODY * 2, alignment: 'justify' };
    case 'note':
      return { text: units(b.text), fontSize: 10, color: '#444444', margin: [0, 10, 0, 0] };
    case 'signature':
      // 落款: the issuing office (a long name broken at a phrase boundary) and the date, right-aligned, two
      // characters in from the right margin
      return {
        stack: [...titleLines(b.issuer, Math.floor(width / BODY) - 2), b.date].map((text) => ({
          text,
          noWrap: true,
          alignment: 'right' as const,
        })),
        margin: [0, BODY * 2, BODY * 2, 0],
        unbreakable: true,
      };
    case 'table':
      return tableContent(b);
    default: {
      const never: never = b;
      return never;
    }
  }
}

/** The report as a PDF with its fonts embedded: A4, the official-document margins, page numbers "— 1 —". */
export async function renderPdf(doc: ReportDoc): Promise<Buffer> {
  configure();
  const landscape = doc.landscape === true;
  const margins: [number, number, number, number] = landscape
    ? [pt(25), pt(26), pt(25), pt(24)]
    : [pt(28), pt(37), pt(26), pt(35)];
  const width = (landscape ? pt(297) : pt(210)) - margins[0] - margins[2];
  const props = doc.properties;
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: margins,
    info: {
      title: doc.title,
      author: props?.author,
      subject: props?.description,
      keywords: props?.subject,
      creator: '协作平台 Xiezuo',
      producer: '协作平台 Xiezuo',
    },
    defaultStyle: { font: 'Body', fontSize: BODY, lineHeight: 1.45 },
    // a heading never ends a page: one in the last lines of a page (or with nothing of its own after it) moves on
    pageBreakBefore: (node, q) =>
      node.headlineLevel !== undefined &&
      ((node.startPosition as { verticalRatio?: number }).verticalRatio! > 0.88 ||
        !q.getFollowingNodesOnPage().some((n) => n.headlineLevel === undefined)),
    footer: (page: number) => ({ text: `— ${page} —`, alignment: 'center', fontSize: 12, margin: [0, 14, 0, 0] }),
    content: [
      {
        // the title breaks at phrase boundaries chosen here, one line each
        stack: titleLines(doc.title, Math.floor(width / TITLE)).map((line) => ({ text: line, noWrap: true })),
        font: 'Title',
        fontSize: TITLE,
        alignment: 'center',
        lineHeight: 1.3,
        margin: [0, 0, 0, 10],
      },
      ...(doc.subtitle
        ? [
            {
              text: units(doc.subtitle),
              font: 'Kai',
              alignment: 'center' as const,
              margin: [0, 0, 0, 12] as [number, number, number, number],
            },
          ]
        : []),
      ...doc.blocks.map((b) => blockContent(b, width)),
    ],
  };
  return pdfmake.createPdf(def).getBuffer();
}
