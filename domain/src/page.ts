import { z } from 'zod';

/** One page of a list: its items, how many there are in all, and which page of what size this is. */
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The paging fields of a list query: pages from 1, `size` rows by default and `max` at the most. */
export const paging = (size = 20, max = 200) => ({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(max).default(size),
});

/** A list query that only pages (20 rows, at most 200). */
export const pageQuery = z.object(paging());

/** The answer schema of a paged list of `item`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
