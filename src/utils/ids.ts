/** Element ids that are unique within a build, for components used several times on one page. */
let counter = 0;
export const nextId = (prefix: string) => `${prefix}-${++counter}`;
