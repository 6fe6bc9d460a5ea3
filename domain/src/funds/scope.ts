/** Which counties' projects, money and findings a caller sees: all, or some (possibly none). */
export type FundsScope = { kind: 'all' } | { kind: 'counties'; counties: string[] };
