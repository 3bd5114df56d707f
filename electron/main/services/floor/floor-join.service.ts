/**
 * Configurações → Banco central: test a connection, join (the central schema migrated and
 * claimed, the settings saved here with the password sealed, the seat switched at once), leave
 * (back to the local file, which was never touched), and what the screen shows.
 */
import os from 'node:os';
import type { FloorConnectionInput } from '../../../../shared/forms/floor-connection.schema';
import type { FloorProbeResult, FloorSettingsView } from '../../../../shared/ipc/dto/floor';
import type { MessageArgs } from '../../../../shared/ipc/messages';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { joinFloor, EMBEDDED, type FloorJoin } from '../../floor/floor-link';
import { classifyConnectError, probeFloor } from '../../floor/floor-probe';
import { followFloorNow, stopFloorServices } from '../../floor/floor-services';
import {
  clearFloorJoin,
  hasSavedFloorPassword,
  saveFloorJoin,
  savedFloorConnection,
  savedFloorPassword,
} from '../../floor/floor-settings';

function assertNotPolicy(core: Core): void {
  if (core.policy.floor) throw new AppFailure('floor.policyLocked', { policyFile: core.policy.file });
}

/** The typed connection; a blank password reuses the one saved here; omitted CA keeps the saved one. */
async function joinFrom(core: Core, input: FloorConnectionInput): Promise<FloorJoin> {
  const saved = savedFloorConnection(core.db);
  const password = input.password ?? (await savedFloorPassword(core.db, core.secrets));
  if (password === null) throw new AppFailure('floor.authFailed', { user: input.user });
  const caPem = input.caPem === undefined ? saved?.caPem : (input.caPem ?? undefined);
  return {
    connection: {
      host: input.host,
      port: input.port,
      database: input.database,
      user: input.user,
      password,
      sslMode: input.sslMode,
      ...(caPem ? { caPem } : {}),
    },
    company: { id: input.companyId, name: input.companyName },
  };
}

export async function testFloorConnection(
  core: Core,
  input: FloorConnectionInput,
): Promise<FloorProbeResult> {
  const join = await joinFrom(core, input);
  return probeFloor(join.connection, join.company);
}

export function floorSettingsView(core: Core): FloorSettingsView {
  const status = core.floorController.status();
  const base = { status, policyFile: core.policy.file, protectionNote: core.secrets.protectionNote };
  if (core.policy.floor) {
    const { join } = core.policy.floor;
    const { password: _password, caPem, ...c } = join.connection;
    return {
      ...base,
      connection: { ...c, hasCa: Boolean(caPem), companyId: join.company.id, companyName: join.company.name },
      passwordSaved: true,
      lockedByPolicy: true,
    };
  }
  const saved = savedFloorConnection(core.db);
  const { caPem, ...c } = saved ?? { caPem: undefined };
  return {
    ...base,
    connection: saved ? { ...(c as Omit<typeof saved, 'caPem'>), hasCa: Boolean(caPem) } : null,
    passwordSaved: hasSavedFloorPassword(core.db),
    lockedByPolicy: false,
  };
}

export async function joinFloorNow(core: Core, input: FloorConnectionInput): Promise<FloorSettingsView> {
  assertNotPolicy(core);
  const join = await joinFrom(core, input);
  const link = await joinFloor(join, `Central de Atendimento (${os.hostname()})`).catch((e: unknown) => {
    if (e instanceof AppFailure) throw e;
    const c = classifyConnectError(e, join.connection);
    throw new AppFailure(...([c.key, c.details] as MessageArgs));
  });
  try {
    await saveFloorJoin(core.db, core.secrets, join);
  } catch (e) {
    await link.close();
    throw e;
  }
  await stopFloorServices(core);
  const previous = core.floor;
  core.floor = link;
  await previous.close();
  await core.floorController.adopt();
  // No restart: the change feed, job leases, shared settings and accounts follow the floor now.
  await followFloorNow(core);
  return floorSettingsView(core);
}

export async function leaveFloorNow(core: Core): Promise<FloorSettingsView> {
  assertNotPolicy(core);
  clearFloorJoin(core.db);
  await stopFloorServices(core);
  const previous = core.floor;
  core.floor = EMBEDDED;
  await previous.close();
  await core.floorController.adopt();
  await followFloorNow(core);
  return floorSettingsView(core);
}
