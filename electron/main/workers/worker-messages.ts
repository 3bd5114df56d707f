/** pt-BR sentences of the job workers, by key (folded into the message catalog at merge). */
export const WORKER_MESSAGES = {
  died: (label: string, exitCode: number, hint: string) =>
    `A tarefa "${label}" parou inesperadamente (código ${exitCode}). ${hint}`,
  resumable: 'O que já foi gravado está salvo; a próxima execução continua de onde parou.',
  exportLost: 'Nada foi salvo; gere o arquivo novamente.',
  snapshotLost: 'Nenhum envio foi registrado; a próxima execução refaz o retrato e envia uma única vez.',
  startFailed: (label: string, reason: string) =>
    `Não foi possível iniciar a tarefa "${label}" em segundo plano (${reason}).`,
} as const;
