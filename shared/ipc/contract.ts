/**
 * The one IPC contract: channel name -> zod input schema -> result type, plus what the
 * registry checks before the handler runs (session, permission). Each feature declares its
 * channels in `channels/<feature>.channels.ts`; this file joins them, so a channel name can
 * exist only once and main, preload and renderer are all typed from the same object.
 */
import type { z } from 'zod';
import type { ChannelSpec } from './channel-spec';
import { appChannels } from './channels/app.channels';
import { authChannels } from './channels/auth.channels';
import { clientChannels } from './channels/clients.channels';
import { erpChannels } from './channels/erp.channels';
import { financeChannels } from './channels/finance.channels';
import { bureauChannels } from './channels/bureau.channels';
import { creditChannels } from './channels/credit.channels';
import { clientScreenChannels } from './channels/client-screen.channels';
import { receivablesChannels } from './channels/receivables.channels';
import { integrationChannels } from './channels/integration.channels';
import { policyChannels } from './channels/policy.channels';
import { databaseChannels } from './channels/database.channels';
import { emailChannels } from './channels/email.channels';
import { creditReleaseChannels } from './channels/credit-release.channels';
import { homeChannels } from './channels/home.channels';
import { panelChannels } from './channels/panel.channels';
import { clientHeaderChannels } from './channels/client-header.channels';
import type { HistoryExportProgress } from './dto/integration';
import type { ErpAvailability } from './dto/erp';
import type { ClientChanged } from './dto/client-events';
import type { JobProgress } from './dto/jobs';
import type { CreditOrdersChanged } from './dto/credit-release';
import type { FloorImportProgress, FloorStatus } from './dto/floor';
import { floorChannels } from './channels/floor.channels';

export type { ChannelKind, ChannelSpec } from './channel-spec';

export const contract = {
  ...appChannels,
  ...authChannels,
  ...clientChannels,
  ...erpChannels,
  ...financeChannels,
  ...bureauChannels,
  ...creditChannels,
  ...clientScreenChannels,
  ...receivablesChannels,
  ...integrationChannels,
  ...policyChannels,
  ...databaseChannels,
  ...emailChannels,
  ...creditReleaseChannels,
  ...homeChannels,
  ...panelChannels,
  ...clientHeaderChannels,
  ...floorChannels,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C]['output'];

/** Main -> renderer events. */
export interface EventMap {
  'session.changed': { userId: number | null };
  'permissions.changed': Record<string, never>;
  'integration.export.progress': HistoryExportProgress;
  /** Damage found (corrupt) or a backup restored (healthy again). */
  'db.health': { corrupt: boolean };
  /** The ERP circuit breaker opened, let a probe through or closed again. */
  'erp.availability': ErpAvailability;
  /** A sync or a write-back answer changed these clients (or their pending ERP edits). */
  'clients.erpChanged': { clientIds: number[] };
  /** A client changed in main (sync run, ERP confirmation, another window): open screens refetch. */
  'client.changed': ClientChanged;
  /** A job running on a worker thread reported progress, finished, failed or was cancelled. */
  'job.progress': JobProgress;
  /** Orders blocked for credit changed (sync, a decision, an ERP answer): queue, badge, detail refetch. */
  'creditRelease.changed': CreditOrdersChanged;
  /** Someone's activities, tickets or received calls changed: Meu dia refetches. */
  'home.dayChanged': Record<string, never>;
  /** The telephony sent this console a link (Electron): the window takes it with home.screenPop.pending. */
  'home.screenPopRequested': Record<string, never>;
  /** The central database became reachable, unreachable or refused this seat (floor mode banner). */
  'floor.status': FloorStatus;
  /** "Importar dados deste computador" finished or started a step. */
  'floor.import.progress': FloorImportProgress;
}
export type EventName = keyof EventMap;

export const channelNames = Object.keys(contract) as ChannelName[];
