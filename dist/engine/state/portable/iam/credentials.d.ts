import * as IAM from '@aws-sdk/client-iam';
/** A public key or certificate, kept by its body; its id is the instance's. */
type Uploaded = {
    body: string;
    status: string;
};
export type UserCredentials = {
    /** The user may sign in to the console; its password is not kept. */
    loginProfile?: {
        passwordResetRequired: boolean;
    };
    /** The status of each access key, oldest first; neither ids nor secrets are kept. */
    accessKeys?: string[];
    sshPublicKeys?: Uploaded[];
    signingCertificates?: Uploaded[];
    /** Each service-specific credential's service and status, by service; ids, user names and passwords are not kept. */
    serviceCredentials?: {
        serviceName: string;
        status: string;
    }[];
};
/** What the pod keeps of a user's credentials. */
export declare function captureCredentials(iam: IAM.IAMClient, UserName: string): Promise<UserCredentials>;
/** What a load cannot give back as it was, for the save's warning; undefined when nothing. */
export declare function credentialCaveat(c: UserCredentials): string | undefined;
/**
 * Makes a user's credentials the pod's. Access keys cannot be told apart, so a user keeps as
 * many of its own as the pod has (the newest go), and new ones make up the rest.
 */
export declare function restoreCredentials(iam: IAM.IAMClient, UserName: string, c: UserCredentials): Promise<void>;
/** Removes every credential of a user, so that IAM lets it be deleted. */
export declare const removeCredentials: (iam: IAM.IAMClient, UserName: string) => Promise<void>;
export {};
