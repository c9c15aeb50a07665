import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** One action of a {@link MenuButton}'s menu. */
export interface MenuAction {
  label: string;
  onSelect: () => void;
}

const itemSelector = '[role="menuitem"]';

/**
 * A button that opens a menu of actions, as the WAI-ARIA menu button pattern has it: the button
 * says `aria-haspopup="menu"` and `aria-expanded`; the menu is a `menu` of `menuitem`s. Opening
 * focuses the first item; the arrow keys, Home and End move; Escape closes and gives the focus
 * back to the button; Tab or a click elsewhere closes.
 */
export function MenuButton({
  label,
  actions,
  className,
}: {
  /** The button's text, and the menu's name. */
  label: string;
  actions: readonly MenuAction[];
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>(itemSelector)?.focus();
    const outside = (e: PointerEvent) => {
      const at = e.target instanceof Node ? e.target : null;
      if (!menu.current?.contains(at) && !button.current?.contains(at)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])];
    const at = items.findIndex((item) => item === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[e.key];
    if (e.key === 'Tab') return setOpen(false);
    if (to === undefined && e.key !== 'Escape') return;
    // The thread's own keys (arrows scroll, Escape closes the find bar) are not for it.
    e.preventDefault();
    e.stopPropagation();
    if (to === undefined) close();
    else items[(to + items.length) % items.length]?.focus();
  };
  return (
    <span className="relative">
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onKeyDown}
          className="absolute right-0 z-20 mt-1 min-w-32 rounded border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="block w-full px-3 py-1 text-left hover:bg-slate-100 focus:bg-slate-100 focus:outline-none dark:hover:bg-slate-800 dark:focus:bg-slate-800"
              onClick={() => {
                close();
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
