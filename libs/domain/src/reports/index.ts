export {
  SMALL_CELL_THRESHOLD,
  suppressSmallCells,
  type CountTable,
  type PublishedCount,
  type PublishedTable,
} from './suppress-small-cells.js';
