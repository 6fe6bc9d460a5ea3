/** Query keys of the message centre. */
export const messageKeys = {
  all: ['messages'] as const,
  unread: ['messages', 'unread'] as const,
  list: (q: Record<string, unknown>) => ['messages', 'list', q] as const,
  prefs: ['messages', 'prefs'] as const,
};
