export { buildBoardData, type BoardData } from './board-data.js'
export { loadRecords } from './load-records.js'
export { renderBoard, type BoardPageOptions } from './render-board.js'
