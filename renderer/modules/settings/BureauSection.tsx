import { useEffect, useState } from 'react';
import { SecretField } from '../../ui/SecretField';
import type { BureauProduct, BureauSettingsView } from '../../../shared/ipc/dto/bureau';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { BureauProductsField } from './BureauProductsField';
import { BureauTlsFields } from './BureauTlsFields';
import { PolicyLockNote } from './PolicyNotes';
import { usePolicy } from './usePolicy';
import { notify } from '../../ui/toast-store';

/** Configurações → Bureau de crédito. The saved password never comes back here; only whether it exists. */
export function BureauSection() {
  const [view, setView] = useState<BureauSettingsView | null>(null);
  const [url, setUrl] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [products, setProducts] = useState<BureauProduct[]>([]);
  const [defaults, setDefaults] = useState<{ f: string | null; j: string | null }>({ f: null, j: null });
  const [ca, setCa] = useState<{ pem: string | null | undefined; name: string | null }>({
    pem: undefined,
    name: null,
  });
  const [pin, setPin] = useState('');
  const [daily, setDaily] = useState(false);
  const [busy, setBusy] = useState<'save' | 'fetch' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const urlLocked = usePolicy().locked('bureauUrl');

  const load = (v: BureauSettingsView) => {
    setView(v);
    setUrl(v.url);
    setEmail(v.email);
    setPassword('');
    setProducts(v.products);
    setDefaults({ f: v.defaultProductF, j: v.defaultProductJ });
    setCa({ pem: undefined, name: null });
    setPin(v.spkiPin ?? '');
    setDaily(v.receivablesDailySync);
  };
  useEffect(() => {
    void call('bureau.settings.get', {}).then((r) => (r.ok ? load(r.value) : setError(r.error.message)));
  }, []);

  const connection = () => ({
    url,
    email,
    password: password || null,
    caPem: ca.pem,
    spkiPin: pin.trim() || null,
  });
  const fetchProducts = async () => {
    setBusy('fetch');
    const r = await call('bureau.settings.fetchProducts', connection());
    setBusy(null);
    setError(r.ok ? null : r.error.message);
    if (!r.ok) return notify(r.error.message, 'bad');
    notify(`Produtos do bureau atualizados: ${r.value.length} encontrado${r.value.length === 1 ? '' : 's'}.`);
    setProducts(r.value);
    const keep = (id: string | null, type: 'F' | 'J') =>
      r.value.find((p) => p.id === id && p.personType === type)?.id ??
      r.value.find((p) => p.personType === type)?.id ??
      null;
    setDefaults({ f: keep(defaults.f, 'F'), j: keep(defaults.j, 'J') });
  };
  const save = async () => {
    setBusy('save');
    setSaved(false);
    const r = await call('bureau.settings.save', {
      ...connection(),
      products,
      defaultProductF: defaults.f,
      defaultProductJ: defaults.j,
      receivablesDailySync: daily,
    });
    setBusy(null);
    setError(r.ok ? null : r.error.message);
    if (r.ok) {
      load(r.value);
      setSaved(true);
    }
  };

  if (!view) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  return (
    <form
      className="bureau-settings"
      aria-label="Bureau de crédito"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Bureau de crédito (Deps)</h2>
      <label>
        URL da API
        <input value={url} disabled={urlLocked} onChange={(e) => setUrl(e.target.value)} />
      </label>
      {urlLocked && <PolicyLockNote />}
      <label>
        E-mail
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </label>
      <SecretField
        label="Senha"
        value={password}
        onChange={setPassword}
        state={view.passwordState}
        problem={view.passwordProblem}
      />
      <p className="muted" data-testid="bureau-protection">
        {view.protection.note}
      </p>
      {!view.protection.available && (
        <p className="bureau-risk" role="alert">
          Não é possível salvar senhas neste computador: {view.protection.reason}
        </p>
      )}
      <BureauProductsField
        products={products}
        defaultF={defaults.f}
        defaultJ={defaults.j}
        onChange={(f, j) => setDefaults({ f, j })}
        onRefresh={() => void fetchProducts()}
        refreshing={busy === 'fetch'}
      />
      <BureauTlsFields
        saved={view.caCertificate}
        caPem={ca.pem}
        caFileName={ca.name}
        onCaChange={(pem, name) => setCa({ pem, name })}
        pin={pin}
        onPinChange={setPin}
        insecureEnvironment={view.insecureTlsEnvironment}
      />
      <label className="checkbox">
        <input type="checkbox" checked={daily} onChange={(e) => setDaily(e.target.checked)} />
        Sincroniza contas a receber diariamente à 1:00h
      </label>
      <ErrorNote message={error} />
      {saved && <p className="bureau-saved">Configurações salvas.</p>}
      <div className="bureau-footer">
        <button type="submit" className="primary" disabled={busy !== null}>
          Salvar
        </button>
      </div>
    </form>
  );
}
