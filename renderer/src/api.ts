// The only module that touches window.attache (the preload's API in the app; a test bridge in end-to-end tests).
import type { AttacheApi } from '../../electron/contract';

export const api: AttacheApi = {
  search: (query, options) => window.attache.search(query, options),
  getArticle: (id) => window.attache.getArticle(id),
  moreLikeThis: (id) => window.attache.moreLikeThis(id),
  listArticles: () => window.attache.listArticles(),
  listCollections: () => window.attache.listCollections(),
  importFolder: () => window.attache.importFolder(),
  importDroppedFolder: (folder) => window.attache.importDroppedFolder(folder),
  pathOfDroppedFile: (file) => window.attache.pathOfDroppedFile(file),
  cancelImport: () => window.attache.cancelImport(),
  removeCollection: (name) => window.attache.removeCollection(name),
  exportBriefing: (briefing) => window.attache.exportBriefing(briefing),
  saveBriefing: (briefing, saveAs) => window.attache.saveBriefing(briefing, saveAs),
  openBriefing: () => window.attache.openBriefing(),
  newBriefing: () => window.attache.newBriefing(),
  recentBriefings: () => window.attache.recentBriefings(),
  openRecentBriefing: (index) => window.attache.openRecentBriefing(index),
  autosaveBriefing: (briefing) => window.attache.autosaveBriefing(briefing),
  recoverBriefing: () => window.attache.recoverBriefing(),
  discardRecovery: () => window.attache.discardRecovery(),
  on: (event, listener) => window.attache.on(event, listener),
};
