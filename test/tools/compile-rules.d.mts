/** Path of the generated module, simulator/engine/predicates.generated.ts. */
export declare const OUTPUT: string;
/** The text of the generated module for the current rule catalogue. */
export declare function generate(): string;
