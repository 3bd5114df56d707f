/**
 * nodemailer's errors in pt-BR, keeping the server's own answer ("535 5.7.8 ...") so the admin
 * can show it to whoever runs the mail server. `temporary` tells the outbox whether a later
 * attempt may succeed (4xx, network) or not (5xx, wrong password, untrusted certificate).
 */
export interface SmtpFailure {
  message: string;
  serverResponse: string | null;
  temporary: boolean;
}

interface NodemailerError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const CERT_PATTERNS =
  /self[- ]signed|unable to (get|verify)|certificate (has expired|is not yet valid)|Hostname\/IP does not match|altnames/i;

function describe(e: NodemailerError, where: string): Omit<SmtpFailure, 'serverResponse'> {
  const message = e.message ?? '';
  const code = e.responseCode ?? 0;
  if (e.code === 'EAUTH') {
    if (code >= 500 || code === 0) {
      return { message: 'O servidor recusou o usuário ou a senha.', temporary: false };
    }
    return { message: 'O servidor não aceitou o login agora; tente de novo mais tarde.', temporary: true };
  }
  if (CERT_PATTERNS.test(message)) {
    return {
      message:
        `O certificado do servidor ${where} não é confiável (${message}). ` +
        'Importe o certificado da autoridade (CA) do servidor nesta tela; a verificação nunca é desligada.',
      temporary: false,
    };
  }
  if (/wrong version number|packet length too long|ssl3_get_record/i.test(message)) {
    return {
      message: `O servidor ${where} não fala TLS nesta porta. Confira a segurança (STARTTLS ou TLS) e a porta.`,
      temporary: false,
    };
  }
  if (e.code === 'ETLS' || /STARTTLS/i.test(message)) {
    return { message: `O servidor ${where} não ofereceu STARTTLS: ${message}`, temporary: false };
  }
  if (e.code === 'EDNS') {
    return { message: `Servidor ${where} não encontrado (nome inexistente ou sem DNS).`, temporary: true };
  }
  if (/ECONNREFUSED/.test(message)) {
    return { message: `Não foi possível conectar a ${where}: conexão recusada.`, temporary: true };
  }
  if (e.code === 'ETIMEDOUT') {
    return { message: `O servidor ${where} não respondeu a tempo.`, temporary: true };
  }
  if (e.code === 'EENVELOPE') {
    if (code >= 400 && code < 500) {
      return { message: 'O servidor adiou o aceite do remetente ou destinatário.', temporary: true };
    }
    return {
      message: 'O servidor recusou o remetente ou o destinatário (relay não permitido para esta conta?).',
      temporary: false,
    };
  }
  if (e.code === 'EMESSAGE' || code > 0) {
    if (code >= 400 && code < 500) {
      return { message: 'O servidor recusou a mensagem temporariamente.', temporary: true };
    }
    return { message: 'O servidor recusou a mensagem.', temporary: false };
  }
  if (e.code === 'ECONNECTION' || e.code === 'ESOCKET') {
    return { message: `A conexão com ${where} caiu durante o envio.`, temporary: true };
  }
  return { message: `Falha no envio por ${where}.`, temporary: true };
}

export function smtpFailure(error: unknown, host: string, port: number): SmtpFailure {
  const e = (typeof error === 'object' && error ? error : {}) as NodemailerError;
  const described = describe(e, `${host}:${port}`);
  const serverResponse = e.response?.trim() || null;
  return {
    ...described,
    message: serverResponse
      ? `${described.message} Resposta do servidor: «${serverResponse}»`
      : described.message,
    serverResponse,
  };
}
