import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * What the installer will be, read from electron-builder.yml (packaging itself downloads
 * Electron and runs only on a Windows build machine).
 */
const root = path.resolve(__dirname, '../../..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[]; azureSignOptions?: unknown };
  nsis: { perMachine: boolean; artifactName: string };
  msi: { perMachine: boolean; upgradeCode: string; artifactName: string };
  publish: { provider: string; url: string };
  protocols: { name: string; schemes: string[] }[];
};
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it("is valid for electron-builder's own schema (a misspelt key would be ignored silently otherwise)", () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('flips the fuses that keep the installed app from being used as a Node runtime', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    // The renderer is served from app://central/: a local file page gets no extra privileges.
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('builds a per-user NSIS installer and a per-machine MSI, with different file names', () => {
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['msi', 'nsis']);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(config.nsis.artifactName).not.toBe(config.msi.artifactName);
  });

  it('does not ship node_modules/electron, which npm lists as an optional (so production) dependency', () => {
    expect(pkg.optionalDependencies?.electron).toBeDefined();
    expect(config.files).toContain('!**/node_modules/electron/**');
  });

  it('keeps signing secrets out of the file: they come from the environment', () => {
    const text = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/certificatePassword|certificateFile|cscLink|cscKeyPassword|clientSecret/i);
    expect(config.win.azureSignOptions).toBeUndefined();
    const script = fs.readFileSync(path.join(root, 'scripts/package-win.mjs'), 'utf8');
    expect(script).toContain('AZURE_SIGNING_ENDPOINT');
    expect(script).toContain('CSC_LINK');
  });

  it('updates from a URL given at packaging time, never one written in the file', () => {
    expect(config.publish).toMatchObject({ provider: 'generic', url: '${env.CENTRAL_UPDATE_URL}' });
  });

  it('the gateways need no HTTP library that is not a production dependency', () => {
    expect(pkg.dependencies.undici).toBeDefined();
    expect(pkg.dependencies.axios).toBeUndefined();
  });
});

describe('vendored Electron types', () => {
  it('match the pinned Electron version exactly', () => {
    const pinned = pkg.optionalDependencies?.electron ?? '';
    expect(pinned, 'electron must be pinned to one version').toMatch(/^\d+\.\d+\.\d+$/);
    const head = fs.readFileSync(path.join(root, 'electron/types/electron.d.ts'), 'utf8').slice(0, 300);
    const vendored = /Type definitions for Electron (\d+\.\d+\.\d+)/.exec(head)?.[1];
    expect(vendored).toBe(pinned);
  });

  it('registers the central:// scheme the telephony opens (screen pop)', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['central']);
    expect(config.nsis.perMachine).toBe(false);
  });
});
