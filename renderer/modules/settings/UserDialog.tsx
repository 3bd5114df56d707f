import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { userFormSchema, type UserFormValues, type UserSave } from '../../../shared/forms/user.schema';
import type { GroupRow, UserRow } from '../../../shared/ipc/dto/auth';
import { call } from '../../lib/api';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';

interface Props {
  user: UserRow | null;
  groups: GroupRow[];
  onClose: () => void;
  onSaved: () => void;
}

export function UserDialog({ user, groups, onClose, onSaved }: Props) {
  const {
    register,
    handleSubmit,
    setError,
    watch,
    setValue,
    formState: { errors, isSubmitting },
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
  const groupIds = watch('groupIds');
  const toggle = (id: number) =>
    setValue('groupIds', groupIds.includes(id) ? groupIds.filter((x) => x !== id) : [...groupIds, id]);

  const save = handleSubmit(async (fields) => {
    const r = await call('users.save', { id: user?.id, ...fields });
    if (r.ok) onSaved();
    else setError('root.server', { message: r.error.message });
  });
  // One message under the fields, as before: the first field in error, else the server's answer.
  const error =
    errors.name?.message ??
    errors.login?.message ??
    errors.email?.message ??
    errors.password?.message ??
    errors.groupIds?.message ??
    errors.root?.server?.message ??
    null;

  return (
    <Dialog
      title={user ? `Usuário ${user.name}` : 'Novo usuário'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button type="button" className="primary" disabled={isSubmitting} onClick={() => void save()}>
            Salvar
          </button>
        </>
      }
    >
      <label>
        Nome
        <input {...register('name')} aria-invalid={errors.name ? true : undefined} />
      </label>
      <label>
        Login
        <input {...register('login')} aria-invalid={errors.login ? true : undefined} />
      </label>
      <label>
        E-mail (notificações de atividades)
        <input type="email" {...register('email')} aria-invalid={errors.email ? true : undefined} />
      </label>
      <label>
        {user ? 'Nova senha (deixe em branco para manter)' : 'Senha (mínimo 8 caracteres)'}
        <input
          type="password"
          autoComplete="new-password"
          {...register('password')}
          aria-invalid={errors.password ? true : undefined}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" {...register('active')} />
        Ativo
      </label>
      <fieldset>
        <legend>Grupos</legend>
        {groups.map((g) => (
          <label key={g.id} className="checkbox">
            <input type="checkbox" checked={groupIds.includes(g.id)} onChange={() => toggle(g.id)} />
            {g.name}
          </label>
        ))}
      </fieldset>
      <ErrorNote message={error} />
    </Dialog>
  );
}
