import type { ButtonHTMLAttributes } from 'react';
import type { Permission } from '../../shared/auth/permissions';
import { usePermission } from './usePermission';
import styles from './GuardedButton.module.css';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { permission: Permission };

/**
 * A button that is disabled, with the missing permission on hover, when the user may not use
 * it. The title sits on a wrapper too because disabled buttons get no mouse events.
 */
export function GuardedButton({ permission, disabled, title, children, ...rest }: Props) {
  const { allowed, reason } = usePermission(permission);
  const tip = reason ?? title;
  return (
    <span className={styles.guarded} title={tip}>
      <button type="button" {...rest} disabled={!allowed || disabled} title={tip}>
        {children}
      </button>
    </span>
  );
}
