export const DEFAULT_ENDPOINT = 'http://localhost:4566';
