/**
 * A Fluent Textarea that grows with its text (and shrinks back), so long text is read whole, from its start, without
 * scrolling inside a small box; the person can still make it taller (resize="vertical"). The height follows the
 * text's scrollHeight after every change and when the pane's width changes (wrapping changes with it).
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import { Textarea, type TextareaProps } from '@fluentui/react-components';

/** Grows up to this many pixels; beyond, the box scrolls (a 5,000-word paste must not make the pane endless). */
const MAX_HEIGHT_PX = 640;

export function GrowingTextarea({ textarea, ...props }: TextareaProps) {
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const fit = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    // Fluent's Textarea caps its element at 200/260/320 px (small/medium/large): ours is the cap.
    el.style.maxHeight = `${MAX_HEIGHT_PX}px`;
    el.style.height = 'auto';
    const borders = el.offsetHeight - el.clientHeight;
    const wanted = el.scrollHeight + Math.max(0, borders);
    el.style.height = `${Math.min(wanted, MAX_HEIGHT_PX)}px`;
    el.style.overflowY = wanted > MAX_HEIGHT_PX ? 'auto' : 'hidden';
  }, []);
  useLayoutEffect(fit, [fit, props.value]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== width) {
        width = el.clientWidth;
        fit();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fit]);
  const slot = typeof textarea === 'object' && textarea !== null ? textarea : {};
  return (
    <Textarea
      resize="vertical"
      rows={2}
      {...props}
      textarea={{
        ...slot,
        ref: (el: HTMLTextAreaElement | null) => {
          ref.current = el;
        },
      }}
    />
  );
}
