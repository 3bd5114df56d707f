import { Dialog as Radix } from 'radix-ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './Dialog.module.css';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  labelledBy?: string;
}

/**
 * Modal dialog on Radix: focus is trapped inside, the rest of the page is inert to pointer and
 * screen reader, Esc closes only the top-most dialog, and focus returns where it was on close.
 * Mounted means open (callers render it conditionally), so the API stays a plain component.
 */
export function Dialog({ title, onClose, children, footer, wide }: Props) {
  const [body, scrollable] = useScrollable();
  useStackedDialogsStayVisible();
  return (
    <Radix.Root open onOpenChange={(open) => !open && onClose()}>
      <Radix.Portal container={document.body}>
        <Radix.Overlay className={styles.overlay}>
          <Radix.Content
            aria-modal="true"
            aria-describedby={undefined}
            data-stack-dialog=""
            className={wide ? `${styles.content} ${styles.wide}` : styles.content}
            onOpenAutoFocus={(e) => {
              // An element marked autofocus (the main field or action) wins over the close button.
              const target = e.currentTarget as HTMLElement | null;
              const preferred = target?.querySelector<HTMLElement>('[autofocus], [data-autofocus]');
              if (preferred) {
                e.preventDefault();
                preferred.focus();
              }
            }}
          >
            <div className={styles.header}>
              <Radix.Title className={styles.title}>{title}</Radix.Title>
              <Radix.Close className={styles.close} aria-label="Fechar">
                ×
              </Radix.Close>
            </div>
            {/* A body taller than the dialog is a focusable region, so the keyboard can scroll it. */}
            <div
              ref={body}
              className={styles.body}
              {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': `Conteúdo: ${title}` } : {})}
            >
              {children}
            </div>
            {footer && <div className={styles.footer}>{footer}</div>}
          </Radix.Content>
        </Radix.Overlay>
      </Radix.Portal>
    </Radix.Root>
  );
}

/** Whether the element overflows vertically, kept up to date as its content changes. */
function useScrollable() {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrollable(el.scrollHeight > el.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    const mutations = new MutationObserver(check);
    mutations.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  return [ref, scrollable] as const;
}

/**
 * A dialog opened over another (result + limit, until those become steps) must not hide the one
 * below from assistive technology: Radix hides everything outside the newest dialog, so the
 * other open dialogs are shown again. Runs after Radix's own effects (a parent's run last).
 */
function useStackedDialogsStayVisible(): void {
  useEffect(() => {
    for (const dialog of Array.from(document.querySelectorAll('[data-stack-dialog]'))) {
      const layer = dialog.closest('body > *');
      layer?.removeAttribute('aria-hidden');
      layer?.removeAttribute('data-aria-hidden');
    }
  }, []);
}
