/**
 * The preload (bundled to CommonJS, run sandboxed with context isolation): exposes the desktop
 * API on `window.kapasim` and nothing else.
 */
import { contextBridge } from 'electron';
import { createDesktopApi } from './preload-api';

contextBridge.exposeInMainWorld('kapasim', createDesktopApi());
