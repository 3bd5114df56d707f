// @ts-check
const path = require('node:path');

/**
 * A feature under renderer/modules/<name>/ reaches another feature only through its public
 * surface: its index.ts (components and hooks it offers) or its store.ts (client state).
 * Shared widgets live in renderer/ui/; they, and renderer/lib/, reach a feature the same way
 * (a shared widget built on a feature's internals would drag the feature along).
 * Relative imports, re-exports and dynamic import() are resolved against the file.
 */
const MODULES = path.join('renderer', 'modules') + path.sep;
const SHARED = [path.join('renderer', 'ui') + path.sep, path.join('renderer', 'lib') + path.sep];
const PUBLIC = new Set(['index', 'store']);

const featureOf = (file) => {
  const i = file.indexOf(MODULES);
  if (i < 0) return null;
  const rest = file.slice(i + MODULES.length).split(path.sep);
  return rest.length > 1 ? { name: rest[0], inner: rest.slice(1) } : null;
};

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    messages: {
      internal:
        "'{{source}}' é interno da funcionalidade '{{feature}}': importe de '{{feature}}/index' (ou store), ou mova o componente para renderer/ui.",
    },
    schema: [],
  },
  create(context) {
    const here =
      featureOf(context.filename) ??
      (SHARED.some((dir) => context.filename.includes(dir)) ? { name: '(shared)', inner: [] } : null);
    if (!here) return {};
    const check = (node) => {
      const source = node.source && node.source.type === 'Literal' ? node.source.value : null;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(path.resolve(path.dirname(context.filename), source));
      if (!target || target.name === here.name) return;
      const file = target.inner.join('/').replace(/\.(tsx?|js)$/, '');
      if (target.inner.length === 1 && PUBLIC.has(file)) return;
      context.report({ node, messageId: 'internal', data: { source, feature: target.name } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
