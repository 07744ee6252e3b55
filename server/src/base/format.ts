// Numbers as a message writes them.

/** An amount rounded to two decimals, without trailing zeros: 2.5, 0.33, 120. */
export const formatAmount = (amount: number): string => String(Math.round(amount * 100) / 100);

/** A count with thousands separators and its noun, plural unless one: "1 letter", "10,000 letters". */
export const plural = (count: number, noun: string): string => `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
