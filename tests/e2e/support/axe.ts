import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Where the moderate and minor findings of a run are written, for the issue note (never asserted). */
const REPORT = process.env.AXE_FINDINGS ?? path.join(os.tmpdir(), 'central-axe-findings.jsonl');

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) over what the page shows now and fails on any
 * critical or serious violation; the moderate and minor ones are appended to a findings file.
 */
export async function expectAccessible(page: Page, screen: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const findings: AxeFinding[] = result.violations.map((v) => ({
    screen,
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  for (const f of findings) fs.appendFileSync(REPORT, `${JSON.stringify(f)}\n`);
  const blocking = findings.filter((f) => f.impact === 'critical' || f.impact === 'serious');
  expect.soft(blocking, `${screen}: violações graves do axe`).toEqual([]);
  return findings;
}
