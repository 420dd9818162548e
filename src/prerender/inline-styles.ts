/**
 * The page's Content-Security-Policy (`style-src 'self'`) refuses style attributes in HTML, and
 * the chart positions its marks with them (`--x`, `--w`, `--y`). So the prerendered HTML carries
 * `data-s="<n>"` instead, the values go into a stylesheet of our own (`[data-s="<n>"] { … }`),
 * and just before hydrating, the browser moves each back onto its element through the CSSOM
 * (which the policy allows), so React finds the style it would have set.
 */

/** The attribute that stands for a style attribute in the prerendered HTML. */
export const STYLE_REF = 'data-s';

const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
/** What the chart's styles contain: custom properties and plain values; anything else is refused. */
const PLAIN_DECLARATIONS = /^[-\w\s:;.,()%#]*$/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * Replaces every style attribute in `html` with a reference to `rules` (shared between pages,
 * so equal styles are one rule). Returns the new HTML.
 */
export function extractInlineStyles(html: string, rules: Map<string, number>): string {
  return html.replace(STYLE_ATTRIBUTE, (_, value: string) => {
    const css = value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);
    if (!PLAIN_DECLARATIONS.test(css)) {
      throw new Error(`a prerendered style attribute needs a closer look: ${css.slice(0, 80)}`);
    }
    let id = rules.get(css);
    if (id === undefined) {
      id = rules.size;
      rules.set(css, id);
    }
    return ` ${STYLE_REF}="${id}"`;
  });
}

/** The stylesheet for the references `extractInlineStyles` made. */
export function inlineStyleSheet(rules: ReadonlyMap<string, number>): string {
  return [...rules]
    .map(([css, id]) => `[${STYLE_REF}="${id}"]{${css}}`)
    .join('\n')
    .concat('\n');
}

/**
 * In the browser, before hydrating `container`: each referenced rule's declarations become the
 * element's own style again, and the reference goes.
 */
export function restoreInlineStyles(container: ParentNode, sheets: StyleSheetList): void {
  const byId = new Map<string, string>();
  const prefix = `[${STYLE_REF}="`;
  for (const sheet of Array.from(sheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours
    }
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule && rule.selectorText.startsWith(prefix)) {
        byId.set(rule.selectorText.slice(prefix.length, -2), rule.style.cssText);
      }
    }
  }
  for (const el of Array.from(container.querySelectorAll<HTMLElement>(`[${STYLE_REF}]`))) {
    const css = byId.get(el.getAttribute(STYLE_REF) ?? '');
    if (css !== undefined) el.style.cssText = css;
    el.removeAttribute(STYLE_REF);
  }
}
