import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from './FormField';

interface Props {
  id: string;
  label: string;
  error: string | undefined;
  /** 'saved': the store holds one (shown as dots, typed over to change). */
  state: 'none' | 'saved' | 'unreadable';
  registration: UseFormRegisterReturn;
}

/** A password or token kept by the secret store: never shown back, only replaced. */
export function SecretField({ id, label, error, state, registration }: Props) {
  return (
    <FormField id={id} label={label} error={error}>
      <input
        type="password"
        autoComplete="new-password"
        placeholder={state === 'saved' ? '•••••••• (salva; digite para trocar)' : ''}
        {...registration}
      />
    </FormField>
  );
}
