// The settings the client gives the server: only those the user set (in user, workspace or folder
// settings, language-specific ones included), never the defaults, so that a value the user left
// alone leaves the one of the letter's .imr.json in force. VS Code's own answer would fill in every
// default; this answers the server's workspace/configuration for the `imr` section from `inspect`.
// Object values (imr.rules) are merged across the levels as VS Code merges them.

import * as vscode from 'vscode';
import type { ConfigurationMiddleware } from 'vscode-languageclient/node';

const SECTION = 'imr';

// From the least to the most specific: a later level's value wins (an object's keys are merged).
const LEVELS = [
  'globalValue',
  'globalLanguageValue',
  'workspaceValue',
  'workspaceLanguageValue',
  'workspaceFolderValue',
  'workspaceFolderLanguageValue',
] as const;

/** What the user set of each `imr.*` setting named in the manifest, for one scope. */
function userSet(keys: string[], scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope ? { uri: scope, languageId: SECTION } : undefined);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const inspected = config.inspect(key);
    if (!inspected) continue;
    for (const level of LEVELS) {
      const value = inspected[level];
      if (value === undefined) continue;
      const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
      out[key] = isObject(value) && isObject(out[key]) ? { ...(out[key] as object), ...(value as object) } : value;
    }
  }
  return out;
}

/** The middleware answering workspace/configuration for the `imr` section with the user's values only. */
export function userSettingsOnly(manifest: {
  contributes?: { configuration?: { properties?: Record<string, unknown> } };
}): ConfigurationMiddleware {
  const keys = Object.keys(manifest.contributes?.configuration?.properties ?? {})
    .filter((k) => k.startsWith(`${SECTION}.`))
    .map((k) => k.slice(SECTION.length + 1));
  return {
    configuration: async (params, token, next) => {
      if (!params.items.some((i) => i.section === SECTION)) return next(params, token);
      const others = await next({ items: params.items }, token);
      if (others instanceof Error || !Array.isArray(others)) return others;
      return params.items.map((item, i) =>
        item.section === SECTION ? userSet(keys, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : others[i],
      );
    },
  };
}
