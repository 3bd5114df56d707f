import { useEffect, useState } from 'react';
import { formatBRL, parseBRL } from '../../../shared/domain/money';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';

/** Above this increase the limit dialog asks for an explicit confirmation, whatever the group's cap. */
export function CreditConfirmThreshold() {
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('credit.policy', {}).then((r) => r.ok && setText(formatBRL(r.value.confirmAboveCents)));
  }, []);

  const save = async () => {
    const cents = parseBRL(text);
    if (cents === null) return setError('Valor inválido. Use reais, por exemplo 50.000,00.');
    const r = await call('credit.policy.save', { confirmAboveCents: cents });
    setError(r.ok ? null : r.error.message);
    setNote(r.ok ? 'Salvo.' : null);
  };

  return (
    <form
      className="section-head"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Pedir confirmação para aumentos de limite acima de (R$)
        <input value={text} onChange={(e) => setText(e.target.value)} inputMode="decimal" />
      </label>
      <button type="submit">Salvar</button>
      {note && <span className="muted">{note}</span>}
      <ErrorNote message={error} />
    </form>
  );
}
