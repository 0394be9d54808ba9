/** The layout model: pages of a report as a word processor lays out our templates. */
export {
  type LayoutInput,
  type ReportLayout,
  bodyHeightPt,
  layoutInput,
  layoutReport,
  layoutSnapshot,
  reportBlocks,
} from './report';
export { type LayoutParams, type ParagraphStyle, PT_PER_MM, REPORT_LAYOUT } from './params';
export { type LineBox, countLines } from './lines';
export { type Block, type FlowResult, flow } from './flow';
