interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'saved': the store holds one (shown as dots, typed over to change); 'unreadable': see problem. */
  state: 'none' | 'saved' | 'unreadable';
  problem?: string | null;
}

/** A password or token kept by the secret store: never shown back, only replaced. */
export function SecretField({ label, value, onChange, state, problem }: Props) {
  return (
    <>
      <label>
        {label}
        <input
          type="password"
          value={value}
          autoComplete="new-password"
          placeholder={state === 'saved' ? '•••••••• (salva; digite para trocar)' : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {state === 'unreadable' && (
        <p className="bureau-risk" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
