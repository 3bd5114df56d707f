import { Dialog as Radix } from 'radix-ui';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './Dialog.module.css';
import { PortalContainer } from './portal-container';

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
 * It opens on an element marked autofocus, else its first field, else its primary action (the
 * footer's `.primary` button), never on "×"; Enter in a select, a check box or a field outside a
 * form runs the primary action (a field in a form submits it, as browsers do).
 * Mounted means open (callers render it conditionally), so the API stays a plain component.
 */
export function Dialog({ title, onClose, children, footer, wide }: Props) {
  const [body, scrollable] = useScrollable();
  useStackedDialogsStayVisible();
  const { register, returnFocus } = useFocusReturn();
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const contentRef = useCallback(
    (el: HTMLDivElement | null) => {
      register(el);
      setContent(el);
    },
    [register],
  );
  return (
    <Radix.Root open onOpenChange={(open) => !open && onClose()}>
      <Radix.Portal container={document.body}>
        <Radix.Overlay className={styles.overlay}>
          <Radix.Content
            ref={contentRef}
            aria-modal="true"
            aria-describedby={undefined}
            data-stack-dialog=""
            className={wide ? `${styles.content} ${styles.wide}` : styles.content}
            onOpenAutoFocus={(e) => {
              // Never the close button: Enter there would throw the dialog away.
              e.preventDefault();
              initialFocus(e.currentTarget as HTMLElement).focus();
            }}
            onKeyDown={enterRunsPrimaryAction}
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              returnFocus();
            }}
          >
            {/* Select lists and menus opened in the dialog portal into it, above its overlay. */}
            <PortalContainer.Provider value={content}>
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
              {footer && (
                <div className={styles.footer} data-dialog-footer="">
                  {footer}
                </div>
              )}
            </PortalContainer.Provider>
          </Radix.Content>
        </Radix.Overlay>
      </Radix.Portal>
    </Radix.Root>
  );
}

const FIELD =
  'input:not([type="hidden"]):not(:disabled):not([readonly]), select:not(:disabled), textarea:not(:disabled):not([readonly])';
const PRIMARY = '[data-dialog-footer] button.primary:not(:disabled)';

/** Where focus goes when the dialog opens (the content itself while it is still loading). */
function initialFocus(content: HTMLElement): HTMLElement {
  return (
    content.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ??
    content.querySelector<HTMLElement>(FIELD) ??
    content.querySelector<HTMLElement>(PRIMARY) ??
    content
  );
}

function enterRunsPrimaryAction(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter' || e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
  const target = e.target as HTMLElement;
  const choice =
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
  const looseField = target instanceof HTMLInputElement && !target.form && !choice;
  if (!choice && !looseField) return;
  const form = (target as HTMLInputElement | HTMLSelectElement).form;
  if (form) {
    e.preventDefault();
    // A dispatched submit runs the form's handler but never navigates, whatever the form is.
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    return;
  }
  const primary = e.currentTarget.querySelector<HTMLButtonElement>(PRIMARY);
  if (primary) {
    e.preventDefault();
    primary.click();
  }
}

/** Each open dialog's opener outside every dialog: where focus goes when a chain of steps ends. */
const openers = new WeakMap<Element, HTMLElement>();

/**
 * Radix returns focus to a Dialog.Trigger, and these dialogs have none (mounted means open): the
 * element focused when the dialog opened gets it back. When that element is gone (it was in the
 * previous step's dialog, Deps product → confirmation → result), the opener of the whole chain does.
 */
function useFocusReturn() {
  const [opened] = useState(() => {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Focus may be on nothing (a step's button disabled while it works): the step still showing counts.
    const inDialog =
      active && active !== document.body
        ? active.closest('[data-stack-dialog]')
        : Array.from(document.querySelectorAll('[data-stack-dialog]')).pop();
    return { active, origin: inDialog ? (openers.get(inDialog) ?? null) : active };
  });
  const register = useCallback(
    (el: HTMLDivElement | null) => {
      if (el && opened.origin) openers.set(el, opened.origin);
    },
    [opened],
  );
  const returnFocus = useCallback(() => {
    // The next step's dialog already took focus: it keeps it.
    if (document.activeElement?.closest('[aria-modal="true"]')) return;
    const target = [opened.active, opened.origin].find((el) => el?.isConnected && el !== document.body);
    target?.focus();
  }, [opened]);
  return { register, returnFocus };
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
