// The one configuration file, `.imr.json`: read (parse.ts) and found by walking up from a letter's
// folder (find.ts). The command line and the language server both read it; settings merge it in
// the service.
export {
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  describeProblem,
  parseConfig,
  type ConfigLimits,
  type ConfigProblem,
  type ImrConfig,
} from './parse';
export { ConfigFinder, readConfigFile, skipsFolder, type FoundConfig } from './find';
export { configSchema } from './schema';
