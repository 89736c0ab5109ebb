import { readFileSync } from 'node:fs';

/**
 * `npm run cem` writes `custom-elements.json` from the elements' JSDoc. The analyzer sees the TypeScript
 * sources; the plugin below turns that into the manifest of what the package ships, so editors, Storybook and
 * the generated React/Vue/editor files (scripts/generate-host-files.mjs) read the public API only:
 *
 * - one module per public entry of package.json `exports`, at its shipped path (`dist/customer-wizard.js`),
 *   declaring the elements that entry exports, with a `custom-element-definition` export (tag → class);
 * - only public instance members (no private/protected/static ones, no Lit lifecycle), no `FleetElement`;
 * - events without a `{Type}` get theirs from `GlobalEventHandlersEventMap`;
 * - a default that names a module constant (`PAGE_LIMIT_MAX`) becomes its value, and gives the field a type;
 * - `@cssproperty ... Default: \`32rem\`.` becomes the property's `default`.
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const lifecycle = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'render',
  'update',
  'updated',
  'willUpdate',
  'firstUpdated',
  'shouldUpdate',
  'performUpdate',
  'scheduleUpdate',
  'requestUpdate',
  'createRenderRoot',
  'getUpdateComplete',
]);

/** `./dist/types/components/customer-wizard/define.d.ts` → `components/customer-wizard/define.ts`. */
function publicEntries() {
  return (
    Object.values(pkg.exports)
      .filter((entry) => typeof entry === 'object' && /^\.\/dist\/types\/.*\.d\.ts$/.test(entry.types ?? ''))
      .map((entry) => ({
        source: entry.types.replace(/^\.\/dist\/types\//, '').replace(/\.d\.ts$/, '.ts'),
        shipped: entry.default.replace(/^\.\//, ''),
      }))
      // Element entries first, so each class is declared where its own tag is registered.
      .sort((a, b) => Number(a.source === 'components/define.ts') - Number(b.source === 'components/define.ts'))
  );
}

function literalValue(ts, node) {
  if (!node) return undefined;
  if (ts.isNumericLiteral(node) || ts.isStringLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword)
    return node.getText();
  if (node.kind === ts.SyntaxKind.FalseKeyword) return 'false';
  return undefined;
}

function typeOfLiteral(text) {
  if (/^-?[\d_.]+$/.test(text)) return 'number';
  if (/^['"`]/.test(text)) return 'string';
  if (text === 'true' || text === 'false') return 'boolean';
  return undefined;
}

function publicApiPlugin() {
  const constants = new Map(); // module path → Map(name → literal text)
  const eventTypes = new Map(); // event name → type text, from GlobalEventHandlersEventMap
  // A default may name a constant imported from another module; it resolves when every module agrees on its value.
  const anywhere = new Map(); // name → Set(literal text)

  return {
    name: 'fleet-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isVariableStatement(node) && node.parent && ts.isSourceFile(node.parent)) {
        if (!(node.declarationList.flags & ts.NodeFlags.Const)) return;
        for (const declaration of node.declarationList.declarations) {
          const value = literalValue(ts, declaration.initializer);
          if (value === undefined || !ts.isIdentifier(declaration.name)) continue;
          if (!constants.has(moduleDoc.path)) constants.set(moduleDoc.path, new Map());
          constants.get(moduleDoc.path).set(declaration.name.text, value);
          const seen = anywhere.get(declaration.name.text) ?? new Set();
          anywhere.set(declaration.name.text, seen.add(value));
        }
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!member.name || !member.type) continue;
          eventTypes.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map(); // class name → { declaration, module path }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && declaration.tagName) elements.set(declaration.name, { declaration, module });
        }
      }

      const clean = (declaration, sourcePath) => {
        const values = constants.get(sourcePath) ?? new Map();
        const resolve = (item) => {
          if (item.default !== undefined && values.has(item.default)) item.default = values.get(item.default);
          else if (item.default !== undefined && anywhere.get(item.default)?.size === 1)
            item.default = [...anywhere.get(item.default)][0];
          if (!item.type && item.default !== undefined && typeOfLiteral(item.default))
            item.type = { text: typeOfLiteral(item.default) };
          delete item.inheritedFrom;
          return item;
        };
        declaration.members = (declaration.members ?? [])
          .filter((member) => !member.static && (member.privacy ?? 'public') === 'public')
          .filter((member) => !/^[#_]/.test(member.name) && !lifecycle.has(member.name))
          .map(resolve);
        declaration.attributes = (declaration.attributes ?? []).map(resolve);
        for (const attribute of declaration.attributes) {
          const field = declaration.members.find((member) => member.name === attribute.fieldName);
          if (!attribute.type && field?.type) attribute.type = field.type;
        }
        declaration.events = (declaration.events ?? []).map((event) => {
          if (!event.type && eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
          delete event.inheritedFrom;
          return event;
        });
        declaration.cssProperties = (declaration.cssProperties ?? []).map((property) => {
          const match = /\s*Default: `([^`]*)`/.exec(property.description ?? '');
          if (match && property.default === undefined) {
            property.default = match[1];
            // "Text. Default: `x`." keeps "Text."; "Default: `x` (in the dialog `y`)." keeps all of it.
            if (/^\.?\s*$/.test(property.description.slice(match.index + match[0].length)))
              property.description = property.description.slice(0, match.index);
          }
          return property;
        });
        declaration.superclass = { name: 'LitElement', package: 'lit' };
        return declaration;
      };

      const declaredIn = new Map(); // class name → shipped module path
      const modules = [];
      for (const entry of publicEntries()) {
        const source = customElementsManifest.modules.find((module) => module.path === entry.source);
        if (!source) continue;
        const module = { kind: 'javascript-module', path: entry.shipped, declarations: [], exports: [] };
        for (const exported of source.exports ?? []) {
          const element = elements.get(exported.declaration?.name ?? exported.name);
          if (!element || exported.kind !== 'js') continue;
          const { name } = element.declaration;
          if (!declaredIn.has(name)) {
            module.declarations.push(clean(element.declaration, element.module.path));
            declaredIn.set(name, entry.shipped);
          }
          const declaration = { name, module: declaredIn.get(name) };
          module.exports.push({ kind: 'js', name: exported.name, declaration });
          if (entry.source !== 'components/define.ts')
            module.exports.push({ kind: 'custom-element-definition', name: element.declaration.tagName, declaration });
        }
        if (module.exports.length) modules.push(module);
      }
      customElementsManifest.modules = modules;
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.styles.ts', 'components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiPlugin()],
};
