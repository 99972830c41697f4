import { ConfigServiceClient } from '@aws-sdk/client-config-service';
export declare const configClient: import("../kit/clients.js").ClientFactory<ConfigServiceClient>;
