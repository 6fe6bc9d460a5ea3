/** Query keys of the users module. */
export const usersKeys = {
  all: ['users'] as const,
  list: (q: string, page: number, pageSize: number) => ['users', 'list', { q, page, pageSize }] as const,
};
