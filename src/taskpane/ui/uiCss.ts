/**
 * The rules of UI_CLASSES (./uiStyles.ts): the progress panel and PaneSpinner. Part of the shell's static stylesheet
 * (src/taskpane/shell/shellCss.ts), written into taskpane.html at build time: not in the pane's JavaScript.
 */
import type { Theme } from '@fluentui/react-components';
import { UI_CLASSES } from './uiStyles';

/** `var(--name)` of a Fluent theme token, checked against the theme's token names at compile time. */
function v(token: keyof Theme): string {
  return `var(--${token})`;
}

const c = UI_CLASSES;
const column = 'display:flex;flex-direction:column;';

export const UI_CSS: string = [
  `.${c.progress}{${column}row-gap:${v('spacingVerticalS')};min-width:0;overflow-wrap:anywhere;}`,
  `.${c.progressDeadline}{display:flex;column-gap:${v('spacingHorizontalS')};align-items:flex-start;min-width:0;}`,
  `.${c.progressDeadlineText}{${column}row-gap:${v('spacingVerticalXXS')};min-width:0;overflow-wrap:anywhere;}`,
  `.${c.progressIcon}{flex:none;margin-top:2px;color:${v('colorNeutralForeground3')};}`,
  // Fluent's Spinner: the ring is a masked circle in the track colour; the tail, two 135° arcs behind a 105° mask,
  // grows and shrinks while the whole turns. Reduced motion: a still gradient arc on a slower turn.
  `.${c.spinner}{display:flex;align-items:center;justify-content:center;line-height:0;gap:8px;overflow:hidden;min-width:min-content;}`,
  `.${c.spinnerRing}{--bctt-spinner-stroke:${v('strokeWidthThick')};position:relative;flex-shrink:0;` +
    `mask-image:radial-gradient(closest-side,transparent calc(100% - var(--bctt-spinner-stroke) - 1px),white calc(100% - var(--bctt-spinner-stroke)) calc(100% - 1px),transparent 100%);` +
    `-webkit-mask-image:radial-gradient(closest-side,transparent calc(100% - var(--bctt-spinner-stroke) - 1px),white calc(100% - var(--bctt-spinner-stroke)) calc(100% - 1px),transparent 100%);` +
    `background-color:${v('colorBrandStroke2Contrast')};color:${v('colorBrandStroke1')};animation:bctt-spinner-turn 1.5s linear infinite;}`,
  `.${c.spinnerSmall}{width:28px;height:28px;}`,
  `.${c.spinnerExtraTiny}{width:16px;height:16px;}`,
  `.${c.spinnerTail}{position:absolute;display:block;width:100%;height:100%;mask-image:conic-gradient(transparent 105deg,white 105deg);-webkit-mask-image:conic-gradient(transparent 105deg,white 105deg);` +
    `animation:bctt-spinner-tail 1.5s ${v('curveEasyEase')} infinite;}`,
  `.${c.spinnerTail}::before,.${c.spinnerTail}::after{content:"";position:absolute;display:block;width:100%;height:100%;animation:inherit;background-image:conic-gradient(currentcolor 135deg,transparent 135deg);}`,
  `.${c.spinnerTail}::before{animation-name:bctt-spinner-before;}`,
  `.${c.spinnerTail}::after{animation-name:bctt-spinner-after;}`,
  `.${c.spinnerLabel}{font-family:${v('fontFamilyBase')};font-size:${v('fontSizeBase300')};font-weight:${v('fontWeightRegular')};line-height:${v('lineHeightBase300')};color:${v('colorNeutralForeground1')};}`,
  `@keyframes bctt-spinner-turn{0%{transform:rotate(0deg);}100%{transform:rotate(360deg);}}`,
  `@keyframes bctt-spinner-tail{0%{transform:rotate(-135deg);}50%{transform:rotate(0deg);}100%{transform:rotate(225deg);}}`,
  `@keyframes bctt-spinner-before{0%{transform:rotate(0deg);}50%{transform:rotate(105deg);}100%{transform:rotate(0deg);}}`,
  `@keyframes bctt-spinner-after{0%{transform:rotate(0deg);}50%{transform:rotate(225deg);}100%{transform:rotate(0deg);}}`,
  `@media screen and (prefers-reduced-motion:reduce){.${c.spinnerRing}{animation-duration:1.8s;}` +
    `.${c.spinnerTail}{animation-iteration-count:0;background-image:conic-gradient(transparent 120deg,currentcolor 360deg);}.${c.spinnerTail}::before,.${c.spinnerTail}::after{content:none;}}`,
  `@media screen and (forced-colors:active){.${c.spinnerRing}{background-color:HighlightText;color:Highlight;forced-color-adjust:none;}}`,
].join('\n');
