// Colour for the stylish output: SGR escape sequences, each style closed by its own reset so
// styles nest. The caller decides whether to colour (a terminal, --color, NO_COLOR).

const SGR = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof SGR;

/** `text` in the style, or as it is when colour is off. */
export type Paint = (style: Style, text: string) => string;

export function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${SGR[style][0]}m${text}\x1b[${SGR[style][1]}m` : (_, text) => text;
}
