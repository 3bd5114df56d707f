import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientFileContent, ClientFilePage, ClientFileRow } from '../dto/client-files';
import { pageLimit } from './client-paging.channels';

// The web shell refuses request bodies over 40 MB; the size limit itself (FILE_TOO_LARGE) is the service's.
const MAX_BASE64_CHARS = 40 * 1024 * 1024;

export const clientFileChannels = {
  'clientFiles.list': channel<ClientFilePage>()({
    input: z.object({ clientId: id, before: id.optional(), limit: pageLimit }),
    kind: 'query',
  }),
  'clientFiles.attach': channel<ClientFileRow>()({
    input: z.object({
      clientId: id,
      name: z
        .string()
        .trim()
        .min(1, 'O arquivo precisa de um nome.')
        .max(255, 'Nome de arquivo longo demais.'),
      mime: z.string().max(200),
      contentBase64: z
        .string()
        .max(MAX_BASE64_CHARS, 'O arquivo é grande demais para ser anexado.')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Conteúdo do arquivo inválido.'),
    }),
    kind: 'mutation',
    permission: 'clients.files',
  }),
  'clientFiles.download': channel<ClientFileContent>()({ input: z.object({ id }), kind: 'query' }),
  'clientFiles.delete': channel<null>()({
    input: z.object({ id }),
    kind: 'mutation',
    permission: 'clients.files',
  }),
};
