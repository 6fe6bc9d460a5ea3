import { useLayoutEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { Select as AntSelect, TreeSelect as AntTreeSelect, type SelectProps, type TreeSelectProps } from 'antd';

/**
 * antd's Select and TreeSelect, with a name on the list box they open. The list box (rc-select's `<id>_list`, and
 * the empty one of a tree select) carries role="listbox" but no name of its own: while the select is open its input
 * points at it (aria-controls), which makes it that combobox's popup, but the input drops aria-controls as soon as
 * the select closes while the list is still on screen fading out. A check in that moment found an unnamed list box
 * (axe: aria-input-field-name, serious) — a journey failed one run in three — and a screen reader announces one.
 * Every select of the app comes from here, so every one is named the same way: after the select's own name (its
 * form label, aria-label or aria-labelledby).
 */

/** The accessible name of a select's input: aria-labelledby, aria-label, its <label>, or its placeholder. */
function nameOf(input: Element): string {
  const byIds = input.getAttribute('aria-labelledby');
  const labelled = byIds
    ?.split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  if (labelled) return labelled;
  const own = input.getAttribute('aria-label')?.trim();
  if (own) return own;
  const label = input instanceof HTMLInputElement ? input.labels?.[0]?.textContent?.trim() : undefined;
  if (label) return label;
  return input.closest('.ant-select')?.querySelector('.ant-select-selection-placeholder')?.textContent?.trim() ?? '';
}

/** Names every unnamed list box inside `root` after the select that opened it. */
function nameListboxes(root: HTMLElement) {
  for (const box of root.querySelectorAll('[role="listbox"]')) {
    if (box.hasAttribute('aria-label') || box.hasAttribute('aria-labelledby')) continue;
    // rc-select's list box is `<input id>_list`; a tree select's empty one has no id: it belongs to the open select
    const input = box.id.endsWith('_list')
      ? document.getElementById(box.id.slice(0, -'_list'.length))
      : document.querySelector('.ant-select-open [role="combobox"]');
    const name = input ? nameOf(input) : '';
    if (name) box.setAttribute('aria-label', name);
  }
}

/** Wraps an open select's menu and names its list box whenever the menu renders or its content changes. */
function NamedMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    nameListboxes(root);
    // the list box is re-created when the options go from none to some: name the new one too
    const watcher = new MutationObserver(() => nameListboxes(root));
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  });
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      {children}
    </div>
  );
}

const named =
  (render?: (menu: ReactElement) => ReactNode) =>
  (menu: ReactElement): ReactNode => <NamedMenu>{render ? render(menu) : menu}</NamedMenu>;

// the type parameters default as antd's own do, so call sites infer what they inferred before
type AntValue = SelectProps['value'];
type AntOption = NonNullable<SelectProps['options']>[number];

/** antd's Select whose open list box is named after the select. */
export function Select<V = AntValue, O extends AntOption = AntOption>(props: SelectProps<V, O>) {
  return <AntSelect<V, O> {...props} popupRender={named(props.popupRender)} />;
}

/** antd's TreeSelect whose open (empty) list box is named after the select. */
export function TreeSelect<V = TreeSelectProps['value']>(props: TreeSelectProps<V>) {
  return <AntTreeSelect<V> {...props} popupRender={named(props.popupRender)} />;
}
