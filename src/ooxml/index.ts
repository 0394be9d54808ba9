/** Template spec -> WordprocessingML strings. All user text is sanitised and XML-escaped here. */
export * from './namespaces';
export * from './escape';
export * from './units';
export * from './layout';
export * from './runs';
export * from './paragraphs';
export * from './contentControl';
export * from './table';
export * from './drawing';
export * from './photoFrame';
export * from './styles';
export * from './header';
export * from './settings';
export * from './fields';
export * from './guid';
export * from './glossary';
export * from './document';
