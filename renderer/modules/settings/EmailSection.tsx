import { useEffect, useState } from 'react';
import { SecretField } from '../../ui/SecretField';
import type { EmailSettingsView, SmtpSecurity } from '../../../shared/ipc/dto/email';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { EmailCaField } from './EmailCaField';

const SECURITY: { key: SmtpSecurity; label: string; port: number }[] = [
  { key: 'starttls', label: 'STARTTLS (porta 587)', port: 587 },
  { key: 'tls', label: 'TLS direto (porta 465)', port: 465 },
  { key: 'none', label: 'Nenhuma (só servidor neste computador)', port: 25 },
];

/** Configurações → E-mail: the SMTP server that carries activity notifications. */
export function EmailSection() {
  const [view, setView] = useState<EmailSettingsView | null>(null);
  const [form, setForm] = useState({
    host: '',
    port: '587',
    security: 'starttls' as SmtpSecurity,
    user: '',
    fromName: '',
    fromAddress: '',
  });
  const [password, setPassword] = useState('');
  const [ca, setCa] = useState<{ pem: string | null | undefined; name: string | null }>({
    pem: undefined,
    name: null,
  });
  const [testTo, setTestTo] = useState('');
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = (v: EmailSettingsView) => {
    setView(v);
    setForm({
      host: v.host,
      port: String(v.port),
      security: v.security,
      user: v.user,
      fromName: v.fromName,
      fromAddress: v.fromAddress,
    });
    setPassword('');
    setCa({ pem: undefined, name: null });
  };
  useEffect(() => {
    void call('email.settings.get', {}).then((r) => (r.ok ? load(r.value) : setError(r.error.message)));
  }, []);

  const input = () => ({
    ...form,
    port: Number(form.port),
    password: password || null,
    caPem: ca.pem,
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const run = async (kind: 'save' | 'test') => {
    setBusy(kind);
    setNotice(null);
    const r =
      kind === 'save'
        ? await call('email.settings.save', input())
        : await call('email.settings.test', { ...input(), to: testTo });
    setBusy(null);
    setError(r.ok ? null : r.error.message);
    if (!r.ok) return;
    if ('host' in r.value) {
      load(r.value);
      setNotice('Configurações salvas.');
    } else setNotice(r.value.message);
  };

  if (!view) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  return (
    <form
      className="bureau-settings"
      aria-label="E-mail"
      onSubmit={(e) => {
        e.preventDefault();
        void run('save');
      }}
    >
      <h2>E-mail (notificações de atividades)</h2>
      <label>
        Servidor SMTP
        <input value={form.host} onChange={set('host')} placeholder="smtp.suaempresa.com.br" />
      </label>
      <label>
        Segurança
        <select
          value={form.security}
          onChange={(e) => {
            const s = SECURITY.find((x) => x.key === e.target.value)!;
            setForm((f) => ({ ...f, security: s.key, port: String(s.port) }));
          }}
        >
          {SECURITY.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Porta
        <input inputMode="numeric" value={form.port} onChange={set('port')} />
      </label>
      <label>
        Usuário
        <input value={form.user} onChange={set('user')} autoComplete="off" />
      </label>
      <SecretField
        label="Senha"
        value={password}
        onChange={setPassword}
        state={view.passwordState}
        problem={view.passwordProblem}
      />
      <p className="muted">{view.protectionNote}</p>
      <label>
        Nome do remetente
        <input value={form.fromName} onChange={set('fromName')} />
      </label>
      <label>
        Endereço do remetente
        <input type="email" value={form.fromAddress} onChange={set('fromAddress')} />
      </label>
      <EmailCaField
        saved={view.caCertificate}
        caPem={ca.pem}
        fileName={ca.name}
        onChange={(pem, name) => setCa({ pem, name })}
      />
      <fieldset>
        <legend>Teste</legend>
        <label>
          Enviar para
          <input type="email" value={testTo} onChange={(e) => setTestTo(e.target.value)} />
        </label>
        <button type="button" disabled={busy !== null} onClick={() => void run('test')}>
          {busy === 'test' ? 'Enviando…' : 'Enviar e-mail de teste'}
        </button>
      </fieldset>
      <ErrorNote message={error} />
      {notice && (
        <p className="bureau-saved" role="status">
          {notice}
        </p>
      )}
      <div className="bureau-footer">
        <button type="submit" className="primary" disabled={busy !== null}>
          Salvar
        </button>
      </div>
    </form>
  );
}
