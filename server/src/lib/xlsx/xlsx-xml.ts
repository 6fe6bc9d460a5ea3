/**
 * A small streaming XML tokenizer for the parts of an xlsx the importer reads (sheets, shared strings, styles,
 * workbook and relationships). It reports element starts and ends by local name (a namespace prefix such as `x:` is
 * dropped) and, only while the handler asks for it, the text between tags. Text is handed over still escaped;
 * `decodeXml` undoes the five entities and character references once the whole value is known.
 * A DTD is refused (nothing here expands entities); comments and processing instructions are skipped.
 */
export type XmlHandler = {
  /** An element starts; `tag` reads its attributes. `selfClosing` when it is also its own end (`<c r="A1"/>`). */
  open(name: string, tag: XmlTag, selfClosing: boolean): void;
  /** An element ends (not called for self-closing ones). */
  close(name: string): void;
  /** Whether text is wanted now; checked before each run of text. */
  capturing: boolean;
  /** A run of (still escaped) text, possibly one of several pieces of one value. */
  text(raw: string): void;
};

/** Refused markup: thrown as a plain error, which the readers turn into XLSX_REFUSED (corrupt). */
export class XmlError extends Error {}

/** A tag's attributes, read on demand from the buffer it lies in (valid only during the `open` call). */
export class XmlTag {
  s = '';
  from = 0;
  to = 0;

  /** The attribute's value (decoded), or undefined; names are matched with their prefix, e.g. `r:id`. */
  get(name: string): string | undefined {
    let found: string | undefined;
    this.eachRange((s, n0, n1, v0, v1) => {
      if (found === undefined && n1 - n0 === name.length && s.startsWith(name, n0)) found = decodeXml(s.slice(v0, v1));
    });
    return found;
  }

  /** Calls back with each attribute's name and decoded value, in order (one pass for a tag whose attributes all matter). */
  each(fn: (name: string, value: string) => void): void {
    this.eachRange((s, n0, n1, v0, v1) => fn(s.slice(n0, n1), decodeXml(s.slice(v0, v1))));
  }

  /**
   * Calls back with where each attribute's name and (still escaped) value lie in `s`, making no strings: for the
   * one tag read a million times, a sheet's cell.
   */
  eachRange(fn: (s: string, nameFrom: number, nameTo: number, valueFrom: number, valueTo: number) => void): void {
    const s = this.s;
    let i = this.from;
    const to = this.to;
    while (i < to) {
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      if (i >= to) return;
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq >= to) throw new XmlError('attribute without a value');
      let nameEnd = eq;
      while (nameEnd > i && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      let q = eq + 1;
      while (q < to && isSpace(s.charCodeAt(q))) q++;
      const quote = s.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new XmlError('attribute without quotes');
      const end = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (end < 0 || end >= to) throw new XmlError('unterminated attribute');
      fn(s, i, nameEnd, q + 1, end);
      i = end + 1;
    }
  }
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Longest piece of markup (a tag, comment or CDATA) held over between chunks before the input counts as broken. */
const MAX_CARRY = 4 * 1024 * 1024;

/** Feeds chunks of an XML document to a handler; call `end()` after the last. */
export class XmlScanner {
  private rest = '';
  private readonly tag = new XmlTag();
  /** Element names seen, by length and first character: a name is looked up, not cut out of the text, per tag. */
  private readonly names = new Map<number, string[]>();

  constructor(private readonly h: XmlHandler) {}

  write(chunk: string): void {
    const s = this.rest.length ? this.rest + chunk : chunk;
    this.rest = '';
    const h = this.h;
    const tag = this.tag;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (h.capturing) h.text(s.slice(pos));
        return;
      }
      if (lt > pos && h.capturing) h.text(s.slice(pos, lt));
      pos = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) break; // '<' is the last character: wait for more
      if (c1 === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) break;
          pos = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) break;
          if (h.capturing)
            h.text(
              s
                .slice(lt + 9, end)
                .replace(/&/g, '&amp;')
                .replace(/</g, '&lt;'),
            );
          pos = end + 3;
        } else if (n - lt < 9) break;
        else throw new XmlError('DTD or unknown markup');
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) break;
      const closing = c1 === 47; /* / */
      let i = closing ? lt + 2 : lt + 1;
      const nameStart = i;
      let colon = -1;
      for (; i < gt; i++) {
        const c = s.charCodeAt(i);
        if (c === 58 /* : */) colon = i;
        else if (isSpace(c) || c === 47) break;
      }
      if (i === nameStart) throw new XmlError('empty tag name');
      const name = this.nameAt(s, colon < 0 ? nameStart : colon + 1, i);
      if (closing) h.close(name);
      else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        tag.s = s;
        tag.from = i;
        tag.to = selfClosing ? gt - 1 : gt;
        h.open(name, tag, selfClosing);
      }
      pos = gt + 1;
    }
    if (pos < n) {
      if (n - pos > MAX_CARRY) throw new XmlError('markup too long');
      this.rest = s.slice(pos);
    }
  }

  private nameAt(s: string, from: number, to: number): string {
    const key = (to - from) * 0x10000 + s.charCodeAt(from);
    let known = this.names.get(key);
    if (known) for (const n of known) if (s.startsWith(n, from)) return n;
    const name = s.slice(from, to);
    if (!known) this.names.set(key, (known = []));
    if (known.length < 8) known.push(name);
    return name;
  }

  /** The document is complete: nothing may be left half-read. */
  end(): void {
    if (this.rest.trim()) throw new XmlError('truncated document');
  }
}

/** The '>' ending a tag that starts before `from`, skipping quoted attribute values; -1 when not yet in the buffer. */
function tagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = s.indexOf('>', i);
    if (gt < 0) return -1;
    let q = -1;
    for (let j = i; j < gt; j++) {
      const c = s.charCodeAt(j);
      if (c === 34 || c === 39) {
        q = j;
        break;
      }
    }
    if (q < 0) return gt;
    const close = s.indexOf(s[q]!, q + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
// OOXML writes characters XML cannot hold (and a literal "_x" sequence) as _xHHHH_
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Undoes XML escaping: the five named entities and numeric character references. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Text of a spreadsheet string: XML unescaped, then OOXML's _xHHHH_ escapes; always a string of its own. A value
 * cut out of the document with slice() would keep the whole 64 KB chunk it came from alive for as long as the value
 * lives (a row waiting for its batch): measured, that promoted every chunk of a 100,000-row sheet to the old
 * generation and took the heap 100 MB up between full collections.
 */
export function decodeCellText(raw: string): string {
  let s = decodeXml(raw);
  if (s.includes('_x')) s = s.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s.length < 13 ? s : (' ' + s).slice(1); // V8 copies strings shorter than 13 characters on slice anyway
}
