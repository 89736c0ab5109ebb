/**
 * A rollup plugin that minifies the CSS inside Lit's css`…` templates of our own sources: comments and
 * needless white space go. esbuild minifies the JavaScript around them but leaves template text alone, and
 * every element ships several style sheets. Only the literal text between `${}` holes is touched,
 * and a space next to a hole is kept (`margin: 0 ${x}`).
 */
const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/components\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(CSS_LITERAL, (_match, body) => {
        // Split on holes so `${...}` expressions are kept verbatim.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCss(part))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
