export { WordHost, TEMPLATE_PAGE_SETUP, BODY_FONT, searchPrefix, type WordHostOptions } from './WordHost';
export { defaultOfficeEnv, type OfficeEnv, type OfficeDocumentLike } from './env';
export { detectSupport, SETS, type WordSupport } from './support';
export { insertTemplateCommand, fetchTemplateLoader, templatePath, type CommandResult } from './commands';
export { REPORT_NAMESPACE, buildReportXml, parseReportXml } from '../docx/reportPart';
export { toWordError } from './errors';
