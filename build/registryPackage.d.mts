export function pin(name: string): { version: string; integrity: string };
export function registryPackage(name: string): Promise<string>;
export function isPinned(name: string): boolean;
