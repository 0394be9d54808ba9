/**
 * The few globals src/core may use: the ones every runtime it runs in (browsers, the Word webview, Node 20) has,
 * declared to the extent core uses them. Only tsconfig.core.json includes this file, so core type-checks without
 * the DOM's or Node's types; the main tsconfig gets the real declarations from lib.dom and @types/node.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
  readonly username: string;
  readonly password: string;
  readonly port: string;
  toString(): string;
}
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
