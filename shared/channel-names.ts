/**
 * The names of the contract's channels, alone, so the preload can expose exactly these without
 * bundling the schemas. `contract.ts` is checked against this list at compile time.
 */
export const channelNames = [
  'status:get',
  'flags:list',
  'flags:counts',
  'import:start',
  'import:file',
  'import:progress',
  'import:cancel',
  'import:undoLatest',
  'demo:load',
  'settings:get',
  'settings:update',
  'recall:export',
  'outputSettings:get',
  'outputSettings:update',
  'storage:status',
  'backups:list',
  'backups:create',
  'backups:restore',
  'dataSettings:get',
  'dataSettings:update',
  'data:deleteAll',
  'worklist:query',
  'patient:get',
  'patient:mark',
  'contact:record',
  'contact:undo',
  'recallSettings:get',
  'recallSettings:update',
  'dataQuality:get',
] as const;

export type ChannelName = (typeof channelNames)[number];
