export { ec2 } from './ec2.js';
