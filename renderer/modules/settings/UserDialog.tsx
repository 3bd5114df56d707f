import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm } from 'react-hook-form';
import { userFormSchema, type UserFormValues, type UserSave } from '../../../shared/forms/user.schema';
import type { GroupRow, UserRow } from '../../../shared/ipc/dto/auth';
import { errorMessage, useChannelMutation } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { CheckboxRow } from './CheckboxRow';
import rows from './CheckboxRow.module.css';
import styles from './SettingsForm.module.css';

interface Props {
  user: UserRow | null;
  groups: GroupRow[];
  onClose: () => void;
  onSaved: () => void;
}

export function UserDialog({ user, groups, onClose, onSaved }: Props) {
  const save = useChannelMutation('users.save', {
    invalidates: ['users.list', 'groups.list'],
    onSuccess: onSaved,
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<UserFormValues, unknown, Omit<UserSave, 'id'>>({
    resolver: zodResolver(userFormSchema),
    defaultValues: {
      name: user?.name ?? '',
      login: user?.login ?? '',
      email: user?.email ?? '',
      password: '',
      active: user?.active ?? true,
      groupIds: user?.groupIds ?? [],
    },
  });
  const { field: active } = useController({ control, name: 'active' });
  const { field: groupIds } = useController({ control, name: 'groupIds' });
  const submit = handleSubmit((fields) =>
    save.mutateAsync({ id: user?.id, ...fields }).catch(() => undefined),
  );

  return (
    <Dialog
      title={user ? `Usuário ${user.name}` : 'Novo usuário'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button
            type="submit"
            form="user-form"
            className={save.isPending ? 'primary is-busy' : 'primary'}
            aria-busy={save.isPending}
            disabled={save.isPending}
          >
            Salvar
          </button>
        </>
      }
    >
      <form id="user-form" className={styles.form} noValidate onSubmit={(e) => void submit(e)}>
        <FormField id="user-name" label="Nome" error={errors.name?.message}>
          <input {...register('name')} data-autofocus />
        </FormField>
        <FormField id="user-login" label="Login" error={errors.login?.message}>
          <input {...register('login')} autoComplete="off" />
        </FormField>
        <FormField id="user-email" label="E-mail (notificações de atividades)" error={errors.email?.message}>
          <input type="email" {...register('email')} />
        </FormField>
        <FormField
          id="user-password"
          label={user ? 'Nova senha (deixe em branco para manter)' : 'Senha (mínimo 8 caracteres)'}
          error={errors.password?.message}
        >
          <input type="password" autoComplete="new-password" {...register('password')} />
        </FormField>
        <CheckboxRow label="Ativo" checked={active.value} onChange={active.onChange} />
        <fieldset className={styles.group}>
          <legend>Grupos</legend>
          <div className={rows.list}>
            {groups.map((g) => (
              <CheckboxRow
                key={g.id}
                label={g.name}
                checked={groupIds.value.includes(g.id)}
                onChange={(on) =>
                  groupIds.onChange(on ? [...groupIds.value, g.id] : groupIds.value.filter((x) => x !== g.id))
                }
              />
            ))}
          </div>
          {errors.groupIds?.message && <ErrorNote message={errors.groupIds.message} />}
        </fieldset>
        <ErrorNote message={errorMessage(save.error)} />
      </form>
    </Dialog>
  );
}
