/** Fen → yuan as text with grouping (3000_00 → 3,000). */
export const yuanText = (fen: number) => (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
/** Fen → 万元 with two decimals (500_000_000 fen... 5,000,000 yuan → 500.00). */
export const wanText = (fen: number) =>
  (fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A need's progress in percent (0–100), from the money claimed against the amount asked. */
export const progressPercent = (claimedFen: number, amountFen: number) =>
  amountFen <= 0 ? 0 : Math.min(100, Math.round((claimedFen / amountFen) * 100));
