/**
 * Signal collectors: each fills one section of the input document from the
 * SignalContext. A section that could not be filled says evaluated:false with
 * a reason, so policies never read a missing signal as "nothing found".
 * collectSecurity also returns the changed files with secrets redacted: the
 * caller must put THOSE files in the input document, never ctx.files.
 */
export { collectProvenance } from './provenance/index.js';
export { collectSecurity } from './security/index.js';
export { collectTests } from './tests/index.js';
