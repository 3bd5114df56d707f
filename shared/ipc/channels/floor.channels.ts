import { channel, empty } from '../channel-spec';
import { floorConnectionSchema } from '../../forms/floor-connection.schema';
import type { FloorImportReport, FloorProbeResult, FloorSettingsView, FloorStatus } from '../dto/floor';

/** Floor mode: Configurações → Banco central (admins) and the offline banner (everyone). */
export const floorChannels = {
  /** Online, offline, refused or embedded: every window reads it for the banner. */
  'floor.status': channel<FloorStatus>()({ input: empty, kind: 'query' }),
  'floor.settings.get': channel<FloorSettingsView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.users',
  }),
  /** "Testar conexão": read-only, classified in pt-BR. */
  'floor.test': channel<FloorProbeResult>()({
    input: floorConnectionSchema,
    kind: 'mutation',
    permission: 'settings.users',
  }),
  /** "Entrar no banco central": migrate and claim, save here (password sealed), switch the seat. */
  'floor.join': channel<FloorSettingsView>()({
    input: floorConnectionSchema,
    kind: 'mutation',
    permission: 'settings.users',
  }),
  /** "Sair do banco central": back to this desktop's file alone. */
  'floor.leave': channel<FloorSettingsView>()({
    input: empty,
    kind: 'mutation',
    permission: 'settings.users',
  }),
  /** "Importar dados deste computador" into an empty central database, with its report. */
  'floor.import': channel<FloorImportReport>()({
    input: empty,
    kind: 'mutation',
    permission: 'settings.users',
  }),
};
