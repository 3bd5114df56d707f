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
};
