import { useEffect, useRef, useState, type ReactNode } from 'react';

const REVEAL_EVENT = 'xz:reveal-deferred';

/**
 * Renders its children only once the place they go comes near the viewport (or a print asks for everything), so
 * what sits below the fold — charts and the code that draws them — is not fetched for the first view.
 */
export function WhenVisible({
  children,
  minHeight,
  margin = '200px',
}: {
  children: ReactNode;
  minHeight: number;
  margin?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [isShown, setShown] = useState(false);

  useEffect(() => {
    if (isShown) return;
    const show = () => setShown(true);
    window.addEventListener(REVEAL_EVENT, show);
    window.addEventListener('beforeprint', show);
    const el = ref.current;
    const observer =
      el && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: margin })
        : null;
    if (el && observer) observer.observe(el);
    else show();
    return () => {
      observer?.disconnect();
      window.removeEventListener(REVEAL_EVENT, show);
      window.removeEventListener('beforeprint', show);
    };
  }, [isShown, margin]);

  if (isShown) return <>{children}</>;
  return <div ref={ref} data-xz-deferred="" style={{ minHeight }} aria-hidden="true" />;
}

/** Shows every deferred part, waits until it has loaded and drawn (at most `maxMs`), then opens the print dialog. */
export async function printWhenReady(maxMs = 8000) {
  window.dispatchEvent(new Event(REVEAL_EVENT));
  const started = Date.now();
  const busy = () => document.querySelector('[data-xz-deferred], main .ant-spin-spinning') !== null;
  while (busy() && Date.now() - started < maxMs) await new Promise((r) => setTimeout(r, 100));
  // charts animate in; let them finish drawing
  await new Promise((r) => setTimeout(r, 800));
  window.print();
}
