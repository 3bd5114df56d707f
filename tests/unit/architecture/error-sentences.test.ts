/**
 * Errors by code, messages at the edge: main's services, gateways and jobs throw catalog keys
 * with typed details; the pt-BR sentence is written once, in shared/ipc/messages/. Both checks
 * name each offender as `file:line: text`, so a site written the old way can be converted
 * mechanically (put the sentence in the feature's catalog file, throw its key).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'electron/main');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(file);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [file] : [];
  });
}

const where = (sf: ts.SourceFile, node: ts.Node): string =>
  `${path.relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').slice(0, 160);

/** Anything with an accent, or two words one of which is a common pt-BR function word. */
const PT_BR =
  /[áàâãéêíóôõúçÁÀÂÃÉÊÍÓÔÕÚÇ]|\b(não|de|do|da|dos|das|um|uma|para|com|em|no|na|ao|foi|seu|sua|este|esta|pelo|pela)\b/i;
const isSentence = (text: string): boolean => /[A-Za-zÀ-ú]{2,}\s+[A-Za-zÀ-ú{]/.test(text) && PT_BR.test(text);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => '${…}' + s.literal.text).join('');
  return null;
}

/** Where a literal becomes (part of) a failure: thrown, or built into a *Failure / *Error / failWith. */
function inErrorPosition(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isThrowStatement(n)) return true;
    if (ts.isNewExpression(n) && /(Failure|Error)$/.test(n.expression.getText())) return true;
    if (ts.isCallExpression(n) && /^(failWith|fail|AppFailure\.fromWire)$/.test(n.expression.getText()))
      return true;
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

function sentencesInErrorPositions(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== null && isSentence(text) && inErrorPosition(node)) {
        found.push(`${where(sf, node)}: ${JSON.stringify(oneLine(text))}`);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Constructions that resolve to AppFailure's deprecated `(code, message)` signature. */
function transitionalThrowSites(files: string[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.node.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!parsed) throw new Error('tsconfig.node.json não pôde ser lido');
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node: ts.Node): void => {
      // super(code, message) inside a transitional overload forwards it; its callers are what count.
      const forwarding = ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword;
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && !forwarding) {
        const decl = checker.getResolvedSignature(node)?.getDeclaration();
        const deprecated = decl && ts.getJSDocTags(decl).some((t) => t.tagName.text === 'deprecated');
        const owner = decl?.getSourceFile().fileName ?? '';
        if (deprecated && /(shared\/ipc\/result|gateways\/erp\/erp-errors)\.ts$/.test(owner)) {
          const args = (node.arguments ?? []).map((a) => oneLine(a.getText(sf))).join(', ');
          const call = ts.isNewExpression(node)
            ? `new ${node.expression.getText(sf)}`
            : node.expression.getText(sf);
          found.push(`${where(sf, node)}: ${call}(${args})`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

const mainFiles = sourcesUnder(MAIN);

/** Text that is data, not a failure told to the user; matched by file and text, never by line. */
const ALLOWED: { file: string; text: string; why: string }[] = [
  {
    file: 'electron/main/gateways/http/chromium-port.ts',
    text: 'sem resposta no prazo',
    why: "a transport error's technical detail, shown inside the catalog's ERP/bureau sentence",
  },
];
const allowed = (site: string): boolean =>
  ALLOWED.some((a) => site.startsWith(`${a.file}:`) && site.endsWith(`: ${JSON.stringify(a.text)}`));

describe('error sentences live in the catalog, not at the throw site', () => {
  it('no failure in electron/main is built the transitional way (code + sentence)', () => {
    const sites = transitionalThrowSites(mainFiles);
    expect(sites, `Converta para new AppFailure('<chave>', {detalhes}):\n${sites.join('\n')}`).toEqual([]);
  }, 120_000);

  it('no pt-BR sentence is thrown or built into a failure in electron/main', () => {
    const sites = sentencesInErrorPositions(mainFiles).filter((s) => !allowed(s));
    expect(sites, `Mova a frase para shared/ipc/messages/:\n${sites.join('\n')}`).toEqual([]);
  });

  it('the checks see what they look for (a site written the old way is named with file:line)', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'tests/unit/architecture/.scan-'));
    const file = path.join(dir, 'old-way.ts');
    try {
      fs.writeFileSync(
        file,
        [
          "import { AppFailure } from '../../../../shared/ipc/result';",
          'export function f(login: string): never {',
          "  throw new AppFailure('CONFLICT', `Já existe um usuário com o login ${login}.`);",
          '}',
          "export const g = (): AppFailure => new AppFailure('users.loginTaken', { login: 'ana' });",
          "import { ErpFailure } from '../../../../electron/main/gateways/erp/erp-errors';",
          "export const h = (): ErpFailure => new ErpFailure('CONFLICT', 'Outra estação alterou.', false, 409);",
          "export const i = (): ErpFailure => new ErpFailure({ retryable: false }, 'erp.tokenRefused');",
          '',
        ].join('\n'),
      );
      const rel = path.relative(ROOT, file);
      expect(transitionalThrowSites([file])).toEqual([
        `${rel}:3: new AppFailure('CONFLICT', \`Já existe um usuário com o login \${login}.\`)`,
        `${rel}:7: new ErpFailure('CONFLICT', 'Outra estação alterou.', false, 409)`,
      ]);
      expect(sentencesInErrorPositions([file])).toEqual([
        `${rel}:3: "Já existe um usuário com o login \${…}."`,
        `${rel}:7: "Outra estação alterou."`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
