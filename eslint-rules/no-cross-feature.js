// @ts-check
const path = require('node:path');

/**
 * A feature under renderer/modules/<name>/ reaches another feature only through its public
 * surface: its index.ts (components and hooks it offers) or its store.ts (client state).
 * Shared widgets live in renderer/ui/. Relative imports are resolved against the file.
 */
const MODULES = path.join('renderer', 'modules') + path.sep;
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
    const here = featureOf(context.filename);
    if (!here) return {};
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(path.resolve(path.dirname(context.filename), source));
      if (!target || target.name === here.name) return;
      const file = target.inner.join('/').replace(/\.(tsx?|js)$/, '');
      if (target.inner.length === 1 && PUBLIC.has(file)) return;
      context.report({ node, messageId: 'internal', data: { source, feature: target.name } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
