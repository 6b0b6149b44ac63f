/**
 * The preload: exposes exactly the calls of the API contract, each a function that invokes its own
 * channel. No generic send/invoke, no ipcRenderer events handed to the page. Bundled to CommonJS
 * because sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS } from '../shared/api/channels';
import type { CchcApi } from '../shared/api/contract';

const api = Object.freeze(
  Object.fromEntries(
    API_CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
  ),
) as CchcApi;

contextBridge.exposeInMainWorld('cchc', api);
