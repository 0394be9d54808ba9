/** Fluent's dark web theme in a chunk of its own (src/taskpane/app/theme.ts). */
export { webDarkTheme } from '@fluentui/react-components';
