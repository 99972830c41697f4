import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { clientOf } from '../kit/index.js';
export const configClient = clientOf(ConfigServiceClient);
