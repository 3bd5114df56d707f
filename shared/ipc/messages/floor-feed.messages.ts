import { msg } from './define';

/** Floor mode: shared writes of client records (change feed, issue 18). */
export const floorFeedMessages = {
  'floor.writeUnreachable': msg(
    'FLOOR_UNREACHABLE',
    () =>
      'Sem conexão com o banco central: nada foi salvo. Tente de novo em instantes; o que você digitou continua na tela.',
  ),
  'floor.writeContended': msg(
    'CONFLICT',
    () =>
      'Outros computadores estão salvando neste cliente ao mesmo tempo e não foi possível salvar agora. Tente de novo.',
  ),
};
