/** The loaders' public surface: what `src/` and the CLI may import. */
export * from './determination';
export { parseLetterText, cleanedLetterText, caseOutcome } from './parse/parse-letter';
export {
  parseLetterFile,
  parseLetterFileWithText,
  type DeterminationWithText,
  parseLetterBytes,
  readLetterBytes,
  isFailure,
  MAX_LETTER_BYTES,
} from './read/read-letter';
