/**
 * The names of the contract's channels, alone, so the preload can expose exactly these without
 * bundling the schemas. `contract.ts` is checked against this list at compile time.
 */
export const channelNames = [
  'status:get',
  'flags:list',
  'flags:counts',
  'import:start',
  'import:progress',
  'import:cancel',
  'import:undoLatest',
  'demo:load',
  'settings:get',
  'settings:update',
  'worklist:query',
  'patient:get',
  'patient:mark',
  'contact:record',
  'contact:undo',
  'recallSettings:get',
  'recallSettings:update',
] as const;

export type ChannelName = (typeof channelNames)[number];
