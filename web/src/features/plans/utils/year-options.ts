/** The years a year picker offers: those with a plan, and the one on screen (a shared link may name a year without one). */
export function yearOptions(planYears: readonly number[], current: number): number[] {
  return [...new Set([...planYears, current])].sort((a, b) => b - a);
}
