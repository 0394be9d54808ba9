/**
 * The add-in's identity as declared in manifest.xml (a test keeps them equal). Generated reports reference it
 * so Word reopens the task pane with the document (Office.AutoShowTaskpaneWithDocument).
 */
export const ADDIN_ID = '4021c55f-402c-428c-bc8d-ec5e2ce02981';
export const ADDIN_VERSION = '0.1.0.0';
