/**
 * The rule engine (no DOM, no browser APIs, no zod at run time): compile rules once, analyse
 * pages and listing cards. Validation of a rule set lives in ./validate (it needs zod, so the
 * content script does not import it).
 */
export { analyze, analyzeCards, type AnalysisResult } from './analyze';
export { compileRules, type CompiledRuleSet } from './compile';
export { MAX_EVIDENCE, MAX_PAGE_CHARS, MAX_SOURCE_CHARS } from './limits';
