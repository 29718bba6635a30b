/** The little of wink-bm25-text-search (a CommonJS package without types) the BM25 peer uses. */
declare module 'wink-bm25-text-search' {
  interface Engine {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean;
    definePrepTasks(tasks: ((text: string) => string[])[]): number;
    addDoc(doc: Record<string, string>, id: number): number;
    consolidate(): boolean;
    search(text: string, limit?: number): [number, number][];
  }
  export default function bm25(): Engine;
}
