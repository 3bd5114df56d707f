import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm } from 'react-hook-form';
import { ALL_PERMISSIONS, PERMISSIONS } from '../../../shared/auth/permissions';
import { formatBRL } from '../../../shared/domain/money';
import { groupFormSchema, type GroupFormValues, type GroupSave } from '../../../shared/forms/group.schema';
import type { GroupRow } from '../../../shared/ipc/dto/auth';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { CheckboxRow } from './CheckboxRow';
import rows from './CheckboxRow.module.css';
import styles from './SettingsForm.module.css';

interface Props {
  group: GroupRow | null;
  onClose: () => void;
  onSaved: () => void;
}

export function GroupDialog({ group, onClose, onSaved }: Props) {
  const save = useChannelMutation('groups.save', {
    invalidates: ['groups.list', 'users.list'],
    onSuccess: onSaved,
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<GroupFormValues, unknown, Omit<GroupSave, 'id'>>({
    resolver: zodResolver(groupFormSchema),
    defaultValues: {
      name: group?.name ?? '',
      permissions: group?.permissions ?? [],
      maxCreditIncrease: group?.maxCreditIncreaseCents != null ? formatBRL(group.maxCreditIncreaseCents) : '',
      maxOrderRelease: group?.maxOrderReleaseCents != null ? formatBRL(group.maxOrderReleaseCents) : '',
      mayReleaseOverdue: group?.mayReleaseOverdue ?? true,
    },
  });
  const { field: perms } = useController({ control, name: 'permissions' });
  const { field: overdue } = useController({ control, name: 'mayReleaseOverdue' });
  const submit = handleSubmit((fields) =>
    save.mutateAsync({ id: group?.id, ...fields }).catch(() => undefined),
  );

  return (
    <Dialog
      title={group ? `Grupo ${group.name}` : 'Novo grupo'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button
            type="submit"
            form="group-form"
            className={save.isPending ? 'primary is-busy' : 'primary'}
            aria-busy={save.isPending}
            disabled={save.isPending}
          >
            Salvar
          </button>
        </>
      }
    >
      <form id="group-form" className={styles.form} noValidate onSubmit={(e) => void submit(e)}>
        <FormField id="group-name" label="Nome do grupo" error={errors.name?.message}>
          <input {...register('name')} data-autofocus />
        </FormField>
        <fieldset className={styles.group}>
          <legend>Permissões</legend>
          <div className={rows.list}>
            {ALL_PERMISSIONS.map((p) => (
              <CheckboxRow
                key={p}
                label={PERMISSIONS[p]}
                checked={perms.value.includes(p)}
                onChange={(on) =>
                  perms.onChange(on ? [...perms.value, p] : perms.value.filter((x) => x !== p))
                }
              />
            ))}
          </div>
        </fieldset>
        <FormField
          id="group-cap"
          label="Aumento máximo de limite de crédito por cliente a cada 24 h (R$)"
          hint="Em branco: sem teto."
          error={errors.maxCreditIncrease?.message}
        >
          <input {...register('maxCreditIncrease')} inputMode="decimal" placeholder="ex.: 5.000,00" />
        </FormField>
        <fieldset className={styles.group}>
          <legend>Liberação de crédito (pedidos bloqueados)</legend>
          <FormField
            id="group-order-cap"
            label="Valor máximo de pedido que o grupo pode liberar (R$)"
            hint="Em branco: sem teto."
            error={errors.maxOrderRelease?.message}
          >
            <input {...register('maxOrderRelease')} inputMode="decimal" placeholder="ex.: 50.000,00" />
          </FormField>
          <CheckboxRow
            label="Pode liberar pedidos de cliente com títulos vencidos"
            checked={overdue.value}
            onChange={overdue.onChange}
          />
        </fieldset>
        <ErrorNote message={errorMessage(save.error)} />
      </form>
    </Dialog>
  );
}
