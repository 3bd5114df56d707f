import { msg } from './define';

/** Floor mode, what every seat reads from the central database: run history, Painel consumption. */
export const floorHistoryMessages = {
  'floor.readUnreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central: os números de todos os computadores não puderam ser lidos agora. Tente de novo quando a conexão voltar.',
  ),
};
