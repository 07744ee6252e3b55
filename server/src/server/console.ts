// The connection's console (window/logMessage) writes one line per message. The protocol library
// adds to some of its own messages the whole message it could not handle ("Received message which
// is neither a response nor a notification message:" and then its JSON: a didOpen sent with an id,
// letter text and all); their first line says what happened, and no letter text reaches the log.

import type { ConsoleFeature, RemoteConsole } from 'vscode-languageserver/node';

// Its "Notification handler '...' failed with message: ..." ends with the error's message, which
// may quote what the handler was given (a TypeError quotes the value it could not use: a letter's
// text sent where an edit belongs).
const WITH_MESSAGE = ' failed with message: ';

const firstLine = (message: string): string => {
  const quoting = message.indexOf(WITH_MESSAGE);
  if (quoting >= 0) return `${message.slice(0, quoting)} failed (its message is not logged)`;
  const end = message.search(/[\r\n]/);
  return end < 0 ? message : `${message.slice(0, end)} (the rest is not logged)`;
};

export const oneLineConsole: ConsoleFeature<object> = (Base: new () => RemoteConsole) =>
  class extends Base {
    error(message: string): void {
      super.error(firstLine(message));
    }
    warn(message: string): void {
      super.warn(firstLine(message));
    }
    info(message: string): void {
      super.info(firstLine(message));
    }
    log(message: string): void {
      super.log(firstLine(message));
    }
    debug(message: string): void {
      super.debug(firstLine(message));
    }
  };
