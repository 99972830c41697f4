export { resourceGroups } from './resource-groups.js';
