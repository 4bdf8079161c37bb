'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/** A modal <dialog> shown while `open`; Esc or the backdrop's cancel closes it through onClose. */
export function Dialog({
  open,
  title,
  onClose,
  children,
  testId,
  wide,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      data-testid={testId}
      style={wide ? { maxWidth: 'min(560px, 94vw)', width: '100%' } : undefined}
    >
      {open && (
        <>
          <h2>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
