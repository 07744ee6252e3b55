// Numbers as a message writes them.

/** An amount rounded to two decimals, without trailing zeros: 2.5, 0.33, 120. */
export const formatAmount = (amount: number): string => String(Math.round(amount * 100) / 100);
