import { useState } from 'react';
import type { FloorSettingsView } from '../../../shared/ipc/dto/floor';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { FloorConnectionForm } from './FloorConnectionForm';
import { FloorImportPanel } from './FloorImportPanel';
import { FloorLeaveDialog } from './FloorLeaveDialog';
import { FloorPolicyView } from './FloorPolicyView';

const STATE_TEXT: Record<FloorSettingsView['status']['state'], string> = {
  embedded: 'Modo local: este computador usa só o próprio banco de dados.',
  online: 'Conectado ao banco central.',
  offline: 'Sem conexão com o banco central — somente leitura. Tentando reconectar…',
  refused: 'O banco central recusou este computador.',
};

/** Configurações → Banco central (admins; the registry checks the permission again). */
export function FloorSection() {
  const q = useChannelQuery('floor.settings.get', {});
  const [leaving, setLeaving] = useState(false);
  const leave = useChannelMutation('floor.leave', {
    invalidates: ['floor.status'],
    onSuccess: (next, _i, _r, ctx) => {
      ctx.client.setQueryData(channelKey('floor.settings.get', {}), next);
      setLeaving(false);
    },
  });
  const view = q.data;
  if (!view)
    return q.error ? <ErrorNote message={errorMessage(q.error)} /> : <p className="loading">Carregando…</p>;
  const joined = view.status.state !== 'embedded';
  return (
    <div aria-label="Banco central">
      <h2>Banco central</h2>
      <p className="muted">
        Todos os computadores da empresa compartilham usuários, configurações e o atendimento num banco
        PostgreSQL. A busca de clientes continua local e rápida.
      </p>
      <p role="status" data-testid="floor-state" data-state={view.status.state}>
        <strong>{STATE_TEXT[view.status.state]}</strong>
        {view.status.reason && view.status.state === 'refused' && <> {view.status.reason}</>}
      </p>
      {view.lockedByPolicy ? (
        <FloorPolicyView view={view} />
      ) : (
        // Remounted when the saved connection changes, so the form opens with it.
        <FloorConnectionForm key={JSON.stringify(view.connection)} view={view} />
      )}
      {joined && <FloorImportPanel />}
      {joined && !view.lockedByPolicy && (
        <div className="form-actions">
          <button type="button" onClick={() => setLeaving(true)}>
            Sair do banco central
          </button>
        </div>
      )}
      {leaving && (
        <FloorLeaveDialog
          busy={leave.isPending}
          error={errorMessage(leave.error)}
          onConfirm={() => leave.mutate({})}
          onClose={() => setLeaving(false)}
        />
      )}
    </div>
  );
}
