import { z } from 'zod';
import { channel, empty, id } from '../channel-spec';
import type { AppInfo, WorkspaceState } from '../dto/app';

export const appChannels = {
  'app.info': channel<AppInfo>()({ input: empty, kind: 'query', auth: 'public' }),
  // Workspace tabs, restored on restart.
  'workspace.get': channel<WorkspaceState>()({ input: empty, kind: 'query' }),
  'workspace.save': channel<null>()({
    input: z.object({
      openClientIds: z.array(id).max(30),
      activeClientId: id.nullable(),
      openContactIds: z.array(id).max(30).default([]),
      activeContactId: id.nullable().default(null),
    }),
    kind: 'session',
  }),
  // Renderer errors and unhandled rejections go to the main log; public so the login screen's count too.
  'app.log.report': channel<null>()({
    input: z.object({
      level: z.enum(['warn', 'error']),
      message: z.string().max(4000),
      stack: z.string().max(16000).optional(),
    }),
    kind: 'session',
    auth: 'public',
  }),
  // Configurações → Sobre.
  'app.diagnostics': channel<{ text: string }>()({ input: empty, kind: 'query' }),
  'app.logs.open': channel<{ opened: boolean; path: string | null }>()({ input: empty, kind: 'session' }),
};
