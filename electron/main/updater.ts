import { autoUpdater } from 'electron-updater';
import type { PolicyValues } from '../../shared/ipc/dto/policy';
import { log } from './log';

/** What the updater needs from the machine policy (and, so, what IT can switch off). */
export type UpdatePolicy = Partial<Pick<PolicyValues, 'autoUpdate' | 'updateUrl' | 'updateChannel'>>;

/** The decision alone, so it can be tested without electron-updater. */
export function updatePlan(isPackaged: boolean, policy: UpdatePolicy) {
  if (!isPackaged) return { check: false as const, reason: 'desenvolvimento' };
  if (policy.autoUpdate === false)
    return { check: false as const, reason: 'desligada pela política da empresa' };
  return { check: true as const, url: policy.updateUrl ?? null, channel: policy.updateChannel ?? null };
}

/**
 * Checks the generic update URL baked in by electron-builder (publish.url), or the policy's,
 * and installs on quit. Only in the packaged app: in development there is no app-update.yml.
 * Floors that deploy through SCCM/Intune set "autoUpdate": false in the policy.
 */
export function checkForUpdates(isPackaged: boolean, policy: UpdatePolicy = {}): void {
  const plan = updatePlan(isPackaged, policy);
  if (!plan.check) {
    log.info(`atualização automática não verificada: ${plan.reason}`);
    return;
  }
  if (plan.url)
    autoUpdater.setFeedURL({ provider: 'generic', url: plan.url, channel: plan.channel ?? 'latest' });
  else if (plan.channel) autoUpdater.channel = plan.channel;
  // electron-updater writes to its logger: the same (redacted, file-backed) log as the app.
  autoUpdater.logger = log;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater
    .checkForUpdatesAndNotify()
    .catch((e: unknown) => log.warn('verificação de atualização falhou', e));
}
