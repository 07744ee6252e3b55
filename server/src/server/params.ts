// What a request's parameters must hold, checked before it is served: a client that sends less (no
// document, no position, a code action without its range or context, one of the server's own
// requests without its uri) is answered InvalidParams, rather than with a failure of the handler.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import { letMessagesIn } from './pacing';

export type Shape = (params: unknown) => boolean;
// A line and a character are whole numbers, 0 or more (LSP's uinteger): "line: 1.5" has no place.
const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
const isPosition = (position: unknown): boolean =>
  isCount((position as { line?: unknown })?.line) && isCount((position as { character?: unknown })?.character);
export const DOCUMENT: Shape = (params) => typeof (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri === 'string';
export const AT_POSITION: Shape = (params) => DOCUMENT(params) && isPosition((params as { position?: unknown }).position);
export const IN_RANGE: Shape = (params) => {
  const { range, context } = params as { range?: { start?: unknown; end?: unknown }; context?: { only?: unknown } | null };
  const only = context?.only;
  return (
    DOCUMENT(params) &&
    isPosition(range?.start) &&
    isPosition(range?.end) &&
    typeof context === 'object' &&
    context !== null &&
    (only === undefined || (Array.isArray(only) && only.every((kind) => typeof kind === 'string')))
  );
};
/** The server's own requests about a letter: `{ uri }`; for imr/setMailing, with a date of mailing or null. */
export const OWN: Shape = (params) => typeof (params as { uri?: unknown } | null)?.uri === 'string';
export const MAILING: Shape = (params) => OWN(params) && ['string', 'object'].includes(typeof (params as { mailed?: unknown }).mailed);
export const COMMAND: Shape = (params) => {
  const { command, arguments: args } = (params ?? {}) as { command?: unknown; arguments?: unknown };
  return typeof command === 'string' && (args === undefined || Array.isArray(args));
};

// After the client's shutdown request, LSP has every other request refused (InvalidRequest).
let shutDown = false;
export const markShutDown = (): void => {
  shutDown = true;
};
/** Throws the error a request sent after shutdown is answered with. */
export function servedBeforeShutdown(method: string): void {
  if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shutting down`);
}

/** The error a request whose parameters are not what it takes is answered with. */
export const invalidParams = (what: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, what);

/**
 * `handler`, answering InvalidParams when the request's parameters do not have `shape`, and
 * RequestCancelled when the request was cancelled while its answer was made (its token is the
 * handler's second argument, as vscode-languageserver passes it).
 */
export function checked<P, A extends unknown[], R>(
  method: string,
  shape: Shape,
  handler: (params: P, ...rest: A) => R,
  cancelled = REFUSED,
) {
  return async (params: P, ...rest: A): Promise<Awaited<R>> => {
    servedBeforeShutdown(method);
    if (!shape(params)) throw invalidParams(`${method}: its parameters are not what the protocol says`);
    const answer = await handler(params, ...rest);
    return cancelled === REFUSED ? notCancelled(answer, rest[0] as CancellationToken | undefined) : answer;
  };
}

/** A cancelled request is refused (RequestCancelled); or else `ANSWERED`: a command says itself what it did before it stopped (a folder check its counts so far, a mark that it was written). */
const REFUSED = 'refused';
export const ANSWERED = 'answered';

/**
 * The answer, unless the request was cancelled meanwhile: then the LSP RequestCancelled error. A
 * cancellation sent while the answer was worked out without a pause is still unread: the messages
 * that came meanwhile are let in first.
 */
export async function notCancelled<R>(answer: R, token: CancellationToken | undefined): Promise<R> {
  if (token) await letMessagesIn();
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
  return answer;
}
