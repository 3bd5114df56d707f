import { msg } from './define';

/** Floor mode: jobs that run once per floor under a lease in the central database. */
export const floorJobsMessages = {
  'floor.leaseLost': msg(
    'CONFLICT',
    (d: { holder: string | null }) =>
      `Outro computador${d.holder ? ` (${d.holder})` : ''} assumiu esta rotina enquanto ela rodava aqui; o que ele já enviou não será repetido.`,
  ),
  'floor.jobUnreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central: não foi possível decidir qual computador roda esta rotina, e nada foi enviado.',
  ),
  'floor.standbyTimedOut': msg(
    'CONFLICT',
    (d: { holder: string }) =>
      `Nada foi enviado: "${d.holder}" está com esta rotina e não terminou no prazo; este computador assume se ele parar.`,
  ),
  'floor.standbyInterrupted': msg(
    'CANCELLED',
    () => 'Interrompida enquanto aguardava outro computador terminar esta rotina.',
  ),
};
