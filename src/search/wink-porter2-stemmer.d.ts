/** wink-porter2-stemmer, a CommonJS package without types: the Porter2 (Snowball English) stem of a lower-case word. */
declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}
