/** Japanese text normalisation for matching, with an exact map back to the original text. */
export { normalize, normalizeTerm, toOriginalRange, type NormalizedText } from './normalize';
