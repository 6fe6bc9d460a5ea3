/**
 * Chinese line breaking (禁则) for the PDF writer: text is cut into units that never break inside, so no line starts
 * with closing punctuation and none ends with opening punctuation; titles break only at phrase boundaries.
 */

/** May not start a line: closing brackets and quotes, stops, commas, the enumeration comma, the middle dot. */
const CLOSING = new Set([...'，。、；：？！）》」』】〕〉”’·…—%‰℃,.;:?!)]}']);
/** May not end a line: opening brackets and quotes. */
const OPENING = new Set([...'（《「『【〔〈“‘([{']);
/** Binds both ways: the dot inside "一·丝·爱" keeps its neighbours. */
const JOINING = new Set(['·']);
/** Runs that stay whole: Latin words and figures (2018, 212.53). */
const WORD = /[A-Za-z0-9][A-Za-z0-9.,+\-/]*[A-Za-z0-9]|[A-Za-z0-9]/y;

function atoms(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    const atom = m ? m[0] : String.fromCodePoint(text.codePointAt(i)!);
    out.push(atom);
    i += atom.length;
  }
  return out;
}

/** The text as units a line may break between (and nowhere else). Joined, they give the text back. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const a of atoms(text)) {
    const last = units.length - 1;
    const first = a[0]!;
    const bind = last >= 0 && (glueNext || CLOSING.has(first) || OPENING.has(units[last]!.at(-1)!));
    if (bind) units[last] += a;
    else units.push(a);
    glueNext = JOINING.has(a.at(-1)!);
  }
  return units;
}

/** A character's width in ems: CJK and full-width signs 1, Latin letters and figures about half. */
const widthOf = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 && c !== '·' ? 0.55 : 1), 0);

/** Lines of at most `maxEms` (a unit longer than that stands alone), breaking only between units. For tests and titles. */
export function wrapUnits(units: string[], maxEms: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let width = firstIndent;
  for (const u of units) {
    const w = widthOf(u);
    if (line && width + w > maxEms + 1e-9) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += u;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where a title may break: before these phrases, and after a year ("2018年"). */
const PHRASE_STARTS = ['东西部', '对口帮扶', '和支援合作', '工作总结', '计划执行情况对照表', '东西部协作计划'];

function titleBreaks(title: string): number[] {
  const at = new Set<number>();
  for (const p of PHRASE_STARTS) for (let i = title.indexOf(p); i > 0; i = title.indexOf(p, i + 1)) at.add(i);
  for (const m of title.matchAll(/\d{4}年/g)) at.add(m.index + m[0].length);
  return [...at].filter((i) => i > 0 && i < title.length).sort((a, b) => a - b);
}

/**
 * A title in as few lines as fit `maxEms`, broken only at phrase boundaries, the longest line as short as possible
 * (a tie goes to the longer first line); falls back to unit breaking when no choice of boundaries fits.
 */
export function titleLines(title: string, maxEms: number): string[] {
  if (widthOf(title) <= maxEms) return [title];
  const cuts = titleBreaks(title);
  let best: { lines: string[]; worst: number; first: number } | null = null;
  const n = cuts.length;
  for (let mask = 1; mask < 1 << n && n <= 12; mask++) {
    const chosen = cuts.filter((_, i) => mask & (1 << i));
    const bounds = [0, ...chosen, title.length];
    const lines = bounds.slice(1).map((end, i) => title.slice(bounds[i], end));
    const widths = lines.map(widthOf);
    const worst = Math.max(...widths);
    if (worst > maxEms) continue;
    const better =
      !best ||
      lines.length < best.lines.length ||
      (lines.length === best.lines.length && (worst < best.worst || (worst === best.worst && widths[0]! > best.first)));
    if (better) best = { lines, worst, first: widths[0]! };
  }
  return best?.lines ?? wrapUnits(breakUnits(title), maxEms);
}
