/** Ids for imported records that have none of ours (stable, from headline and date, unique), and addresses kept as written. */
import { safeHttpUrl } from '../safe-url';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isId(value: string): boolean {
  return ID.test(value);
}

/** Lowercase ASCII words joined by hyphens: "Qin unifies China!" → "qin-unifies-china". */
export function slugify(text: string, max = 64): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** "-0220-03" → "bc221-03": a date as part of an id, years before AD 1 as people count them. */
function dateSlug(edtf: string): string {
  const counted = edtf.replace(
    /(^|\/)Y?-(\d+)/g,
    (_match, before: string, year: string) => `${before}bc${Number(year) + 1}`,
  );
  return slugify(counted, 24);
}

/** Hands out ids, never the same twice: a taken id gets -2, -3… */
export class IdMaker {
  private readonly taken = new Set<string>();

  reserve(id: string): void {
    this.taken.add(id);
  }

  unique(base: string, fallback: string): string {
    const root = base === '' ? fallback : base;
    let id = root;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${root.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    this.taken.add(id);
    return id;
  }

  /** From a headline and an EDTF date: "qin-unifies-china-bc0220". */
  fromHeadline(headline: string | undefined, date: string, fallback: string): string {
    const when = dateSlug(date);
    const words = slugify(headline ?? '', 63 - when.length);
    return this.unique([words, when].filter((s) => s !== '').join('-'), fallback);
  }
}

/** The address as written (trimmed) when it is absolute http(s), else null. */
export function httpAddress(value: string): string | null {
  const trimmed = value.trim();
  return safeHttpUrl(trimmed) === null ? null : trimmed;
}
